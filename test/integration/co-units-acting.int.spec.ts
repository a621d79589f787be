/**
 * 主办/协办 and 委托签字 through GraphQL on the real 商丘市 tree.
 *
 * 睢县 registers a quantified item (100 座) with 城关镇 as lead (主办) and 白庙乡 and 睢县财政局 as
 * co-units (协办). The co-units report their input, their heads sign (睢县财政局's through the acting
 * signer its head named), 睢县's office reviews each; the lead may report only then, and its report
 * cites both co-unit reports (unit, signer, 代签, time, hash, figure) and states the consolidated total
 * without a figure typed twice. Along the way 白庙乡's head names an acting signer: before the period,
 * after it and once revoked the liaison is refused with FORBIDDEN and nothing changes. A second item
 * shows a 不适用 co-unit kept out once its lead has reported. After every step the roll-up equals a
 * recount; hostile inputs change nothing.
 *
 * Over 400 lines on purpose: one chain on one tree, each step starting from the last, with the
 * hostile cases next to the step they attack.
 */
import { DataSource } from 'typeorm';
import { formatShanghaiDate } from '@duban/rules';
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
const userId: Record<string, string> = {};
const USERS = [
  'city_supervisor',
  'suixian_supervisor',
  'suixian_head',
  'chengguan_liaison',
  'chengguan_head',
  'baimiao_liaison',
  'baimiao_head',
  'caizheng_liaison',
  'caizheng_head',
];
const CAIZHENG = '睢县财政局';

let itemId: string;
let lead: string;
const co: Record<'baimiao' | 'caizheng', string> = { baimiao: '', caizheng: '' };
const coReport: Record<'baimiao' | 'caizheng', { id: string; hash: string; signedAt: string }> = {
  baimiao: { id: '', hash: '', signedAt: '' },
  caizheng: { id: '', hash: '', signedAt: '' },
};
let leadReport: string;
let secondItem: string;

/** A China-time calendar date `days` from today. */
const day = (days: number) => formatShanghaiDate(new Date(Date.now() + days * DAY));

/** Here `as` fails the test on any GraphQL error; `attempt` returns the raw result. */
const { ok: as, as: attempt } = usersOf(() => api, token);

/** Roll-up = recount on both of this suite's items (the second once it exists). */
const rollupsMatchRecount = () => expectRollupMatchesRecount(owner, ...[itemId, secondItem].filter(Boolean));

/**
 * Everything a refused attempt may not change on this suite's items and delegations (other suites
 * write to the same database meanwhile): reports, signatures, citations, delegations, audit trail.
 */
async function trace() {
  const items = [itemId, secondItem].filter(Boolean);
  const [row] = await owner.query(
    `SELECT (SELECT count(*)::int FROM report WHERE item_id = ANY($1::bigint[])) AS reports,
            (SELECT count(*)::int FROM report WHERE item_id = ANY($1::bigint[]) AND signed_by IS NOT NULL) AS signed,
            (SELECT count(*)::int FROM report_citation c JOIN report r ON r.id = c.report_id
              WHERE r.item_id = ANY($1::bigint[])) AS citations,
            (SELECT count(*)::int FROM signing_delegation) AS delegations,
            (SELECT count(*)::int FROM signing_delegation WHERE revoked_at IS NOT NULL) AS revoked,
            (SELECT count(*)::int FROM audit_event
              WHERE item_id = ANY($1::bigint[]) OR chain_key LIKE 'signing_delegation:%') AS events,
            (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM assignment
              WHERE item_id = ANY($1::bigint[])) AS statuses`,
    [items],
  );
  return row;
}

async function expectRefused(
  user: string,
  query: string,
  variables: Record<string, unknown>,
  code: string,
): Promise<string> {
  const before = await trace();
  const r = await attempt(user, query, variables);
  expect({ user, code: codeOf(r) }).toEqual({ user, code });
  expect(await trace()).toEqual(before);
  return r.errors![0].message;
}

const ACCEPT = `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`;
const SUBMIT = `mutation($a: ID!, $i: ReportInput!) { submitReport(assignmentId: $a, input: $i) { id status achieved } }`;
const SIGN = `mutation($r: ID!) { signReport(reportId: $r) { id status hash hashVerified signedAt signedForId
  signer { displayName } signedFor { displayName } signatureNote } }`;
const REFUSE = `mutation($r: ID!) { refuseSignature(reportId: $r, reason: "数据需核实") { id status } }`;
const REVIEW = `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
  checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id status } }`;
const OFFERED = `query($a: ID!) { assignment(id: $a) { role allowedActions } }`;
const REPORT_OFFERED = `query($r: ID!) { report(id: $r) { id status allowedActions } }`;
const DRAFT = `query($a: ID!) { reportDraft(assignmentId: $a) {
  assignmentId split lead openChildren openCoUnits notApplicableCoUnits achieved consolidatedAchieved summary
  citations { kind citedReportId citedAssignmentId unitName signerName signedForName signedAt hash achieved position excerpt } } }`;
const DELEGATE = `mutation($d: ID!, $f: String!, $t: String!, $r: String) {
  delegateSigning(delegateId: $d, validFrom: $f, validTo: $t, reason: $r) {
    id status validFrom validTo allowedActions head { displayName } delegate { displayName } } }`;
const REVOKE = `mutation($id: ID!) { revokeSigningDelegation(id: $id, reason: "已返岗") { id status revokedAt allowedActions } }`;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  for (const r of await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('411422', '411422105', '411422206')`,
  ))
    unit[r.code] = String(r.id);
  const [caizheng] = await owner.query(
    `SELECT id FROM org_unit WHERE name = $1 AND path <@ (SELECT path FROM org_unit WHERE code = '411422')`,
    [CAIZHENG],
  );
  unit[CAIZHENG] = String(caizheng.id);
  for (const r of await owner.query(`SELECT username, id FROM app_user WHERE username = ANY($1)`, [USERS]))
    userId[r.username] = String(r.id);
  expect(Object.keys(unit).sort()).toEqual(['411422', '411422105', '411422206', CAIZHENG].sort());
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('主办/协办: co-units report their input, the lead consolidates it with citations', () => {
  it('睢县 registers an item with a lead and two co-units; the cascade gives the lead LEAD and the others CO', async () => {
    const deadline = new Date(Date.now() + 30 * DAY).toISOString();
    const { createSupervisionItem } = await as(
      'suixian_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: {
          title: '农村改厕（主办/协办）',
          source: 'COMMITTEE_DECISION',
          content: '年内完成农村户厕改造100座，城关镇牵头，白庙乡、县财政局协办。',
          deadline,
          target: 100,
          targetUnit: '座',
          rollupPolicy: 'WEIGHTED',
          leadUnitId: unit['411422105'],
          coUnitIds: [unit['411422206'], unit[CAIZHENG]],
        },
      },
    );
    itemId = createSupervisionItem.id;
    const { assignItem } = await as(
      'suixian_supervisor',
      `mutation($i: ID!, $s: [ShareInput!], $l: ID) { assignItem(itemId: $i, shares: $s, leadUnitId: $l) { count } }`,
      {
        i: itemId,
        l: unit['411422105'],
        s: [
          { unitId: unit['411422105'], target: 50 },
          { unitId: unit['411422206'], target: 30 },
          { unitId: unit[CAIZHENG], target: 20 },
        ],
      },
    );
    expect(assignItem.count).toBe(3);
    lead = await assignmentIdOf(owner, itemId, unit['411422105']);
    co.baimiao = await assignmentIdOf(owner, itemId, unit['411422206']);
    co.caizheng = await assignmentIdOf(owner, itemId, unit[CAIZHENG]);
    const { supervisionItem } = await as(
      'suixian_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { assignments { edges { node { id role target unit { name } } } } } }`,
      { i: itemId },
    );
    expect(
      supervisionItem.assignments.edges.map((e: any) => [e.node.unit.name, e.node.role, e.node.target]),
    ).toEqual(
      expect.arrayContaining([
        ['城关镇', 'LEAD', 50],
        ['白庙乡', 'CO', 30],
        [CAIZHENG, 'CO', 20],
      ]),
    );
    await rollupsMatchRecount();
  });

  it('the lead works on, but is not offered the report while a co-unit is open; submitting is CONFLICT and changes nothing', async () => {
    for (const [user, a] of [
      ['chengguan_liaison', lead],
      ['baimiao_liaison', co.baimiao],
      ['caizheng_liaison', co.caizheng],
    ])
      await as(user, ACCEPT, { a });
    await as(
      'chengguan_liaison',
      `mutation($a: ID!) { submitProgress(assignmentId: $a, input: { percent: 100, achieved: 50, text: "50座全部完工" }) { id } }`,
      { a: lead },
    );
    const { assignment } = await as('chengguan_liaison', OFFERED, { a: lead });
    expect(assignment.role).toBe('LEAD');
    expect(assignment.allowedActions).not.toContain('SUBMIT_REPORT');
    expect(assignment.allowedActions).toContain('SUBMIT_PROGRESS');
    // A co-unit waits for nobody.
    expect((await as('baimiao_liaison', OFFERED, { a: co.baimiao })).assignment).toMatchObject({
      role: 'CO',
      allowedActions: expect.arrayContaining(['SUBMIT_REPORT']),
    });
    const { reportDraft } = await as('chengguan_liaison', DRAFT, { a: lead });
    expect(reportDraft).toMatchObject({
      lead: true,
      split: false,
      openCoUnits: 2,
      citations: [],
      achieved: 50,
    });

    const message = await expectRefused(
      'chengguan_liaison',
      SUBMIT,
      { a: lead, i: { content: '已完成' } },
      'CONFLICT',
    );
    expect(message).toContain('还有2个协办单位未办结');
    // The lead cannot see its co-units' assignments (they are outside its subtree).
    expect((await as('chengguan_liaison', OFFERED, { a: co.baimiao })).assignment).toBeNull();
    await rollupsMatchRecount();
  });

  it('白庙乡 reports 30; before its head’s delegation begins the liaison may not sign (FORBIDDEN, nothing changes)', async () => {
    const { submitReport } = await as('baimiao_liaison', SUBMIT, {
      a: co.baimiao,
      i: { content: '白庙乡完成改厕30座\n附验收照片', achieved: 30 },
    });
    coReport.baimiao.id = submitReport.id;
    const { delegateSigning } = await as('baimiao_head', DELEGATE, {
      d: userId.baimiao_liaison,
      f: day(1),
      t: day(3),
      r: '外出学习',
    });
    expect(delegateSigning).toMatchObject({
      status: 'SCHEDULED',
      validFrom: day(1),
      validTo: day(3),
      allowedActions: ['REVOKE'],
      head: { displayName: '白庙乡党委书记 吴强' },
      delegate: { displayName: '白庙乡联络员 孙丽' },
    });
    expect(
      (await as('baimiao_liaison', REPORT_OFFERED, { r: submitReport.id })).report.allowedActions,
    ).toEqual([]);
    await expectRefused('baimiao_liaison', SIGN, { r: submitReport.id }, 'FORBIDDEN');
    await expectRefused('baimiao_liaison', REFUSE, { r: submitReport.id }, 'FORBIDDEN');
    // Overlapping the scheduled one: one acting signer at a time.
    await expectRefused(
      'baimiao_head',
      DELEGATE,
      { d: userId.baimiao_liaison, f: day(0), t: day(1) },
      'CONFLICT',
    );
    // Revoked: a new one for today can be named.
    const { revokeSigningDelegation } = await as('baimiao_head', REVOKE, { id: delegateSigning.id });
    expect(revokeSigningDelegation).toMatchObject({ status: 'REVOKED', allowedActions: [] });
    await expectRefused('baimiao_head', REVOKE, { id: delegateSigning.id }, 'CONFLICT');
    await rollupsMatchRecount();
  });

  it('within the period the liaison is offered the signature; after revocation or once the period is over, FORBIDDEN', async () => {
    const r = coReport.baimiao.id;
    const { delegateSigning: today } = await as('baimiao_head', DELEGATE, {
      d: userId.baimiao_liaison,
      f: day(0),
      t: day(2),
    });
    expect(today.status).toBe('ACTIVE');
    expect((await as('baimiao_liaison', REPORT_OFFERED, { r })).report.allowedActions.sort()).toEqual([
      'REFUSE_SIGNATURE',
      'SIGN',
    ]);
    // Revoked: at once, nothing is offered and a signature is refused.
    await as('baimiao_head', REVOKE, { id: today.id });
    expect((await as('baimiao_liaison', REPORT_OFFERED, { r })).report.allowedActions).toEqual([]);
    await expectRefused('baimiao_liaison', SIGN, { r }, 'FORBIDDEN');

    // A delegation whose period is over (moved into the past behind the application's back).
    const { delegateSigning: expiring } = await as('baimiao_head', DELEGATE, {
      d: userId.baimiao_liaison,
      f: day(0),
      t: day(0),
    });
    await owner.query(
      `UPDATE signing_delegation SET valid_from = $2::date, valid_to = $3::date WHERE id = $1`,
      [expiring.id, day(-5), day(-1)],
    );
    const { signingDelegations } = await as('baimiao_liaison', `{ signingDelegations { id status } }`);
    expect(signingDelegations.find((d: any) => d.id === expiring.id).status).toBe('ENDED');
    expect((await as('baimiao_liaison', REPORT_OFFERED, { r })).report.allowedActions).toEqual([]);
    await expectRefused('baimiao_liaison', SIGN, { r }, 'FORBIDDEN');
    await expectRefused('baimiao_head', REVOKE, { id: expiring.id }, 'CONFLICT');

    // The head signs it himself; the signature is not 代签.
    const { signReport } = await as('baimiao_head', SIGN, { r });
    expect(signReport).toMatchObject({
      status: 'UNDER_REVIEW',
      hashVerified: true,
      signedForId: null,
      signedFor: null,
      signatureNote: '白庙乡党委书记 吴强',
    });
    coReport.baimiao = { id: r, hash: signReport.hash, signedAt: signReport.signedAt };
    await rollupsMatchRecount();
  });

  it('a co-unit’s report is reviewed by the assigning office (睢县), never by the lead; 睢县 accepts it', async () => {
    const r = coReport.baimiao.id;
    expect((await as('suixian_supervisor', REPORT_OFFERED, { r })).report.allowedActions).toEqual(['REVIEW']);
    // The lead's people cannot even see it; the city is not the assigning office.
    expect((await as('chengguan_head', REPORT_OFFERED, { r })).report).toBeNull();
    await expectRefused('chengguan_head', REVIEW, { r }, 'FORBIDDEN');
    expect((await as('city_supervisor', REPORT_OFFERED, { r })).report.allowedActions).toEqual([]);
    await expectRefused('city_supervisor', REVIEW, { r }, 'FORBIDDEN');
    await as('suixian_supervisor', REVIEW, { r });
    // The lead unit is told, pointing at its own assignment.
    const [told] = await owner.query(
      `SELECT payload FROM outbox WHERE topic = 'report.co_unit_accepted' AND payload->>'assignmentId' = $1`,
      [co.baimiao],
    );
    expect(told.payload).toMatchObject({
      leadAssignmentId: lead,
      leadUnitId: unit['411422105'],
      unitName: '白庙乡',
    });
    const { reportDraft } = await as('chengguan_liaison', DRAFT, { a: lead });
    expect(reportDraft).toMatchObject({ openCoUnits: 1, consolidatedAchieved: 80 });
    expect(reportDraft.citations.map((c: any) => [c.kind, c.unitName])).toEqual([['CO_UNIT', '白庙乡']]);
    await rollupsMatchRecount();
  });

  it('hostile delegations are refused and change nothing', async () => {
    const valid = { f: day(0), t: day(5) };
    // Not a head.
    await expectRefused('caizheng_liaison', DELEGATE, { d: userId.caizheng_head, ...valid }, 'FORBIDDEN');
    await expectRefused('suixian_supervisor', DELEGATE, { d: userId.suixian_head, ...valid }, 'FORBIDDEN');
    // Oneself, someone of another unit (even one the head can see), nobody, garbage.
    for (const d of [userId.caizheng_head, userId.chengguan_liaison, '999999999', 'abc'])
      await expectRefused('caizheng_head', DELEGATE, { d, ...valid }, 'BAD_USER_INPUT');
    await expectRefused(
      'suixian_head',
      DELEGATE,
      { d: userId.chengguan_liaison, ...valid },
      'BAD_USER_INPUT',
    );
    // Periods: backdated, reversed, too long, not a date.
    for (const [f, t] of [
      [day(-1), day(2)],
      [day(3), day(1)],
      [day(0), day(120)],
      ['2026-02-30', day(3)],
      [day(0), 'next week'],
    ])
      await expectRefused('caizheng_head', DELEGATE, { d: userId.caizheng_liaison, f, t }, 'BAD_USER_INPUT');
    // Someone else's delegation: invisible to another unit's head, not revocable by the head above.
    const [bm] = await owner.query(`SELECT id FROM signing_delegation WHERE delegate_id = $1 LIMIT 1`, [
      userId.baimiao_liaison,
    ]);
    await expectRefused('chengguan_head', REVOKE, { id: String(bm.id) }, 'NOT_FOUND');
    // A malformed id is refused at the edge (docs/architecture.md, Errors).
    await expectRefused('caizheng_head', REVOKE, { id: 'x' }, 'BAD_USER_INPUT');
    // The app role may only mark a delegation revoked: no deletes, no moved periods.
    const [grant] = await owner.query(
      `SELECT has_table_privilege('duban_app', 'signing_delegation', 'DELETE') AS del,
              has_column_privilege('duban_app', 'signing_delegation', 'valid_to', 'UPDATE') AS period,
              has_column_privilege('duban_app', 'signing_delegation', 'revoked_at', 'UPDATE') AS revoke`,
    );
    expect(grant).toEqual({ del: false, period: false, revoke: true });
    await rollupsMatchRecount();
  });

  it('睢县财政局’s head names its liaison for a week; the liaison signs within it, and the report shows 代签', async () => {
    const { delegateSigning } = await as('caizheng_head', DELEGATE, {
      d: userId.caizheng_liaison,
      f: day(0),
      t: day(6),
      r: '出差',
    });
    expect(delegateSigning.status).toBe('ACTIVE');
    // The head's list; the delegation is audited.
    const { signingDelegations } = await as(
      'caizheng_head',
      `{ signingDelegations { id status allowedActions } }`,
    );
    expect(signingDelegations[0]).toEqual({
      id: delegateSigning.id,
      status: 'ACTIVE',
      allowedActions: ['REVOKE'],
    });
    const [audited] = await owner.query(`SELECT action, text FROM audit_event WHERE chain_key = $1`, [
      `signing_delegation:${delegateSigning.id}`,
    ]);
    expect(audited).toEqual({
      action: 'signing.delegated',
      text: `委托睢县财政局联络员 郑伟代为签字：${day(0)}至${day(6)}（出差）`,
    });

    const { submitReport } = await as('caizheng_liaison', SUBMIT, {
      a: co.caizheng,
      i: { content: '已拨付改厕补助资金，覆盖20座', achieved: 20 },
    });
    const r = submitReport.id;
    expect((await as('caizheng_liaison', REPORT_OFFERED, { r })).report.allowedActions.sort()).toEqual([
      'REFUSE_SIGNATURE',
      'SIGN',
    ]);
    // The acting signer acts for its own unit only.
    await expectRefused('baimiao_liaison', SIGN, { r }, 'NOT_FOUND');
    const { signReport } = await as('caizheng_liaison', SIGN, { r });
    expect(signReport).toMatchObject({
      status: 'UNDER_REVIEW',
      hashVerified: true,
      signedForId: userId.caizheng_head,
      signer: { displayName: '睢县财政局联络员 郑伟' },
      signedFor: { displayName: '睢县财政局局长 冯涛' },
      signatureNote: '睢县财政局联络员 郑伟（代睢县财政局局长 冯涛签字）',
    });
    coReport.caizheng = { id: r, hash: signReport.hash, signedAt: signReport.signedAt };
    const en = await api.gql(
      `query($r: ID!) { report(id: $r) { signatureNote } }`,
      { r },
      { token: token.suixian_supervisor, lang: 'en' },
    );
    expect(en.data!.report.signatureNote).toBe('睢县财政局联络员 郑伟 (signed for 睢县财政局局长 冯涛)');
    const [signed] = await owner.query(
      `SELECT text FROM audit_event WHERE assignment_id = $1 AND action = 'report.signed'`,
      [co.caizheng],
    );
    expect(signed.text).toContain(signReport.hash);
    expect(signed.text).toContain(
      `代签：睢县财政局联络员 郑伟（代睢县财政局局长 冯涛签字）（委托签字 #${delegateSigning.id}）`,
    );
    // The 代签 is part of what the hash seals: pretending the head signed no longer verifies.
    await owner.query(`UPDATE report SET signed_for = NULL WHERE id = $1`, [r]);
    expect(
      (await as('suixian_supervisor', `query($r: ID!) { report(id: $r) { hashVerified } }`, { r })).report,
    ).toEqual({ hashVerified: false });
    await owner.query(`UPDATE report SET signed_for = $2 WHERE id = $1`, [r, userId.caizheng_head]);

    await as('suixian_supervisor', REVIEW, { r });
    await rollupsMatchRecount();
  });

  it('the lead’s draft cites both co-unit reports (unit, signer, 代签, time, hash, figure) and consolidates 100', async () => {
    const { assignment } = await as('chengguan_liaison', OFFERED, { a: lead });
    expect(assignment.allowedActions).toContain('SUBMIT_REPORT');
    const { reportDraft } = await as('chengguan_liaison', DRAFT, { a: lead });
    expect(reportDraft).toMatchObject({
      assignmentId: lead,
      lead: true,
      split: false,
      openCoUnits: 0,
      notApplicableCoUnits: 0,
      achieved: 50,
      consolidatedAchieved: 100,
    });
    expect(reportDraft.citations).toEqual([
      {
        kind: 'CO_UNIT',
        citedReportId: coReport.baimiao.id,
        citedAssignmentId: co.baimiao,
        unitName: '白庙乡',
        signerName: '白庙乡党委书记 吴强',
        signedForName: null,
        signedAt: coReport.baimiao.signedAt,
        hash: coReport.baimiao.hash,
        achieved: 30,
        position: 1,
        excerpt: '白庙乡完成改厕30座',
      },
      expect.objectContaining({
        kind: 'CO_UNIT',
        citedReportId: coReport.caizheng.id,
        unitName: CAIZHENG,
        signerName: '睢县财政局联络员 郑伟',
        signedForName: '睢县财政局局长 冯涛',
        hash: coReport.caizheng.hash,
        achieved: 20,
        position: 2,
      }),
    ]);
    expect(reportDraft.summary).toContain('2个协办单位已审核通过的报送情况：');
    expect(reportDraft.summary).toContain('1. 白庙乡：完成30座。白庙乡完成改厕30座');
    expect(reportDraft.summary).toContain('主办、协办单位合计完成100座。');
  });

  it('hostile reports: client-chosen citations, another unit’s assignment, the office reporting for the lead — refused', async () => {
    const cites = await attempt('chengguan_liaison', SUBMIT, {
      a: lead,
      i: { content: '汇总', citations: [coReport.baimiao.id] },
    });
    expect(cites.errors).toBeDefined();
    expect(cites.data ?? null).toBeNull();
    await expectRefused('suixian_supervisor', SUBMIT, { a: lead, i: { content: '代报' } }, 'FORBIDDEN');
    await expectRefused('baimiao_liaison', SUBMIT, { a: lead, i: { content: '越权' } }, 'NOT_FOUND');
    await expectRefused('baimiao_liaison', DRAFT, { a: lead }, 'NOT_FOUND');
    // A co-unit's draft is its own, with nobody to cite.
    expect((await as('caizheng_head', DRAFT, { a: co.caizheng })).reportDraft).toMatchObject({ lead: false });
  });

  it('the lead submits once, citing the co-units; its head signs; 睢县 reads the chain, accepts, and nothing is counted twice', async () => {
    const { reportDraft } = await as('chengguan_liaison', DRAFT, { a: lead });
    const { submitReport } = await as('chengguan_liaison', SUBMIT, {
      a: lead,
      i: { content: `城关镇完成改厕50座。\n${reportDraft.summary}`, achieved: 50 },
    });
    leadReport = submitReport.id;
    expect(submitReport).toMatchObject({ status: 'AWAITING_SIGNATURE', achieved: 50 });
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM report_citation WHERE report_id = $1 AND kind = 'CO_UNIT'`,
      [leadReport],
    );
    expect(n).toBe(2);
    const { signReport } = await as('chengguan_head', SIGN, { r: leadReport });
    expect(signReport).toMatchObject({ status: 'UNDER_REVIEW', hashVerified: true, signedFor: null });

    // The lead sees its citations, not the co-units' reports themselves (outside its subtree).
    const { report: own } = await as(
      'chengguan_liaison',
      `query($r: ID!) { report(id: $r) { consolidatedAchieved citations { unitName achieved report { id } } } }`,
      { r: leadReport },
    );
    expect(own).toEqual({
      consolidatedAchieved: 100,
      citations: [
        { unitName: '白庙乡', achieved: 30, report: null },
        { unitName: CAIZHENG, achieved: 20, report: null },
      ],
    });
    // The reviewer opens every cited report.
    const { report } = await as(
      'suixian_supervisor',
      `query($r: ID!) { report(id: $r) { allowedActions hashVerified achieved consolidatedAchieved
        citations { kind unitName signedForName hash report { id hash hashVerified signatureNote } } } }`,
      { r: leadReport },
    );
    expect(report).toMatchObject({
      allowedActions: ['REVIEW'],
      hashVerified: true,
      achieved: 50,
      consolidatedAchieved: 100,
    });
    for (const [key, name] of [
      ['baimiao', '白庙乡'],
      ['caizheng', CAIZHENG],
    ] as const) {
      const c = report.citations.find((x: any) => x.unitName === name);
      expect(c).toMatchObject({
        kind: 'CO_UNIT',
        hash: coReport[key].hash,
        report: { id: coReport[key].id, hash: coReport[key].hash, hashVerified: true },
      });
    }
    expect(report.citations.find((c: any) => c.unitName === CAIZHENG).report.signatureNote).toBe(
      '睢县财政局联络员 郑伟（代睢县财政局局长 冯涛签字）',
    );
    await as('suixian_supervisor', REVIEW, { r: leadReport });
    await rollupsMatchRecount();
    const { progressRollup } = await as(
      'suixian_supervisor',
      `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { total done achieved target } }`,
      { u: unit['411422'], i: itemId },
    );
    expect(progressRollup).toEqual({ total: 3, done: 3, achieved: 100, target: 100 });
    const { supervisionItem } = await as(
      'suixian_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { status } }`,
      {
        i: itemId,
      },
    );
    expect(supervisionItem.status).toBe('AWAITING_FEEDBACK');
  });

  it('the acting signer loses the signature when the head revokes, though the week is not over', async () => {
    const { signingDelegations } = await as('caizheng_head', `{ signingDelegations { id status } }`);
    const active = signingDelegations.find((d: any) => d.status === 'ACTIVE');
    await expectRefused('caizheng_liaison', REVOKE, { id: active.id }, 'FORBIDDEN');
    await expectRefused('suixian_head', REVOKE, { id: active.id }, 'FORBIDDEN');
    await as('caizheng_head', REVOKE, { id: active.id });
    const [last] = await owner.query(
      `SELECT action, text FROM audit_event WHERE chain_key = $1 ORDER BY id DESC LIMIT 1`,
      [`signing_delegation:${active.id}`],
    );
    expect(last).toEqual({ action: 'signing.revoked', text: '撤销委托签字：已返岗' });
  });
});

describe('主办/协办: a 不适用 co-unit, and no co-unit added once the lead has reported', () => {
  let leadB: string;
  let coB: string;

  it('a co-unit marked 不适用 does not hold the lead up; once the lead reported it cannot become applicable, nor can a co-unit be added', async () => {
    const { createSupervisionItem } = await as(
      'suixian_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: {
          title: '河道清淤（白庙乡牵头）',
          source: 'LEADER_INSTRUCTION',
          content: '白庙乡牵头，城关镇配合。',
          deadline: new Date(Date.now() + 20 * DAY).toISOString(),
          leadUnitId: unit['411422206'],
          coUnitIds: [unit['411422105']],
        },
      },
    );
    secondItem = createSupervisionItem.id;
    await as(
      'suixian_supervisor',
      `mutation($i: ID!, $t: [ID!], $l: ID) { assignItem(itemId: $i, targets: $t, leadUnitId: $l) { count } }`,
      { i: secondItem, t: [unit['411422206'], unit['411422105']], l: unit['411422206'] },
    );
    leadB = await assignmentIdOf(owner, secondItem, unit['411422206']);
    coB = await assignmentIdOf(owner, secondItem, unit['411422105']);
    await as('baimiao_liaison', ACCEPT, { a: leadB });
    expect((await as('baimiao_liaison', OFFERED, { a: leadB })).assignment.allowedActions).not.toContain(
      'SUBMIT_REPORT',
    );
    await as(
      'suixian_supervisor',
      `mutation($a: ID!) { setNotApplicable(assignmentId: $a, notApplicable: true, reason: "城关镇辖区无河道") { id } }`,
      { a: coB },
    );
    expect((await as('baimiao_liaison', DRAFT, { a: leadB })).reportDraft).toMatchObject({
      lead: true,
      openCoUnits: 0,
      notApplicableCoUnits: 1,
      citations: [],
    });
    await as('baimiao_liaison', SUBMIT, { a: leadB, i: { content: '清淤完成' } });
    await rollupsMatchRecount();

    // The lead's report was composed without it: the co-unit stays out.
    expect((await as('suixian_supervisor', OFFERED, { a: coB })).assignment.allowedActions).not.toContain(
      'SET_NOT_APPLICABLE',
    );
    const applicable = await attempt(
      'suixian_supervisor',
      `mutation($a: ID!) { setNotApplicable(assignmentId: $a, notApplicable: false, reason: "改为适用") { id } }`,
      { a: coB },
    );
    expect(codeOf(applicable)).toBe('CONFLICT');
    expect(applicable.errors![0].message).toContain('主办单位已汇总报送');
    const added = await attempt(
      'suixian_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      { i: secondItem, t: [unit[CAIZHENG]] },
    );
    expect(codeOf(added)).toBe('CONFLICT');
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM assignment WHERE item_id = $1`, [
      secondItem,
    ]);
    expect(n).toBe(2);
    await rollupsMatchRecount();
  });
});
