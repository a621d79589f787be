/**
 * 最多报一次 (report once) through GraphQL on the real 商丘市 tree: the city gives 睢县 a quantified
 * share (100 公里), 睢县 splits it 60/40 between 城关镇 and 长岗镇, and may not report while either is
 * open. The townships report, their heads sign (长岗镇's head is a generated demo head), 睢县 accepts
 * both, takes the pre-filled draft (citations with signer, time, hash and result), submits its
 * summary without typing the figure again, its head signs once, and the city reviewer reads the
 * cited chain and opens every township report. After every step the roll-up equals a recount.
 *
 * Over 400 lines on purpose: one chain on one tree, each step starting from the last, with the
 * hostile cases next to the step they attack.
 */
import { DataSource } from 'typeorm';
import {
  assignmentIdOf,
  bootApi,
  codeOf,
  expectRollupMatchesRecount,
  TestApi,
  testDataSources,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const token: Record<string, string> = {};
const unit: Record<string, string> = {};
const CHANGGANG_HEAD = 'head_411422100';
const USERS = [
  'city_supervisor',
  'suixian_supervisor',
  'suixian_head',
  'chengguan_liaison',
  'chengguan_head',
  CHANGGANG_HEAD,
];

let itemId: string;
let county: string;
const township: Record<'chengguan' | 'changgang', string> = { chengguan: '', changgang: '' };
const townshipReport: Record<'chengguan' | 'changgang', { id: string; hash: string; signedAt: string }> = {
  chengguan: { id: '', hash: '', signedAt: '' },
  changgang: { id: '', hash: '', signedAt: '' },
};
let countyReport: string;

/** Here `as` fails the test on any GraphQL error; `attempt` returns the raw result. */
const { ok: as, as: attempt } = usersOf(() => api, token);

/** What a failed attempt may not leave behind on the county's assignment. */
async function countyTrace() {
  const [row] = await owner.query(
    `SELECT a.status, a.achieved::float8 AS achieved,
            (SELECT count(*)::int FROM report WHERE assignment_id = a.id) AS reports,
            (SELECT count(*)::int FROM report_citation c JOIN report r ON r.id = c.report_id WHERE r.assignment_id = a.id) AS citations,
            (SELECT count(*)::int FROM audit_event WHERE assignment_id = a.id) AS events
       FROM assignment a WHERE a.id = $1`,
    [county],
  );
  return row;
}

const SUBMIT = `mutation($a: ID!, $i: ReportInput!) { submitReport(assignmentId: $a, input: $i) { id status achieved } }`;
const SIGN = `mutation($r: ID!) { signReport(reportId: $r) { id status hash hashVerified signedAt signer { displayName } } }`;
const REVIEW = `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
  checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id status } }`;
const OFFERED = `query($a: ID!) { assignment(id: $a) { allowedActions } }`;
const DRAFT = `query($a: ID!) { reportDraft(assignmentId: $a) {
  assignmentId split openChildren notApplicableChildren achieved summary
  citations { citedReportId citedAssignmentId unitId unitName signedBy signerName signedAt hash achieved position excerpt
    unit { name } report { id status } } } }`;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  for (const r of await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('4114', '411422', '411422105', '411422100')`,
  ))
    unit[r.code] = String(r.id);

  const { createSupervisionItem } = await as(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title: '高标准农田建设（最多报一次）',
        source: 'COMMITTEE_DECISION',
        content: '年内新建高标准农田100公里配套道路。',
        deadline: new Date(Date.now() + 30 * DAY).toISOString(),
        target: 100,
        targetUnit: '公里',
        rollupPolicy: 'WEIGHTED',
      },
    },
  );
  itemId = createSupervisionItem.id;
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('最多报一次: a split assignment is reported once, composed from its sub-units’ accepted reports', () => {
  it('the city gives 睢县 a quantified share; 睢县 splits it 60/40 between two townships', async () => {
    const { assignItem } = await as(
      'city_supervisor',
      `mutation($i: ID!, $s: [ShareInput!], $d: DateTime) { assignItem(itemId: $i, shares: $s, deadline: $d) { count } }`,
      {
        i: itemId,
        s: [{ unitId: unit['411422'], target: 100 }],
        d: new Date(Date.now() + 20 * DAY).toISOString(),
      },
    );
    expect(assignItem.count).toBe(1);
    county = await assignmentIdOf(owner, itemId, unit['411422']);
    await as('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, {
      a: county,
    });
    const { delegateAssignment } = await as(
      'suixian_supervisor',
      `mutation($a: ID!, $t: [ShareInput!]) { delegateAssignment(id: $a, targets: $t) { count assignment { split target } } }`,
      {
        a: county,
        t: [
          { unitId: unit['411422105'], target: 60 },
          { unitId: unit['411422100'], target: 40 },
        ],
      },
    );
    expect(delegateAssignment).toEqual({ count: 2, assignment: { split: true, target: 100 } });
    township.chengguan = await assignmentIdOf(owner, itemId, unit['411422105']);
    township.changgang = await assignmentIdOf(owner, itemId, unit['411422100']);
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('while a township is open, 睢县 is not offered the report and submitting it is refused with CONFLICT, changing nothing', async () => {
    const { assignment } = await as('suixian_supervisor', OFFERED, { a: county });
    expect(assignment.allowedActions).not.toContain('SUBMIT_REPORT');
    expect(assignment.allowedActions).toContain('DELEGATE');
    const { reportDraft } = await as('suixian_supervisor', DRAFT, { a: county });
    expect(reportDraft).toMatchObject({ split: true, openChildren: 2, citations: [], achieved: null });

    const before = await countyTrace();
    const r = await attempt('suixian_supervisor', SUBMIT, { a: county, i: { content: '已全部完成' } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toContain('还有2个下级单位未办结');
    expect(await countyTrace()).toEqual(before);
    expect(before).toMatchObject({ status: 'IN_PROGRESS', reports: 0, citations: 0 });
  });

  it('城关镇 reports 60, its head signs (hash sealed), 睢县 accepts; 睢县 is still held up by 长岗镇', async () => {
    const a = township.chengguan;
    await as('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, { a });
    // Evidence is a file uploaded to our own store by the caller: anything else is refused whole, nothing written.
    const reportsBefore = await owner.query(
      `SELECT count(*)::int AS n FROM report WHERE assignment_id = $1`,
      [a],
    );
    const linked = await attempt('chengguan_liaison', SUBMIT, {
      a,
      i: {
        content: '见附件',
        achieved: 60,
        fileIds: ['999999999'],
      },
    });
    expect(codeOf(linked)).toBe('BAD_USER_INPUT');
    expect(linked.errors![0].extensions?.field).toBe('fileIds[0]');
    expect(linked.errors![0].message).toBe('文件 999999999 不存在、不是您上传的，或已附加到其他记录');
    expect(await owner.query(`SELECT count(*)::int AS n FROM report WHERE assignment_id = $1`, [a])).toEqual(
      reportsBefore,
    );
    const { submitReport } = await as('chengguan_liaison', SUBMIT, {
      a,
      i: {
        content: '60公里配套道路全部完工并通过验收\n附验收单',
        achieved: 60,
      },
    });
    const { signReport } = await as('chengguan_head', SIGN, { r: submitReport.id });
    expect(signReport).toMatchObject({
      status: 'UNDER_REVIEW',
      hashVerified: true,
      signer: { displayName: '城关镇党委书记 陈刚' },
    });
    expect(signReport.hash).toMatch(/^[0-9a-f]{64}$/);
    townshipReport.chengguan = { id: submitReport.id, hash: signReport.hash, signedAt: signReport.signedAt };
    // The hash is in the audit chain with the signed text.
    const [signed] = await owner.query(
      `SELECT text FROM audit_event WHERE assignment_id = $1 AND action = 'report.signed' ORDER BY id DESC LIMIT 1`,
      [a],
    );
    expect(signed.text).toContain('60公里配套道路全部完工并通过验收');
    expect(signed.text).toContain(signReport.hash);
    await as('suixian_supervisor', REVIEW, { r: submitReport.id });
    await expectRollupMatchesRecount(owner, itemId);

    const r = await attempt('suixian_supervisor', SUBMIT, { a: county, i: { content: '已全部完成' } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toContain('还有1个下级单位未办结');
    expect((await as('suixian_supervisor', DRAFT, { a: county })).reportDraft).toMatchObject({
      openChildren: 1,
      achieved: 60,
    });
  });

  it('长岗镇’s generated head reports 40 and signs; 睢县 accepts, and is now offered the report', async () => {
    const a = township.changgang;
    await as(CHANGGANG_HEAD, `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, { a });
    const { submitReport } = await as(CHANGGANG_HEAD, SUBMIT, {
      a,
      i: { content: '40公里道路完工，已验收', achieved: 40 },
    });
    const { signReport } = await as(CHANGGANG_HEAD, SIGN, { r: submitReport.id });
    expect(signReport).toMatchObject({ hashVerified: true, signer: { displayName: '长岗镇党委书记' } });
    townshipReport.changgang = { id: submitReport.id, hash: signReport.hash, signedAt: signReport.signedAt };
    await as('suixian_supervisor', REVIEW, { r: submitReport.id });
    await expectRollupMatchesRecount(owner, itemId);
    const { assignment } = await as('suixian_supervisor', OFFERED, { a: county });
    expect(assignment.allowedActions).toContain('SUBMIT_REPORT');
  });

  it('the draft cites both accepted reports with unit, signer, signing time, hash and result, and composes 100', async () => {
    const { reportDraft } = await as('suixian_supervisor', DRAFT, { a: county });
    expect(reportDraft).toMatchObject({
      assignmentId: county,
      split: true,
      openChildren: 0,
      notApplicableChildren: 0,
      achieved: 100,
    });
    // In the order the tree lists the townships (长岗镇 411422100 before 城关镇 411422105).
    expect(reportDraft.citations).toEqual([
      expect.objectContaining({
        citedReportId: townshipReport.changgang.id,
        unitName: '长岗镇',
        signerName: '长岗镇党委书记',
        signedAt: townshipReport.changgang.signedAt,
        hash: townshipReport.changgang.hash,
        achieved: 40,
        position: 1,
      }),
      {
        citedReportId: townshipReport.chengguan.id,
        citedAssignmentId: township.chengguan,
        unitId: unit['411422105'],
        unitName: '城关镇',
        signedBy: expect.any(String),
        signerName: '城关镇党委书记 陈刚',
        signedAt: townshipReport.chengguan.signedAt,
        hash: townshipReport.chengguan.hash,
        achieved: 60,
        position: 2,
        excerpt: '60公里配套道路全部完工并通过验收',
        unit: { name: '城关镇' },
        report: { id: townshipReport.chengguan.id, status: 'ACCEPTED' },
      },
    ]);
    expect(reportDraft.summary).toContain('1. 长岗镇：完成40公里。40公里道路完工，已验收');
    expect(reportDraft.summary).toContain('2. 城关镇：完成60公里。60公里配套道路全部完工并通过验收');
    expect(reportDraft.summary).toContain('合计完成100公里。');
  });

  it('hostile input: another figure, client-chosen citations, someone else’s assignment — all refused, nothing stored', async () => {
    const before = await countyTrace();
    // The figure is composed from the citations, never typed.
    const typed = await attempt('suixian_supervisor', SUBMIT, {
      a: county,
      i: { content: '全部完成', achieved: 120 },
    });
    expect(codeOf(typed)).toBe('BAD_USER_INPUT');
    expect(typed.errors![0].message).toContain('汇总为100');
    // Citations are chosen by the server: the input has no way to name reports.
    const cites = await attempt('suixian_supervisor', SUBMIT, {
      a: county,
      i: { content: '全部完成', citations: [townshipReport.chengguan.id] },
    });
    expect(cites.errors).toBeDefined();
    expect(cites.data ?? null).toBeNull();
    // The county's office cannot report for a township, nor the city for the county.
    const forTownship = await attempt('suixian_supervisor', SUBMIT, {
      a: township.chengguan,
      i: { content: '代报' },
    });
    expect(codeOf(forTownship)).toBe('FORBIDDEN');
    expect(codeOf(await attempt('city_supervisor', SUBMIT, { a: county, i: { content: '代报' } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await attempt('city_supervisor', DRAFT, { a: county }))).toBe('FORBIDDEN');
    // A township cannot even see the county's assignment.
    expect(codeOf(await attempt('chengguan_liaison', SUBMIT, { a: county, i: { content: '越级' } }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await attempt('chengguan_liaison', DRAFT, { a: county }))).toBe('NOT_FOUND');
    expect(await countyTrace()).toEqual(before);
  });

  it('睢县 submits its summary (100 composed, the same figure may be sent back), its head signs once', async () => {
    const { reportDraft } = await as('suixian_supervisor', DRAFT, { a: county });
    const { submitReport } = await as('suixian_supervisor', SUBMIT, {
      a: county,
      i: {
        content: `${reportDraft.summary}\n睢县督查室审核：两镇均已完成，数据与验收单一致。`,
        achieved: 100,
      },
    });
    expect(submitReport).toMatchObject({ status: 'AWAITING_SIGNATURE', achieved: 100 });
    countyReport = submitReport.id;
    expect(await countyTrace()).toMatchObject({ status: 'AWAITING_SIGNATURE', reports: 1, citations: 2 });
    await expectRollupMatchesRecount(owner, itemId);

    // Only the county's head signs, and only once.
    expect(codeOf(await attempt('suixian_supervisor', SIGN, { r: countyReport }))).toBe('FORBIDDEN');
    expect(codeOf(await attempt('chengguan_head', SIGN, { r: countyReport }))).toBe('NOT_FOUND');
    const { signReport } = await as('suixian_head', SIGN, { r: countyReport });
    expect(signReport).toMatchObject({
      status: 'UNDER_REVIEW',
      hashVerified: true,
      signer: { displayName: '睢县县委书记 马骏' },
    });
    expect(signReport.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(codeOf(await attempt('suixian_head', SIGN, { r: countyReport }))).toBe('CONFLICT');
    const [signed] = await owner.query(
      `SELECT text FROM audit_event WHERE assignment_id = $1 AND action = 'report.signed'`,
      [county],
    );
    expect(signed.text).toContain(signReport.hash);
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('the city reviewer sees the cited chain, opens every township report, and accepts', async () => {
    const { reportQueue } = await as(
      'city_supervisor',
      `{ reportQueue(kind: REVIEW) { id achieved unit { name } signer { displayName } } }`,
    );
    expect(reportQueue).toContainEqual({
      id: countyReport,
      achieved: 100,
      unit: { name: '睢县' },
      signer: { displayName: '睢县县委书记 马骏' },
    });
    const { report } = await as(
      'city_supervisor',
      `query($r: ID!) { report(id: $r) { id hashVerified allowedActions
        citations { unitName signerName signedAt hash achieved
          report { id content achieved hash hashVerified signedAt unit { name } signer { displayName } } } } }`,
      { r: countyReport },
    );
    expect(report.hashVerified).toBe(true);
    expect(report.allowedActions).toEqual(['REVIEW']);
    expect(report.citations).toHaveLength(2);
    for (const [key, name] of [
      ['chengguan', '城关镇'],
      ['changgang', '长岗镇'],
    ] as const) {
      const c = report.citations.find((x: any) => x.unitName === name);
      expect(c.hash).toBe(townshipReport[key].hash);
      expect(c.signedAt).toBe(townshipReport[key].signedAt);
      expect(c.report).toMatchObject({
        id: townshipReport[key].id,
        hash: townshipReport[key].hash,
        hashVerified: true,
        unit: { name },
        achieved: c.achieved,
      });
      expect(c.signerName).toBe(c.report.signer.displayName);
    }
    // Each cited report also opens on its own.
    for (const key of ['chengguan', 'changgang'] as const) {
      const { report: child } = await as(
        'city_supervisor',
        `query($r: ID!) { report(id: $r) { id status } }`,
        {
          r: townshipReport[key].id,
        },
      );
      expect(child).toEqual({ id: townshipReport[key].id, status: 'ACCEPTED' });
    }

    await as('city_supervisor', REVIEW, { r: countyReport });
    await expectRollupMatchesRecount(owner, itemId);
    const { progressRollup } = await as(
      'city_supervisor',
      `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { total done achieved target completionRate } }`,
      { u: unit['4114'], i: itemId },
    );
    expect(progressRollup).toEqual({ total: 2, done: 2, achieved: 100, target: 100, completionRate: 1 });
    const { supervisionItem } = await as(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { status } }`,
      { i: itemId },
    );
    expect(supervisionItem.status).toBe('AWAITING_FEEDBACK');
  });

  it('a township sees neither the county’s report nor its citations; citations are append-only and hashes detect tampering', async () => {
    const { report } = await as('chengguan_liaison', `query($r: ID!) { report(id: $r) { id } }`, {
      r: countyReport,
    });
    expect(report).toBeNull();
    const [grant] = await owner.query(
      `SELECT has_table_privilege('duban_app', 'report_citation', 'INSERT') AS ins,
              has_table_privilege('duban_app', 'report_citation', 'UPDATE') AS upd,
              has_table_privilege('duban_app', 'report_citation', 'DELETE') AS del`,
    );
    expect(grant).toEqual({ ins: true, upd: false, del: false });
    // An edit behind the application's back no longer matches the signed hash.
    await owner.query(`UPDATE report SET achieved = 70 WHERE id = $1`, [townshipReport.chengguan.id]);
    const { report: edited } = await as(
      'city_supervisor',
      `query($r: ID!) { report(id: $r) { hashVerified citations { report { id hashVerified } } } }`,
      { r: countyReport },
    );
    expect(edited.hashVerified).toBe(true);
    expect(
      edited.citations.find((c: any) => c.report.id === townshipReport.chengguan.id).report.hashVerified,
    ).toBe(false);
    await owner.query(`UPDATE report SET achieved = 60 WHERE id = $1`, [townshipReport.chengguan.id]);
  });
});
