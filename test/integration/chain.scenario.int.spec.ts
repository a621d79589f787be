/**
 * The chain, whole, through GraphQL on the real 商丘市 tree: the city gives 睢县 (lead) and 睢县财政局
 * (co-unit) a quantified item; 睢县 splits its share between two townships; one township returns its share and 睢县 gives it to another;
 * an extension and an escalation each travel township → county → city and their answers come back
 * down; townships report, heads sign; 睢县 composes its one report from theirs without re-entering a
 * figure; the city accepts it. The city's leader writes a 批示 at registration; once the result is fed
 * back, the leader's 阅示 with a further instruction reopens the item and the whole done chain (复查复议)
 * with a new deadline. After every step the roll-up equals a recount, no deadline is later
 * than its parent's, and each user sees only their subtree.
 */
import { DataSource } from 'typeorm';
import {
  bootApi,
  codeOf,
  expectNoDeadlineBeyondParent,
  expectRollupMatchesRecount,
  TestApi,
  testDataSources,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const USERS = [
  'city_supervisor',
  'city_leader',
  'suixian_supervisor',
  'suixian_head',
  'chengguan_liaison',
  'chengguan_head',
  'baimiao_liaison',
  'head_411422100', // 长岗镇's head: the unit that takes over 白庙乡's share
  'caizheng_liaison',
  'caizheng_head',
] as const;
type User = (typeof USERS)[number];
const token = {} as Record<User, string>;
const unit: Record<string, string> = {};
const t0 = Date.now();
const at = (days: number) => new Date(t0 + days * DAY).toISOString();

let itemId: string;
let county: string;
let coUnit: string;
const share: Record<string, string> = {};

const { as, ok } = usersOf<User>(() => api, token);

/** The invariants every step must keep. */
async function expectChainHolds() {
  await expectRollupMatchesRecount(owner, itemId);
  await expectNoDeadlineBeyondParent(owner, itemId, { exceptWithdrawn: true });
  // Each township sees its own share and nothing of its sibling's.
  const seen = async (user: User, id: string) =>
    (await ok(user, `query($id: ID!) { assignment(id: $id) { id } }`, { id })).assignment !== null;
  expect(await seen('chengguan_liaison', share.chengguan)).toBe(true);
  if (share.changgang) expect(await seen('chengguan_liaison', share.changgang)).toBe(false);
  expect(await seen('baimiao_liaison', share.chengguan)).toBe(false);
}

const REPORT = `mutation($a: ID!, $c: String!, $x: Float) {
  submitReport(assignmentId: $a, input: { content: $c, achieved: $x }) { id status achieved } }`;
const SIGN = `mutation($r: ID!) { signReport(reportId: $r) { id status hash } }`;
const ACCEPT = `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
  checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id status } }`;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  const rows = await owner.query(
    `SELECT code, id::text FROM org_unit WHERE code IN ('411422', '411422105', '411422206', '411422100')`,
  );
  for (const r of rows) unit[r.code] = r.id;
  const [caizheng] = await owner.query(`SELECT id::text FROM org_unit WHERE name = '睢县财政局'`);
  unit.caizheng = caizheng.id;
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('the chain: city → 睢县 → townships and back', () => {
  it('the city gives 睢县 80 and its co-unit 20 of a quantified item; 睢县 splits its 80 as 50 / 30', async () => {
    const { createSupervisionItem } = await ok(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: {
          title: '背街小巷整治',
          source: 'COMMITTEE_DECISION',
          content: '完成背街小巷整治100处',
          deadline: at(30),
          target: 100,
          targetUnit: '处',
          rollupPolicy: 'WEIGHTED',
          leadUnitId: unit['411422'],
          coUnitIds: [unit.caizheng],
        },
      },
    );
    itemId = createSupervisionItem.id;
    // 批示 at registration: the city's leader writes on the item before it is assigned.
    const { instructItem } = await ok(
      'city_leader',
      `mutation($i: ID!, $t: String!) { instructItem(itemId: $i, text: $t) { kind text leaderName } }`,
      { i: itemId, t: '各县区要压实责任，按期完成' },
    );
    expect(instructItem).toEqual({
      kind: 'INSTRUCTION',
      text: '各县区要压实责任，按期完成',
      leaderName: '市委 李书记',
    });
    const assign = `mutation($i: ID!, $s: [ShareInput!], $l: ID) { assignItem(itemId: $i, shares: $s, leadUnitId: $l) { count } }`;
    // Named units of a quantified item need shares that add up to its target.
    const short = await as('city_supervisor', assign, {
      i: itemId,
      l: unit['411422'],
      s: [
        { unitId: unit['411422'], target: 80 },
        { unitId: unit.caizheng, target: 10 },
      ],
    });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    await ok('city_supervisor', assign, {
      i: itemId,
      l: unit['411422'],
      s: [
        { unitId: unit['411422'], target: 80 },
        { unitId: unit.caizheng, target: 20 },
      ],
    });
    const top = await owner.query(`SELECT id::text, unit_id::text, role FROM assignment WHERE item_id = $1`, [
      itemId,
    ]);
    county = top.find((r: any) => r.unit_id === unit['411422']).id;
    coUnit = top.find((r: any) => r.unit_id === unit.caizheng).id;
    expect(top.map((r: any) => r.role).sort()).toEqual(['CO', 'LEAD']);
    await ok('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: county });
    // Shares that do not add up are refused whole.
    const split = `mutation($a: ID!, $t: [ShareInput!], $d: DateTime) { delegateAssignment(id: $a, targets: $t, deadline: $d) { count } }`;
    const wrong = await as('suixian_supervisor', split, {
      a: county,
      t: [
        { unitId: unit['411422105'], target: 50 },
        { unitId: unit['411422206'], target: 20 },
      ],
      d: at(20),
    });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    await ok('suixian_supervisor', split, {
      a: county,
      t: [
        { unitId: unit['411422105'], target: 50 },
        { unitId: unit['411422206'], target: 30 },
      ],
      d: at(20),
    });
    for (const r of await owner.query(`SELECT id::text, unit_id::text FROM assignment WHERE parent_id = $1`, [
      county,
    ]))
      share[r.unit_id === unit['411422105'] ? 'chengguan' : 'baimiao'] = r.id;
    await expectChainHolds();
  });

  it('白庙乡 returns its share as not its responsibility; 睢县 gives it to 长岗镇', async () => {
    const decline = `mutation($a: ID!, $r: String) { declineAssignment(assignmentId: $a, reason: $r) { id status } }`;
    expect(codeOf(await as('baimiao_liaison', decline, { a: share.baimiao }))).toBe('BAD_USER_INPUT');
    expect(
      (await ok('baimiao_liaison', decline, { a: share.baimiao, r: '该路段不在本乡辖区' })).declineAssignment
        .status,
    ).toBe('WITHDRAWN');
    const { reassignAssignment } = await ok(
      'suixian_supervisor',
      `mutation($a: ID!, $u: ID!) { reassignAssignment(assignmentId: $a, unitId: $u) { id target deadline } }`,
      { a: share.baimiao, u: unit['411422100'] },
    );
    expect(reassignAssignment.target).toBe(30);
    share.changgang = reassignAssignment.id;
    await ok('head_411422100', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, {
      a: share.changgang,
    });
    await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, {
      a: share.chengguan,
    });
    await expectChainHolds();
  });

  it('an extension beyond 睢县’s deadline goes to the city, and its approval comes down both levels', async () => {
    const { requestExtension } = await ok(
      'chengguan_liaison',
      `mutation($a: ID!, $d: DateTime!) { requestExtension(assignmentId: $a, newDeadline: $d, reason: "拆迁未完成") { id } }`,
      { a: share.chengguan, d: at(35) },
    );
    const decide = `mutation($id: ID!, $c: String) { decideExtension(requestId: $id, approve: true, comment: $c) { status } }`;
    expect(
      (await ok('suixian_supervisor', decide, { id: requestExtension.id, c: '属实' })).decideExtension.status,
    ).toBe('FORWARDED');
    const [{ id: upward }] = await owner.query(
      `SELECT id::text FROM extension_request WHERE assignment_id = $1 AND status = 'PENDING'`,
      [county],
    );
    expect((await ok('city_supervisor', decide, { id: upward, c: '同意' })).decideExtension.status).toBe(
      'APPROVED',
    );
    const deadlines = await owner.query(
      `SELECT a.id::text, a.deadline FROM assignment a WHERE a.id = ANY($1::bigint[])`,
      [[county, share.chengguan]],
    );
    for (const d of deadlines) expect(new Date(d.deadline).toISOString()).toBe(at(35));
    await expectChainHolds();
  });

  it('an escalation goes township → 睢县 → city, and the answer returns to the township', async () => {
    await ok(
      'chengguan_liaison',
      `mutation($a: ID!) { escalateAssignment(assignmentId: $a, reason: "需市住建局协调管线迁改") { id } }`,
      { a: share.chengguan },
    );
    await ok(
      'suixian_supervisor',
      `mutation($a: ID!) { forwardEscalation(assignmentId: $a, opinion: "县级无法协调，请市里协调") { id } }`,
      { a: share.chengguan },
    );
    const rollup = async () =>
      (
        await ok(
          'city_supervisor',
          `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { escalated } }`,
          {
            u: unit['411422'],
            i: itemId,
          },
        )
      ).progressRollup.escalated;
    expect(await rollup()).toBeGreaterThanOrEqual(1);
    await ok(
      'city_supervisor',
      `mutation($a: ID!) { resolveEscalation(assignmentId: $a, resolution: "已协调市住建局，本周内迁改") { id } }`,
      { a: county },
    );
    const { assignment } = await ok(
      'chengguan_liaison',
      `query($id: ID!) { assignment(id: $id) { escalated escalations { status resolution } } }`,
      { id: share.chengguan },
    );
    expect(assignment.escalated).toBe(false);
    expect(assignment.escalations[0]).toMatchObject({
      status: 'RESOLVED',
      resolution: '已协调市住建局，本周内迁改',
    });
    expect(await rollup()).toBe(0);
    await expectChainHolds();
  });

  it('townships report and their heads sign; 睢县 accepts both', async () => {
    const reports: string[] = [];
    for (const [reporter, head, id, x] of [
      ['chengguan_liaison', 'chengguan_head', share.chengguan, 50],
      ['head_411422100', 'head_411422100', share.changgang, 30],
    ] as const) {
      const { submitReport } = await ok(reporter, REPORT, { a: id, c: `完成整治${x}处`, x });
      expect((await ok(head, SIGN, { r: submitReport.id })).signReport.hash).toMatch(/^[0-9a-f]{64}$/);
      reports.push(submitReport.id);
    }
    // 睢县 cannot report while a township is still under review.
    expect(codeOf(await as('suixian_supervisor', REPORT, { a: county, c: '汇总' }))).toBe('CONFLICT');
    for (const r of reports) await ok('suixian_supervisor', ACCEPT, { r });
    await expectChainHolds();
  });

  it('the co-unit reports its 20 to the city, which accepts it; only then may the lead report', async () => {
    await ok('caizheng_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: coUnit });
    const { submitReport } = await ok('caizheng_liaison', REPORT, {
      a: coUnit,
      c: '配套资金到位，完成20处',
      x: 20,
    });
    await ok('caizheng_head', SIGN, { r: submitReport.id });
    const draft = `query($a: ID!) { reportDraft(assignmentId: $a) { openCoUnits } }`;
    expect((await ok('suixian_supervisor', draft, { a: county })).reportDraft.openCoUnits).toBe(1);
    expect(codeOf(await as('suixian_supervisor', REPORT, { a: county, c: '汇总' }))).toBe('CONFLICT');
    await ok('city_supervisor', ACCEPT, { r: submitReport.id });
    expect((await ok('suixian_supervisor', draft, { a: county })).reportDraft.openCoUnits).toBe(0);
    await expectChainHolds();
  });

  it('睢县 composes its report from theirs, signs once, and the city accepts it', async () => {
    const { reportDraft } = await ok(
      'suixian_supervisor',
      `query($a: ID!) { reportDraft(assignmentId: $a) { openChildren achieved consolidatedAchieved summary citations { kind achieved hash unit { name } } } }`,
      { a: county },
    );
    expect(reportDraft.openChildren).toBe(0);
    expect(reportDraft.achieved).toBe(80);
    expect(reportDraft.consolidatedAchieved).toBe(100);
    expect(reportDraft.citations.map((c: any) => [c.kind, c.achieved]).sort()).toEqual([
      ['CO_UNIT', 20],
      ['SUB_UNIT', 30],
      ['SUB_UNIT', 50],
    ]);
    // A figure typed again, and different, is refused; the composed one is taken.
    expect(codeOf(await as('suixian_supervisor', REPORT, { a: county, c: reportDraft.summary, x: 90 }))).toBe(
      'BAD_USER_INPUT',
    );
    const { submitReport } = await ok('suixian_supervisor', REPORT, { a: county, c: reportDraft.summary });
    expect(submitReport.achieved).toBe(80);
    await ok('suixian_head', SIGN, { r: submitReport.id });
    const { report } = await ok(
      'city_supervisor',
      `query($r: ID!) { report(id: $r) { citations { report { id content signedAt } } } }`,
      { r: submitReport.id },
    );
    expect(report.citations).toHaveLength(3);
    for (const c of report.citations) expect(c.report.signedAt).toBeTruthy();
    await ok('city_supervisor', ACCEPT, { r: submitReport.id });
    const { supervisionItem } = await ok(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { status rollup { achieved target done } } }`,
      { i: itemId },
    );
    expect(supervisionItem.status).toBe('AWAITING_FEEDBACK');
    expect(supervisionItem.rollup).toMatchObject({ achieved: 100, target: 100 });
    await expectChainHolds();
  });

  it('the result is fed back; the leader’s 阅示 with a further instruction reopens the item and its done chain', async () => {
    await ok(
      'city_supervisor',
      `mutation($i: ID!) { feedBackItem(itemId: $i, feedback: "100处全部整治完成") { status } }`,
      {
        i: itemId,
      },
    );
    const deadline = at(25);
    const { readFeedback } = await ok(
      'city_leader',
      `mutation($i: ID!, $t: String, $d: DateTime) {
        readFeedback(itemId: $i, kind: FURTHER_INSTRUCTION, text: $t, deadline: $d) { kind reopenDeadline } }`,
      { i: itemId, t: '部分小巷路灯未修复，复查整改', d: deadline },
    );
    expect(readFeedback).toEqual({ kind: 'FURTHER_INSTRUCTION', reopenDeadline: deadline });
    const { supervisionItem } = await ok(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { status deadline reopenCount instructions { kind } } }`,
      { i: itemId },
    );
    expect(supervisionItem).toEqual({
      status: 'IN_PROGRESS',
      deadline,
      reopenCount: 1,
      instructions: [{ kind: 'INSTRUCTION' }, { kind: 'FURTHER_INSTRUCTION' }],
    });
    // Every done assignment, at every level, is back at work with the new deadline; the returned one stays.
    const rows = await owner.query(
      `SELECT u.name, a.status, a.deadline = $2::timestamptz AS "newDeadline" FROM assignment a
         JOIN org_unit u ON u.id = a.unit_id WHERE a.item_id = $1 ORDER BY a.id`,
      [itemId, deadline],
    );
    expect(
      rows.filter((r: any) => r.status !== 'WITHDRAWN').every((r: any) => r.status === 'IN_PROGRESS'),
    ).toBe(true);
    expect(rows.filter((r: any) => r.status === 'IN_PROGRESS').every((r: any) => r.newDeadline)).toBe(true);
    expect(rows.filter((r: any) => r.status === 'IN_PROGRESS')).toHaveLength(4);
    await expectChainHolds();
  });

  it('the reopened chain reports again, once per level: townships, the co-unit, then 睢县 composed anew', async () => {
    // 睢县 cannot report before its reopened townships have.
    expect(codeOf(await as('suixian_supervisor', REPORT, { a: county, c: '汇总' }))).toBe('CONFLICT');
    for (const [reporter, head, id, x, office] of [
      ['chengguan_liaison', 'chengguan_head', share.chengguan, 50, 'suixian_supervisor'],
      ['head_411422100', 'head_411422100', share.changgang, 30, 'suixian_supervisor'],
      ['caizheng_liaison', 'caizheng_head', coUnit, 20, 'city_supervisor'],
    ] as const) {
      const { submitReport } = await ok(reporter, REPORT, { a: id, c: `路灯修复，完成${x}处`, x });
      await ok(head, SIGN, { r: submitReport.id });
      await ok(office, ACCEPT, { r: submitReport.id });
    }
    const { reportDraft } = await ok(
      'suixian_supervisor',
      `query($a: ID!) { reportDraft(assignmentId: $a) { openChildren achieved citations { kind achieved } } }`,
      { a: county },
    );
    expect(reportDraft).toMatchObject({ openChildren: 0, achieved: 80 });
    expect(reportDraft.citations).toHaveLength(3);
    const { submitReport } = await ok('suixian_supervisor', REPORT, { a: county, c: '复查整改完成' });
    await ok('suixian_head', SIGN, { r: submitReport.id });
    await ok('city_supervisor', ACCEPT, { r: submitReport.id });
    const { supervisionItem } = await ok(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { status reopenCount rollup { achieved target } } }`,
      { i: itemId },
    );
    expect(supervisionItem).toEqual({
      status: 'AWAITING_FEEDBACK',
      reopenCount: 1,
      rollup: { achieved: 100, target: 100 },
    });
    await expectChainHolds();
  });
});
