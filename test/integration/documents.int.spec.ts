/**
 * 打印文书 on a database of its own: the city registers an item for 睢县 (a quantified 100 公里, a leader's
 * instruction), urges it, 睢县 reports with an uploaded evidence file and its head signs, the city
 * accepts and feeds the result back, then issues a 督查通报. Each of the five forms is issued as PDF
 * and as Word, fetched through the signed download route, read back (pdftotext, word/document.xml) and
 * checked for its Chinese text and figures; page 1 of each PDF is rendered to
 * test-artifacts/forms/<kind>.png. Then the public verification: the genuine bytes match, a one-byte
 * edit does not, an unknown code is simply not found. Then who may not print: a unit outside the
 * record's subtree (NOT_FOUND, as reading it would be), an assigned unit for the office's own forms
 * (FORBIDDEN), another tenant (NOT_FOUND), a form whose record is not ready (CONFLICT); each refusal
 * leaves nothing behind.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromBuffer, type ZipFile } from 'yauzl';
import { importRegion } from '@duban/domain';
import { documentDate } from '@duban/rules';
import { bootApi, bootPrivateRun, codeOf, ensureUser, PrivateRun, usersOf } from '@duban/testing';
import { download, PDF, upload } from '../support/evidence';

const DAY = 86_400_000;
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/forms');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let run: PrivateRun;
const token: Record<string, string> = {};
const { ok, as } = usersOf<string>(() => run.api, token);
const USERS = [
  'city_supervisor',
  'city_leader',
  'suixian_supervisor',
  'suixian_head',
  'baimiao_liaison',
  'xinyang_supervisor',
];

const ISSUE = `mutation($k: DocumentKind!, $s: ID!, $f: DocumentFormat!) {
  issueDocument(kind: $k, subjectId: $s, format: $f) { id kind format verificationCode sha256 issuedAt fileName downloadUrl } }`;
const VERIFY = `query($c: String!, $h: String) { verifyDocument(code: $c, sha256: $h) {
  found matches kind documentNumber title officeName issuedAt subjectStatus } }`;

interface Issued {
  id: string;
  kind: string;
  format: string;
  verificationCode: string;
  sha256: string;
  fileName: string;
  downloadUrl: string;
}

const scene = {
  itemId: '',
  regNumber: '',
  deadline: new Date(Date.now() + 30 * DAY),
  assignmentId: '',
  urgeId: '',
  urgeNumber: '',
  reportId: '',
  reportHash: '',
  evidenceSha: '',
  bulletinId: '',
  bulletinNumber: '',
};
const issued: Record<string, { pdf: Issued; docx: Issued; pdfBytes: Buffer; docxBytes: Buffer }> = {};

async function issue(user: string, kind: string, subject: string, format: 'PDF' | 'DOCX'): Promise<Issued> {
  return (await ok(user, ISSUE, { k: kind, s: subject, f: format })).issueDocument;
}

/** The bytes behind a signed link, as the download route serves them to the caller. */
async function fetchBytes(user: string, url: string): Promise<Buffer> {
  const res = await download(run.api.app, token[user], url);
  expect(res.status).toBe(200);
  return res.bytes;
}

function withTempFile<T>(bytes: Buffer, name: string, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-forms-'));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pdfText = (bytes: Buffer) =>
  withTempFile(bytes, 'form.pdf', (f) =>
    execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }),
  );

/** Page 1 at 60 dpi into test-artifacts/forms/<kind>.png, kept for a person to look at. */
function renderFirstPage(bytes: Buffer, kind: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const target = path.join(ARTIFACTS, kind);
  withTempFile(bytes, 'form.pdf', (f) =>
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', f, target]),
  );
  return `${target}.png`;
}

/** The text of word/document.xml, one line per paragraph. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))),
  );
  const xml = await new Promise<string>((resolve, reject) => {
    zip.on('entry', (entry) => {
      if (entry.fileName !== 'word/document.xml') return zip.readEntry();
      zip.openReadStream(entry, (e, stream) => {
        if (e) return reject(e);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
    });
    zip.on('end', () => reject(new Error('word/document.xml missing')));
    zip.readEntry();
  });
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(''))
    .filter(Boolean)
    .join('\n');
}

/** Issues `kind` as PDF and Word, fetches both, checks both texts hold `expected`. */
async function issueBoth(user: string, kind: string, subject: string, expected: string[]) {
  const pdf = await issue(user, kind, subject, 'PDF');
  const docx = await issue(user, kind, subject, 'DOCX');
  const pdfBytes = await fetchBytes(user, pdf.downloadUrl);
  const docxBytes = await fetchBytes(user, docx.downloadUrl);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(sha256(pdfBytes)).toBe(pdf.sha256);
  expect(sha256(docxBytes)).toBe(docx.sha256);
  expect(pdf.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  expect(pdf.verificationCode).not.toBe(docx.verificationCode);
  const fromPdf = pdfText(pdfBytes);
  const fromDocx = await docxText(docxBytes);
  for (const text of [...expected, pdf.verificationCode, `/verify/${pdf.verificationCode}`])
    expect(fromPdf).toContain(text);
  for (const text of [...expected, docx.verificationCode, `/verify/${docx.verificationCode}`])
    expect(fromDocx).toContain(text);
  issued[kind] = { pdf, docx, pdfBytes, docxBytes };
  const png = readFileSync(renderFirstPage(pdfBytes, kind));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);
  return { fromPdf, fromDocx };
}

beforeAll(async () => {
  run = await bootPrivateRun('documents');
  const { owner } = run;
  // A second tenant (信阳市) with a supervisor of its own.
  await importRegion({ query: (sql, p) => owner.query(sql, p) }, '4115');
  await ensureUser(owner, 'xinyang_supervisor', '4115', ['SUPERVISOR']);
  for (const u of USERS) token[u] = await run.api.login(u);
  const [{ id: suixian }] = await owner.query(`SELECT id::text AS id FROM org_unit WHERE code = '411422'`);

  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id regNumber } }`,
    {
      i: {
        title: '高标准农田建设',
        source: 'LEADER_INSTRUCTION',
        content: '年内新建高标准农田配套道路。',
        requirements: '每月报送进展',
        instruction: '请抓紧落实',
        leaderName: '李书记',
        deadline: scene.deadline.toISOString(),
        leadUnitId: suixian,
        target: 100,
        targetUnit: '公里',
      },
    },
  );
  scene.itemId = createSupervisionItem.id;
  scene.regNumber = createSupervisionItem.regNumber;
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $s: [ShareInput!]) { assignItem(itemId: $i, shares: $s) { count } }`,
    { i: scene.itemId, s: [{ unitId: suixian, target: 100 }] },
  );
  const [{ id: assignment }] = await owner.query(`SELECT id::text AS id FROM assignment WHERE item_id = $1`, [
    scene.itemId,
  ]);
  await ok('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: assignment });
  scene.assignmentId = assignment;
  const { urgeAssignment } = await ok(
    'city_supervisor',
    `mutation($a: ID!, $t: String) { urgeAssignment(assignmentId: $a, text: $t) { id number } }`,
    { a: assignment, t: '请于本周内报送办理情况' },
  );
  scene.urgeId = urgeAssignment.id;
  scene.urgeNumber = urgeAssignment.number;

  const uploaded = await upload(run.api.app, token.suixian_supervisor, [
    { name: '验收单.pdf', type: 'application/pdf', body: PDF },
  ]);
  expect(uploaded.status).toBe(201);
  scene.evidenceSha = sha256(PDF);
  const { submitReport } = await ok(
    'suixian_supervisor',
    `mutation($a: ID!, $i: ReportInput!) { submitReport(assignmentId: $a, input: $i) { id } }`,
    {
      a: assignment,
      i: {
        content: '100公里配套道路全部完工并通过验收',
        achieved: 100,
        fileIds: [uploaded.body.files[0].id],
      },
    },
  );
  scene.reportId = submitReport.id;
  const { signReport } = await ok('suixian_head', `mutation($r: ID!) { signReport(reportId: $r) { hash } }`, {
    r: scene.reportId,
  });
  scene.reportHash = signReport.hash;
}, 300_000);

afterAll(async () => {
  await run?.close();
});

describe('forms that are not ready are refused with CONFLICT and leave nothing behind', () => {
  it('批示件办理情况 before 结果反馈', async () => {
    const before = await run.owner.query(`SELECT count(*)::int AS n FROM issued_document`);
    const r = await as('city_supervisor', ISSUE, { k: 'INSTRUCTION_FEEDBACK', s: scene.itemId, f: 'PDF' });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toBe('事项尚未结果反馈，不能打印批示件办理情况');
    expect(await run.owner.query(`SELECT count(*)::int AS n FROM issued_document`)).toEqual(before);
    const { supervisionItem } = await ok(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { printableDocuments } }`,
      { i: scene.itemId },
    );
    expect(supervisionItem.printableDocuments).toEqual(['ITEM_REGISTRATION']);
  });
});

describe('each form from the scenario, as PDF and as Word', () => {
  it('督促检查登记单: number, source, title, content, deadline, lead unit, assignments, the leader’s 批示', async () => {
    await ok('city_leader', `mutation($i: ID!, $t: String!) { instructItem(itemId: $i, text: $t) { id } }`, {
      i: scene.itemId,
      t: '务必年底前全部完工',
    });
    await issueBoth('city_supervisor', 'ITEM_REGISTRATION', scene.itemId, [
      '李书记批示：务必',
      '商丘市督查室',
      '督促检查登记单',
      scene.regNumber,
      '领导批示',
      '高标准农田建设',
      '年内新建高标准农田配套道路。',
      '每月报送进展',
      `办理时限`,
      documentDate(scene.deadline),
      '睢县',
      '100公里',
      '印发',
    ]);
  });

  it('督查催办通知单: its number, the unit, the item, the deadline and the urge text', async () => {
    // The urged unit prints its own notice; the office that numbered it heads it.
    const { assignment } = await ok(
      'suixian_supervisor',
      `query($a: ID!) { assignment(id: $a) { urgeNotices { id printableDocuments } } }`,
      { a: scene.assignmentId },
    );
    expect(assignment.urgeNotices).toEqual([{ id: scene.urgeId, printableDocuments: ['URGE_NOTICE'] }]);
    await issueBoth('suixian_supervisor', 'URGE_NOTICE', scene.urgeId, [
      '商丘市督查室',
      '督查催办通知单',
      scene.urgeNumber,
      '睢县：',
      '请于本周内报送办理情况',
      documentDate(scene.deadline),
      '高标准农田建设',
    ]);
  });

  it('办理情况报告: unit, content, quantified result, signer, signing time, hash, evidence with SHA-256', async () => {
    const printable = `query($r: ID!) { report(id: $r) { printableDocuments } }`;
    for (const user of ['city_supervisor', 'suixian_supervisor'])
      expect((await ok(user, printable, { r: scene.reportId })).report.printableDocuments).toEqual([
        'REPORT',
      ]);
    const { fromDocx, fromPdf } = await issueBoth('city_supervisor', 'REPORT', scene.reportId, [
      '办理情况报告',
      '100公里配套道路全部完工并通过验收',
      '完成100公里，目标100公里',
      '睢县县委书记 马骏',
      '验收单.pdf',
      scene.regNumber,
    ]);
    // Long hex strings may wrap in the PDF's table cell; Word keeps each on one line.
    expect(fromDocx).toContain(scene.reportHash);
    expect(fromDocx).toContain(scene.evidenceSha);
    expect(fromPdf.replace(/\s/g, '')).toContain(scene.reportHash);
  });

  it('领导同志批示件办理情况 once the result is fed back (结果反馈)', async () => {
    await ok(
      'city_supervisor',
      `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
        checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id } }`,
      { r: scene.reportId },
    );
    await ok(
      'city_supervisor',
      `mutation($i: ID!, $f: String!) { feedBackItem(itemId: $i, feedback: $f) { status } }`,
      { i: scene.itemId, f: '已按期建成100公里配套道路' },
    );
    await ok(
      'city_leader',
      `mutation($i: ID!) { readFeedback(itemId: $i, kind: AGREE, text: "同意，予以销号") { id } }`,
      { i: scene.itemId },
    );
    await issueBoth('city_leader', 'INSTRUCTION_FEEDBACK', scene.itemId, [
      '领导同志批示件办理情况',
      scene.regNumber,
      '请抓紧落实',
      '李书记',
      '已按期建成100公里配套道路',
      '领导阅示',
      '李书记同意',
    ]);
  });

  it('督查通报: number, title, the units named and the text', async () => {
    const [{ id: suixian }] = await run.owner.query(
      `SELECT id::text AS id FROM org_unit WHERE code = '411422'`,
    );
    const { issueBulletin } = await ok(
      'city_supervisor',
      `mutation($i: IssueBulletinInput!) { issueBulletin(input: $i) { id number } }`,
      {
        i: {
          kind: 'PRAISE',
          level: 'OFFICE',
          targetUnitIds: [suixian],
          title: '关于表扬睢县的通报',
          body: '睢县按期完成高标准农田建设任务，特予通报表扬。',
          itemId: scene.itemId,
        },
      },
    );
    scene.bulletinId = issueBulletin.id;
    scene.bulletinNumber = issueBulletin.number;
    const { bulletins } = await ok(
      'suixian_supervisor',
      `query($i: ID) { bulletins(itemId: $i, first: 5) { edges { node { id printableDocuments } } } }`,
      { i: scene.itemId },
    );
    expect(bulletins.edges).toEqual([{ node: { id: scene.bulletinId, printableDocuments: ['BULLETIN'] } }]);
    await issueBoth('city_supervisor', 'BULLETIN', scene.bulletinId, [
      '商丘市督查室',
      scene.bulletinNumber,
      '关于表扬睢县的通报',
      '睢县：',
      '特予通报表扬',
    ]);
  });

  it('every issue is recorded with its hash and audited in a hash chain naming kind, subject, code and SHA-256', async () => {
    const rows = await run.owner.query(
      `SELECT kind, subject_id::text AS subject, format, verification_code AS code, sha256 FROM issued_document ORDER BY id`,
    );
    expect(rows).toHaveLength(10);
    for (const [kind, { pdf }] of Object.entries(issued)) {
      const [event] = await run.owner.query(
        `SELECT chain_key, after, prev_hash, hash FROM audit_event
          WHERE action = 'document.issued' AND after->>'verificationCode' = $1`,
        [pdf.verificationCode],
      );
      expect(event.after).toMatchObject({ kind, format: 'PDF', sha256: pdf.sha256 });
      expect(event.chain_key).toBe(`document:${kind}:${event.after.subjectId}`);
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // PDF then Word of the same record: one chain, the second event linked to the first.
    const chain = await run.owner.query(
      `SELECT prev_hash, hash FROM audit_event WHERE chain_key = $1 ORDER BY id`,
      [`document:REPORT:${scene.reportId}`],
    );
    expect(chain).toHaveLength(2);
    expect(chain[1].prev_hash).toBe(chain[0].hash);
  });
});

describe('verification (public, no sign-in)', () => {
  const verify = (code: string, sha?: string) => run.api.gql(VERIFY, { c: code, h: sha ?? null });

  it('accepts the genuine bytes and shows what the paper shows, with the record’s status now', async () => {
    const { pdf, pdfBytes } = issued.ITEM_REGISTRATION;
    const r = await verify(pdf.verificationCode, sha256(pdfBytes));
    expect(r.errors).toBeUndefined();
    expect(r.data!.verifyDocument).toMatchObject({
      found: true,
      matches: true,
      kind: 'ITEM_REGISTRATION',
      documentNumber: scene.regNumber,
      title: '高标准农田建设',
      officeName: '商丘市督查室',
      subjectStatus: '已办结',
    });
    // Typed from paper: lower case, spaces instead of dashes.
    const typed = await verify(pdf.verificationCode.toLowerCase().replace(/-/g, ' '));
    expect(typed.data!.verifyDocument).toMatchObject({ found: true, matches: null });
    const en = await run.api.gql(VERIFY, { c: pdf.verificationCode }, { lang: 'en' });
    expect(en.data!.verifyDocument.subjectStatus).toBe('Concluded');
  });

  it('refuses a copy with one character changed, PDF and Word alike', async () => {
    for (const kind of Object.keys(issued)) {
      for (const [doc, bytes] of [
        [issued[kind].pdf, issued[kind].pdfBytes],
        [issued[kind].docx, issued[kind].docxBytes],
      ] as const) {
        const edited = Buffer.from(bytes);
        const at = Math.floor(edited.length / 2);
        edited[at] = edited[at] === 0x41 ? 0x42 : 0x41;
        const r = await verify(doc.verificationCode, sha256(edited));
        expect(r.data!.verifyDocument).toMatchObject({ found: true, matches: false });
        expect((await verify(doc.verificationCode, doc.sha256)).data!.verifyDocument.matches).toBe(true);
      }
    }
  });

  it('says only "not found" for an unknown or malformed code', async () => {
    const empty = {
      found: false,
      matches: null,
      kind: null,
      documentNumber: null,
      title: null,
      officeName: null,
      issuedAt: null,
      subjectStatus: null,
    };
    for (const code of ['0000-0000-0000-0000', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'not a code', ''])
      expect((await verify(code, sha256(issued.REPORT.pdfBytes))).data!.verifyDocument).toEqual(empty);
  });

  it('refuses a SHA-256 that is not 64 hex digits, naming the field', async () => {
    const r = await verify(issued.REPORT.pdf.verificationCode, 'abc');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('sha256');
  });

  it('limits look-ups per client address (VERIFY_RATE_LIMIT_PER_MINUTE)', async () => {
    const limited = await bootApi({
      env: { VERIFY_RATE_LIMIT_PER_MINUTE: '3', REDIS_PREFIX: `duban_docs_${Date.now()}` },
    });
    try {
      for (let i = 0; i < 3; i++)
        expect((await limited.gql(VERIFY, { c: '0000-0000-0000-0000' })).errors).toBeUndefined();
      const refused = await limited.gql(VERIFY, { c: '0000-0000-0000-0000' });
      expect(codeOf(refused)).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('who may not print', () => {
  const traces = async () =>
    run.owner.query(
      `SELECT (SELECT count(*)::int FROM issued_document) AS docs,
              (SELECT count(*)::int FROM audit_event WHERE action = 'document.issued') AS events`,
    );

  it('a unit outside the record’s subtree: NOT_FOUND, as reading the record would be', async () => {
    const before = await traces();
    for (const [kind, subject] of [
      ['ITEM_REGISTRATION', scene.itemId],
      ['URGE_NOTICE', scene.urgeId],
      ['REPORT', scene.reportId],
      ['BULLETIN', scene.bulletinId],
    ]) {
      const r = await as('baimiao_liaison', ISSUE, { k: kind, s: subject, f: 'PDF' });
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    expect(await traces()).toEqual(before);
  });

  it('the assigned unit may not print the office’s own forms about the item: FORBIDDEN', async () => {
    const before = await traces();
    for (const kind of ['ITEM_REGISTRATION', 'INSTRUCTION_FEEDBACK']) {
      const r = await as('suixian_supervisor', ISSUE, { k: kind, s: scene.itemId, f: 'DOCX' });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors![0].message).toBe('您无权打印该文书');
    }
    const { supervisionItem } = await ok(
      'suixian_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { printableDocuments } }`,
      { i: scene.itemId },
    );
    expect(supervisionItem.printableDocuments).toEqual([]);
    expect(await traces()).toEqual(before);
  });

  it('another tenant: NOT_FOUND for every record, and nothing written', async () => {
    const before = await traces();
    for (const [kind, subject] of [
      ['ITEM_REGISTRATION', scene.itemId],
      ['INSTRUCTION_FEEDBACK', scene.itemId],
      ['URGE_NOTICE', scene.urgeId],
      ['REPORT', scene.reportId],
      ['BULLETIN', scene.bulletinId],
    ]) {
      const r = await as('xinyang_supervisor', ISSUE, { k: kind, s: subject, f: 'PDF' });
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    expect(await traces()).toEqual(before);
  });

  it('a download link works only for the user it was issued to', async () => {
    const res = await download(run.api.app, token.city_leader, issued.REPORT.pdf.downloadUrl);
    expect(res.status).toBe(404);
  });

  it('without a token nothing is issued', async () => {
    const r = await run.api.gql(ISSUE, { k: 'REPORT', s: scene.reportId, f: 'PDF' });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });
});
