/**
 * 佐证材料 through HTTP and GraphQL on the real tree: every way an upload can be bad is refused with
 * nothing stored; files attach all-or-nothing to one record of their uploader; the SHA-256 enters the
 * signed report's hash and the audit trail; signed download links serve only the user and tenant they
 * were signed for, and only until they expire.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DownloadLinks, reportHash } from '@duban/domain';
import { loadConfig } from '@duban/platform';
import {
  bootApi,
  CHENGGUAN,
  cityToSuixianToTownships,
  codeOf,
  TestApi,
  testDataSources,
  usersOf,
} from '@duban/testing';
import {
  docx,
  download,
  gif,
  jpeg,
  ofd,
  PDF,
  pixelBomb,
  png,
  sha256,
  upload,
  UploadPart,
  webp,
  zip,
} from '../support/evidence';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const USERS = [
  'city_supervisor',
  'suixian_supervisor',
  'chengguan_liaison',
  'chengguan_head',
  'baimiao_liaison',
] as const;
type User = (typeof USERS)[number];

let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
let storageDir: string;
const token = {} as Record<User, string>;
const { ok, as: attempt } = usersOf<User>(() => api, token);
let share: string;

/**
 * Rows the liaison uploaded (no other suite uploads as 城关镇's liaison) and objects in this API's own
 * storage directory.
 */
async function storedState() {
  const [{ n }] = await owner.query(
    `SELECT count(*)::int AS n FROM stored_file f JOIN app_user u ON u.id = f.uploaded_by
      WHERE u.username = 'chengguan_liaison'`,
  );
  const walk = async (dir: string): Promise<number> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    let count = 0;
    for (const e of entries) count += e.isDirectory() ? await walk(path.join(dir, e.name)) : 1;
    return count;
  };
  return { rows: n as number, objects: await walk(storageDir) };
}

async function uploaded(user: User, parts: UploadPart[]) {
  const r = await upload(api.app, token[user], parts);
  if (r.status !== 201) throw new Error(`upload failed: ${JSON.stringify(r.body)}`);
  return r.body.files as {
    id: string;
    name: string;
    sha256: string;
    size: number;
    mimeType: string;
    downloadUrl: string;
    thumbnailUrl: string | null;
  }[];
}

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  storageDir = await mkdtemp(path.join(tmpdir(), 'duban-evidence-'));
  api = await bootApi({ env: { STORAGE_DIR: storageDir, FILES_PER_RECORD: '3', FILE_MAX_BYTES: '1048576' } });
  for (const u of USERS) token[u] = await api.login(u);
  const chain = await cityToSuixianToTownships(owner, ok, {
    title: '佐证材料核验',
    townships: [CHENGGUAN],
    at,
  });
  share = chain.shareOf(CHENGGUAN);
});

afterAll(async () => {
  await api?.close();
  await close?.();
  await rm(storageDir, { recursive: true, force: true });
});

describe('POST /files refuses every bad upload and stores nothing', () => {
  const CONTROL = [...Array(32).keys(), 127].map((c) => String.fromCharCode(c));

  it('needs a bearer token (401 in the caller’s language)', async () => {
    const r = await upload(api.app, null, [{ name: 'a.png', body: await png() }], 'en');
    expect(r).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'Please sign in first' } },
    });
    const bad = await upload(api.app, 'not-a-token', [{ name: 'a.png', body: await png() }]);
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses malformed, disguised, truncated, empty, oversized, bombs and bad names', async () => {
    const before = await storedState();
    const jpg = await jpeg();
    const cases: [string, UploadPart[], number][] = [
      ['empty', [{ name: 'empty.pdf', body: Buffer.alloc(0) }], 400],
      ['random bytes as .jpg', [{ name: 'x.jpg', type: 'image/jpeg', body: randomBytes(4096) }], 400],
      ['random bytes as .pdf', [{ name: 'x.pdf', body: randomBytes(4096) }], 400],
      ['random bytes as .docx', [{ name: 'x.docx', body: randomBytes(4096) }], 400],
      ['random bytes as .xlsx', [{ name: 'x.xlsx', body: randomBytes(4096) }], 400],
      [
        'an exe renamed .png',
        [{ name: 'setup.png', body: Buffer.concat([Buffer.from('MZ'), randomBytes(2000)]) }],
        400,
      ],
      [
        'HTML renamed .pdf',
        [{ name: 'a.pdf', body: Buffer.from('<html><script>alert(1)</script></html>') }],
        400,
      ],
      ['a plain zip as .docx', [{ name: 'a.docx', body: zip({ 'a.txt': Buffer.from('x') }) }], 400],
      ['truncated PNG magic', [{ name: 'a.png', body: (await png()).subarray(0, 3) }], 400],
      ['truncated JPEG', [{ name: 'a.jpg', body: jpg.subarray(0, 200) }], 400],
      ['truncated PDF', [{ name: 'a.pdf', body: PDF.subarray(0, 40) }], 400],
      ['declared type disagrees', [{ name: 'a.png', type: 'image/jpeg', body: await png() }], 400],
      ['declared type of something else', [{ name: 'a.pdf', type: 'text/html', body: PDF }], 400],
      ['extension of another type', [{ name: 'photo.pdf', body: await png() }], 400],
      ['pixel bomb', [{ name: 'bomb.png', body: await pixelBomb() }], 400],
      [
        'zip bomb',
        [{ name: 'bomb.docx', body: docx({ 'word/media/zeros.bin': Buffer.alloc(4 * 1024 * 1024) }) }],
        400,
      ],
      [
        'oversized (over FILE_MAX_BYTES)',
        [{ name: 'big.pdf', body: Buffer.concat([PDF, randomBytes(1024 * 1024)]) }],
        413,
      ],
      ['path climbing', [{ name: '../../etc/a.png', body: await png() }], 400],
      ['slash', [{ name: 'a/b.png', body: await png() }], 400],
      ['backslash', [{ name: 'a\\b.png', body: await png() }], 400],
      ['over the name limit', [{ name: `${'名'.repeat(252)}.png`, body: await png() }], 400],
      ['only dots', [{ name: '...', body: await png() }], 400],
      [
        'one bad file among good ones',
        [
          { name: 'ok.png', body: await png() },
          { name: 'x.jpg', body: randomBytes(100) },
        ],
        400,
      ],
      [
        'more files than FILES_PER_RECORD',
        Array.from({ length: 4 }, (_, i) => ({ name: `${i}.png`, body: PDF })),
        400,
      ],
      ['no file at all', [], 400],
      ...CONTROL.map((c): [string, UploadPart[], number] => [
        `control character ${c.charCodeAt(0)}`,
        [{ name: `a${c}b.png`, body: PDF }],
        400,
      ]),
    ];
    for (const [label, parts, status] of cases) {
      const r = await upload(api.app, token.chengguan_liaison, parts);
      expect({ label, status: r.status, code: r.body.error?.code }).toEqual({
        label,
        status,
        code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT',
      });
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await storedState()).toEqual(before);
  });

  it('answers in English when asked, naming the problem', async () => {
    const r = await upload(
      api.app,
      token.chengguan_liaison,
      [{ name: 'x.jpg', body: randomBytes(64) }],
      'en',
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^Unsupported file type/);
    const big = await upload(
      api.app,
      token.chengguan_liaison,
      [{ name: 'b.pdf', body: randomBytes(2 << 20) }],
      'en',
    );
    expect(big.body.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'File too large: at most 1 MB per file',
    });
  });

  it('stores every allowed type, detected from the bytes, sanitising names and adding a missing extension', async () => {
    const before = await storedState();
    const xlsx = await spreadsheet();
    const files = await uploaded('chengguan_liaison', [
      { name: '现场 照片<1>.jpg', type: 'image/jpeg', body: await jpeg() },
      { name: 'scan', body: await png() },
      { name: 'w.webp', body: await webp() },
    ]);
    expect(files.map((f) => [f.name, f.mimeType, !!f.thumbnailUrl])).toEqual([
      ['现场 照片_1_.jpg', 'image/jpeg', true],
      ['scan.png', 'image/png', true],
      ['w.webp', 'image/webp', true],
    ]);
    const more = await uploaded('chengguan_liaison', [
      { name: 'a.gif', body: await gif() },
      { name: '验收单.pdf', type: 'application/pdf', body: PDF },
      { name: '报告.docx', body: docx() },
    ]);
    const docs = await uploaded('chengguan_liaison', [
      { name: '台账.xlsx', body: xlsx },
      { name: '公文.ofd', body: ofd() },
    ]);
    expect([...more, ...docs].map((f) => [f.mimeType, !!f.thumbnailUrl])).toEqual([
      ['image/gif', true],
      ['application/pdf', false],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', false],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', false],
      ['application/ofd', false],
    ]);
    expect(docs[0].sha256).toBe(sha256(xlsx));
    const after = await storedState();
    // Eight files, four of them images with a thumbnail each.
    expect(after).toEqual({ rows: before.rows + 8, objects: before.objects + 12 });
  });
});

describe('attaching files to records', () => {
  const PROGRESS = `mutation($a: ID!, $i: ProgressInput!) { submitProgress(assignmentId: $a, input: $i) {
    progressUpdates { text attachments { id name size mimeType sha256 downloadUrl thumbnailUrl } } } }`;
  const SUBMIT = `mutation($a: ID!, $i: ReportInput!) { submitReport(assignmentId: $a, input: $i) { id } }`;

  it('is all or nothing: someone else’s, a duplicate, too many or a used file refuses the whole mutation', async () => {
    const [a, b, c, d] = await uploaded('chengguan_liaison', [
      { name: 'a.jpg', body: await jpeg() },
      { name: 'b.png', body: await png() },
      { name: 'c.png', body: await png() },
    ]).then(async (mine) => [
      ...mine,
      ...(await uploaded('chengguan_head', [{ name: 'd.png', body: await png() }])),
    ]);
    const trace = async () =>
      owner.query(
        `SELECT (SELECT count(*)::int FROM progress_update WHERE assignment_id = $1) AS updates,
                (SELECT count(*)::int FROM stored_file WHERE id = ANY($2::bigint[]) AND attached_id IS NOT NULL) AS attached`,
        [share, [a.id, b.id, c.id, d.id]],
      );
    const before = await trace();
    expect(before[0].attached).toBe(0);
    for (const [ids, field] of [
      [[a.id, d.id], 'fileIds[1]'],
      [[a.id, a.id], 'fileIds[1]'],
      [[a.id, b.id, c.id, d.id], 'fileIds'],
      [['123456789012'], 'fileIds[0]'],
    ] as const) {
      const r = await attempt('chengguan_liaison', PROGRESS, {
        a: share,
        i: { percent: 40, text: '已完成四成', fileIds: ids },
      });
      expect({ ids, code: codeOf(r), field: r.errors?.[0].extensions.field }).toEqual({
        ids,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await trace()).toEqual(before);

    const { submitProgress } = await ok('chengguan_liaison', PROGRESS, {
      a: share,
      i: { percent: 40, text: '已完成四成', fileIds: [b.id, a.id] },
    });
    const [latest] = submitProgress.progressUpdates;
    expect(latest.attachments.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]);
    expect(latest.attachments[1]).toMatchObject({ name: 'a.jpg', sha256: a.sha256, mimeType: 'image/jpeg' });
    expect(latest.attachments[1].downloadUrl).toMatch(/^\/files\/download\?link=/);
    const [audit] = await owner.query(
      `SELECT text FROM audit_event WHERE assignment_id = $1 AND action = 'assignment.progress' ORDER BY id DESC LIMIT 1`,
      [share],
    );
    expect(audit.text).toContain(a.sha256);

    // Attached once: a second record cannot take it.
    const again = await attempt('chengguan_liaison', SUBMIT, {
      a: share,
      i: { content: '完成', fileIds: [a.id] },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
  });

  it('the report’s SHA-256s enter the signed hash and the audit; the reviewer downloads, others get 404', async () => {
    const photo = await jpeg(800, 600);
    const [file] = await uploaded('chengguan_liaison', [{ name: '现场照片.jpg', body: photo }]);
    const { submitReport } = await ok('chengguan_liaison', SUBMIT, {
      a: share,
      i: { content: '全部完成，附现场照片', fileIds: [file.id] },
    });
    const [submitted] = await owner.query(
      `SELECT text FROM audit_event WHERE assignment_id = $1 AND action = 'report.submitted' ORDER BY id DESC LIMIT 1`,
      [share],
    );
    expect(submitted.text).toContain(`现场照片.jpg（SHA-256：${sha256(photo)}）`);
    const { signReport } = await ok(
      'chengguan_head',
      `mutation($r: ID!) { signReport(reportId: $r) { hash hashVerified signedBy signedAt assignmentId version content achieved progressPercent
        attachments { id name size mimeType sha256 } } }`,
      { r: submitReport.id },
    );
    expect(signReport.hashVerified).toBe(true);
    const attachments = signReport.attachments.map((x: { id: string }) => ({ ...x, fileId: x.id }));
    const signed = { ...signReport, attachments, citations: [] };
    expect(reportHash(signed)).toBe(signReport.hash);
    const tampered = attachments.map((x: object) => ({ ...x, sha256: 'f'.repeat(64) }));
    expect(reportHash({ ...signed, attachments: tampered })).not.toBe(signReport.hash);

    const READ = `query($r: ID!) { report(id: $r) { attachments { id downloadUrl thumbnailUrl } } }`;
    const { report } = await ok('suixian_supervisor', READ, { r: submitReport.id });
    const [att] = report.attachments;
    const got = await download(api.app, token.suixian_supervisor, att.downloadUrl);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(sha256(photo));
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="____.jpg"; filename*=UTF-8''${encodeURIComponent('现场照片.jpg')}`,
    );
    const thumb = await download(api.app, token.suixian_supervisor, att.thumbnailUrl);
    expect(thumb.status).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.bytes.length).toBeLessThan(photo.length);

    // The reviewer's link is the reviewer's: the uploader (same tenant, other user) gets 404, nothing more.
    const stolen = await download(api.app, token.chengguan_liaison, att.downloadUrl);
    expect(stolen.status).toBe(404);
    expect(JSON.parse(stolen.bytes.toString()).error.code).toBe('NOT_FOUND');
    expect(stolen.headers['content-disposition']).toBeUndefined();

    // A township that cannot see the report gets neither the report nor a link to its files.
    const sibling = await ok('baimiao_liaison', READ, { r: submitReport.id });
    expect(sibling.report).toBeNull();
  });

  it('refuses a link of another tenant, an expired or forged link, with the same 404', async () => {
    const [file] = await uploaded('chengguan_liaison', [{ name: 'x.png', body: await png() }]);
    const [{ id: me, tenant_id: tenant }] = await owner.query(
      `SELECT id::text, tenant_id::text FROM app_user WHERE username = 'chengguan_liaison'`,
    );
    const key = new URL(file.downloadUrl, 'http://x').searchParams.get('link')!;
    const grant = JSON.parse(Buffer.from(key.split('.')[0], 'base64url').toString());
    const secret = loadConfig().JWT_SECRET;
    const sign = (g: object, now = Date.now()) =>
      `/files/download?link=${new DownloadLinks(secret, 300, () => now).sign({ ...grant, ...g }).token}`;
    expect((await download(api.app, token.chengguan_liaison, sign({}))).status).toBe(200);
    const refused = [
      sign({ tenantId: String(Number(tenant) + 1000) }),
      sign({ userId: String(Number(me) + 1) }),
      sign({}, Date.now() - 301_000),
      `${sign({})}x`,
      '/files/download?link=',
      '/files/download',
    ];
    for (const url of refused) {
      const r = await download(api.app, token.chengguan_liaison, url);
      expect({ url, status: r.status, body: JSON.parse(r.bytes.toString()) }).toEqual({
        url,
        status: 404,
        body: { error: { code: 'NOT_FOUND', message: '下载链接无效或已过期，请刷新页面后重试' } },
      });
    }
    // An unattached file's links go only to its uploader (the upload answer); a download needs a token.
    const anonymous = await api.app.inject({ method: 'GET', url: file.downloadUrl });
    expect(anonymous.statusCode).toBe(401);
  });

  it('a review decision, an escalation and a new item carry files too', async () => {
    const [pdf] = await uploaded('suixian_supervisor', [{ name: '审核意见.pdf', body: PDF }]);
    const reportId = (
      await owner.query(`SELECT max(id)::text AS id FROM report WHERE assignment_id = $1`, [share])
    )[0].id;
    const { reviewReport } = await ok(
      'suixian_supervisor',
      `mutation($r: ID!, $f: [ID!]) { reviewReport(reportId: $r, decision: RETURN, comment: "请补充验收单", fileIds: $f,
        checklist: { factsAccurate: true, policyCompliant: true, problemSolved: false, formatCorrect: true }) {
        reviewAttachments { id name } } }`,
      { r: reportId, f: [pdf.id] },
    );
    expect(reviewAttachments(reviewReport)).toEqual([{ id: pdf.id, name: '审核意见.pdf' }]);
    // The township below sees the office's file and may download it.
    const { report } = await ok(
      'chengguan_liaison',
      `query($r: ID!) { report(id: $r) { reviewAttachments { downloadUrl } } }`,
      { r: reportId },
    );
    expect(
      (await download(api.app, token.chengguan_liaison, report.reviewAttachments[0].downloadUrl)).status,
    ).toBe(200);

    const [photo] = await uploaded('chengguan_liaison', [{ name: '问题.jpg', body: await jpeg() }]);
    const { escalateAssignment } = await ok(
      'chengguan_liaison',
      `mutation($a: ID!, $f: [ID!]) { escalateAssignment(assignmentId: $a, reason: "需协调用地", fileIds: $f) {
        escalations { attachments { id sha256 } } } }`,
      { a: share, f: [photo.id] },
    );
    expect(escalateAssignment.escalations[0].attachments).toEqual([{ id: photo.id, sha256: photo.sha256 }]);

    const [scan] = await uploaded('city_supervisor', [{ name: '批示件.jpg', body: await jpeg() }]);
    const { createSupervisionItem } = await ok(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id attachments { id name thumbnailUrl } } }`,
      {
        i: {
          title: '批示件扫描',
          source: 'LEADER_INSTRUCTION',
          content: '见批示件',
          deadline: at(10),
          fileIds: [scan.id],
        },
      },
    );
    expect(createSupervisionItem.attachments).toEqual([
      { id: scan.id, name: '批示件.jpg', thumbnailUrl: expect.stringMatching(/^\/files\/download\?link=/) },
    ]);
    const [audit] = await owner.query(
      `SELECT text FROM audit_event WHERE item_id = $1 AND action = 'item.registered'`,
      [createSupervisionItem.id],
    );
    expect(audit.text).toContain(scan.sha256);
  });
});

const reviewAttachments = (r: { reviewAttachments: unknown[] }) => r.reviewAttachments;

async function spreadsheet(): Promise<Buffer> {
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  wb.addWorksheet('台账').addRow(['单位', '完成量']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
