/**
 * The whole 督查 lifecycle through GraphQL on the real 商丘市 tree: the city office registers a 常委会
 * decision, assigns 睢县 a quantified share and cascades to every 县直 unit; 睢县 splits its share
 * among its 20 townships; townships sign for it and report; heads sign; one report is returned and
 * redone; one extension is granted; the sweeper chases an overdue unit up to its head. After every
 * step the incremental roll-up must equal a full recount, and each user sees only their subtree.
 *
 * Over 400 lines on purpose: one scenario, read top to bottom, where each step starts from the last.
 */
import { DataSource } from 'typeorm';
import {
  AssignmentStore,
  AuditService,
  DeadlineSweepService,
  OutboxService,
  rollupDifferences,
  RollupService,
  verifyAuditChains,
} from '@duban/domain';
import { bootApi, codeOf, testDataSources, TestApi } from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let app: DataSource;
let close: () => Promise<void>;
const token: Record<string, string> = {};
const unit: Record<string, string> = {};
const t0 = Date.now();

const ROLLUP = `total assigned inProgress awaitingSignature underReview done overdue returned completionRate
  onTimeRate progressPercent light lightReason target achieved`;

/** Runs an operation as a demo user and fails the test on any GraphQL error. */
async function as<T = any>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await api.gql<T>(query, variables, { token: token[user] });
  if (r.errors) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

async function rollupAt(user: string, orgUnitId: string, itemId: string) {
  const d = await as(
    user,
    `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { ${ROLLUP} } }`,
    {
      u: orgUnitId,
      i: itemId,
    },
  );
  return d.progressRollup;
}

/** The worker's sweeper, in-process on the app role's connection (as the worker runs it). */
const newSweeper = () =>
  new DeadlineSweepService(
    app,
    new AssignmentStore(new AuditService(), new RollupService()),
    new OutboxService(),
  );

/** The invariant of the design: incremental counters == a recount from the assignments. */
async function expectRollupMatchesRecount(itemId: string) {
  expect(await rollupDifferences((sql, p) => owner.query(sql, p), itemId)).toEqual([]);
}

async function assignmentOf(itemId: string, unitId: string): Promise<string> {
  const [row] = await owner.query(`SELECT id FROM assignment WHERE item_id = $1 AND unit_id = $2`, [
    itemId,
    unitId,
  ]);
  return String(row.id);
}

async function reportAndSign(
  liaison: string,
  head: string,
  assignmentId: string,
  content: string,
  achieved: number,
) {
  const { submitReport } = await as(
    liaison,
    `mutation($a: ID!, $c: String!, $x: Float) { submitReport(assignmentId: $a, input: { content: $c, achieved: $x }) { id status } }`,
    { a: assignmentId, c: content, x: achieved },
  );
  expect(submitReport.status).toBe('AWAITING_SIGNATURE');
  const { signReport } = await as(
    head,
    `mutation($r: ID!) { signReport(reportId: $r) { id status signedAt } }`,
    {
      r: submitReport.id,
    },
  );
  expect(signReport.status).toBe('UNDER_REVIEW');
  return signReport.id as string;
}

const CHECKLIST_OK = { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true };
const REVIEW = `mutation($r: ID!, $d: ReviewDecision!, $c: ReviewChecklistInput!, $m: String) {
  reviewReport(reportId: $r, decision: $d, checklist: $c, comment: $m) { id status reviewComment } }`;

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of [
    'city_supervisor',
    'city_leader',
    'suixian_supervisor',
    'chengguan_liaison',
    'chengguan_head',
    'baimiao_liaison',
    'baimiao_head',
    'caizheng_liaison',
    'caizheng_head',
  ])
    token[u] = await api.login(u);
  const rows = await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('4114', '411422', '411422105', '411422206')`,
  );
  for (const r of rows) unit[r.code] = String(r.id);
  const [caizheng] = await owner.query(`SELECT id FROM org_unit WHERE name = '睢县财政局'`);
  unit.caizheng = String(caizheng.id);
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('the supervision lifecycle on the 商丘市 tree', () => {
  let itemId: string;
  let countyDeptCount: number;
  let suixianAssignment: string;
  const townshipIds: string[] = [];

  it('立项: registers a 常委会 decision with an official number', async () => {
    const { createSupervisionItem: item } = await as(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id regNumber status deadline } }`,
      {
        i: {
          title: '农村公路提质改造三年行动',
          source: 'COMMITTEE_DECISION',
          content: '市委常委会研究决定，年内完成农村公路提质改造100公里。',
          requirements: '每月25日前报送进度',
          deadline: new Date(t0 + 20 * DAY).toISOString(),
          target: 100,
          targetUnit: '公里',
          rollupPolicy: 'WEIGHTED',
          leaderName: '李书记',
          responsiblePerson: '市交通运输局 张局长',
        },
      },
    );
    expect(item.regNumber).toMatch(/^商督〔20\d\d〕\d+号$/);
    expect(item.status).toBe('REGISTERED');
    itemId = item.id;
  });

  it('交办: 睢县 gets the quantified share and every 县直 unit is cascaded in one statement', async () => {
    [{ n: countyDeptCount }] = await owner.query(
      `SELECT count(*)::int AS n FROM org_unit WHERE parent_id = $1 AND kind = 'DEPARTMENT' AND subtype = '县直'`,
      [unit['411422']],
    );
    expect(countyDeptCount).toBeGreaterThan(50);
    const { previewAssignment } = await as(
      'city_supervisor',
      `query($c: [CascadeSelector!]) { previewAssignment(cascade: $c) }`,
      { c: [{ underUnitId: unit['411422'], kind: 'DEPARTMENT', subtype: '县直' }] },
    );
    expect(previewAssignment).toBe(countyDeptCount);

    const { assignItem } = await as(
      'city_supervisor',
      `mutation($i: ID!, $s: [ShareInput!], $c: [CascadeSelector!], $d: DateTime) {
         assignItem(itemId: $i, shares: $s, cascade: $c, deadline: $d) { count item { status } } }`,
      {
        i: itemId,
        s: [{ unitId: unit['411422'], target: 100 }],
        c: [{ underUnitId: unit['411422'], kind: 'DEPARTMENT', subtype: '县直' }],
        d: new Date(t0 + 15 * DAY).toISOString(),
      },
    );
    expect(assignItem).toEqual({ count: countyDeptCount + 1, item: { status: 'IN_PROGRESS' } });
    await expectRollupMatchesRecount(itemId);
    const city = await rollupAt('city_leader', unit['4114'], itemId);
    expect(city).toMatchObject({
      total: countyDeptCount + 1,
      assigned: countyDeptCount + 1,
      done: 0,
      light: 'GREEN',
    });
  });

  it('a later child deadline than the parent’s is refused and changes nothing', async () => {
    const before = await owner.query(`SELECT count(*)::int AS n FROM assignment WHERE item_id = $1`, [
      itemId,
    ]);
    const r = await api.gql(
      `mutation($i: ID!, $t: [ID!], $d: DateTime) { assignItem(itemId: $i, targets: $t, deadline: $d) { count } }`,
      { i: itemId, t: [unit['411422105']], d: new Date(t0 + 40 * DAY).toISOString() },
      { token: token.city_supervisor },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(
      await owner.query(`SELECT count(*)::int AS n FROM assignment WHERE item_id = $1`, [itemId]),
    ).toEqual(before);
  });

  it('转办/分解: 睢县 signs for its share and splits 100 km across its 20 townships', async () => {
    suixianAssignment = await assignmentOf(itemId, unit['411422']);
    await as('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, {
      a: suixianAssignment,
    });
    const { orgUnits } = await as(
      'suixian_supervisor',
      `query($p: ID!) { orgUnits(parentId: $p, kind: TOWNSHIP, first: 50) { totalCount edges { node { id name } } } }`,
      { p: unit['411422'] },
    );
    expect(orgUnits.totalCount).toBe(20);
    townshipIds.push(...orgUnits.edges.map((e: any) => e.node.id));

    // Shares that do not add up are refused.
    const bad = await api.gql(
      `mutation($a: ID!, $t: [ShareInput!]) { delegateAssignment(id: $a, targets: $t) { count } }`,
      { a: suixianAssignment, t: townshipIds.map((id) => ({ unitId: id, target: 4 })) },
      { token: token.suixian_supervisor },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');

    const { delegateAssignment } = await as(
      'suixian_supervisor',
      `mutation($a: ID!, $t: [ShareInput!]) { delegateAssignment(id: $a, targets: $t) { count assignment { split } } }`,
      { a: suixianAssignment, t: townshipIds.map((id) => ({ unitId: id, target: 5 })) },
    );
    expect(delegateAssignment).toEqual({ count: 20, assignment: { split: true } });
    await expectRollupMatchesRecount(itemId);
    // The split county assignment is a container: the county now counts its 20 townships instead.
    const county = await rollupAt('suixian_supervisor', unit['411422'], itemId);
    expect(county).toMatchObject({ total: countyDeptCount + 20, target: 100 });
    const city = await rollupAt('city_supervisor', unit['4114'], itemId);
    expect(city.total).toBe(countyDeptCount + 20);
  });

  it('each user sees only their subtree', async () => {
    const baimiao = await assignmentOf(itemId, unit['411422206']);
    const mine = await as(
      'chengguan_liaison',
      `{ myAssignments(first: 100) { edges { node { itemId unit { name } } } } }`,
    );
    // Other suites share this database: look at this item, and at the unit of everything listed.
    const inbox = mine.myAssignments.edges.map((e: any) => e.node);
    expect(inbox.filter((n: any) => n.itemId === itemId)).toHaveLength(1);
    expect(new Set(inbox.map((n: any) => n.unit.name))).toEqual(new Set(['城关镇']));
    const probe = await as(
      'chengguan_liaison',
      `query($a: ID!, $u: ID!, $i: ID) { assignment(id: $a) { id } orgUnit(id: $u) { rollup(itemId: $i) { total } } }`,
      { a: baimiao, u: unit['411422206'], i: itemId },
    );
    expect(probe).toEqual({ assignment: null, orgUnit: null });
    const sibling = await api.gql(
      `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { total } }`,
      { u: unit['411422206'], i: itemId },
      { token: token.chengguan_liaison },
    );
    expect(sibling.data?.progressRollup ?? null).toBeNull();
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(sibling));
  });

  it('签收 → 进度 → 报告 → 一把手签字 → 审理办结 for 城关镇; an unsigned report cannot be reviewed', async () => {
    const a = await assignmentOf(itemId, unit['411422105']);
    await as('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, { a });
    const { submitProgress } = await as(
      'chengguan_liaison',
      `mutation($a: ID!) { submitProgress(assignmentId: $a, input: { percent: 60, achieved: 3, text: "已完成3公里路基" }) { progressPercent achieved } }`,
      { a },
    );
    expect(submitProgress).toEqual({ progressPercent: 60, achieved: 3 });
    await expectRollupMatchesRecount(itemId);

    const { submitReport } = await as(
      'chengguan_liaison',
      `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "5公里全部完工并验收", achieved: 5 }) { id status } }`,
      { a },
    );
    const unsigned = await api.gql(
      REVIEW,
      { r: submitReport.id, d: 'ACCEPT', c: CHECKLIST_OK },
      { token: token.suixian_supervisor },
    );
    expect(codeOf(unsigned)).toBe('CONFLICT');
    expect(unsigned.errors![0].message).toMatch(/签字/);
    // A liaison cannot sign in the head's place.
    expect(
      codeOf(
        await api.gql(
          `mutation($r: ID!) { signReport(reportId: $r) { id } }`,
          { r: submitReport.id },
          {
            token: token.chengguan_liaison,
          },
        ),
      ),
    ).toBe('FORBIDDEN');
    await as('chengguan_head', `mutation($r: ID!) { signReport(reportId: $r) { status } }`, {
      r: submitReport.id,
    });
    const { reportQueue } = await as(
      'suixian_supervisor',
      `{ reportQueue(kind: REVIEW) { id item { title } assignment { unit { name } } } }`,
    );
    expect(reportQueue).toContainEqual({
      id: submitReport.id,
      item: { title: '农村公路提质改造三年行动' },
      assignment: { unit: { name: '城关镇' } },
    });
    const { reviewReport } = await as('suixian_supervisor', REVIEW, {
      r: submitReport.id,
      d: 'ACCEPT',
      c: CHECKLIST_OK,
    });
    expect(reviewReport.status).toBe('ACCEPTED');
    await expectRollupMatchesRecount(itemId);
    const township = await rollupAt('chengguan_liaison', unit['411422105'], itemId);
    expect(township).toMatchObject({ total: 1, done: 1, completionRate: 1, onTimeRate: 1, light: 'GREEN' });
    const county = await rollupAt('suixian_supervisor', unit['411422'], itemId);
    expect(county).toMatchObject({ done: 1, achieved: 5 });
  });

  it('退回重办: 白庙乡’s report fails the 四看 and is returned with the reason, then redone and accepted', async () => {
    const a = await assignmentOf(itemId, unit['411422206']);
    await as('baimiao_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, { a });
    const first = await reportAndSign('baimiao_liaison', 'baimiao_head', a, '已完成', 5);
    // Returning needs a reason.
    const noReason = await api.gql(
      REVIEW,
      { r: first, d: 'RETURN', c: { ...CHECKLIST_OK, problemSolved: false } },
      { token: token.suixian_supervisor },
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const { reviewReport } = await as('suixian_supervisor', REVIEW, {
      r: first,
      d: 'RETURN',
      c: { ...CHECKLIST_OK, problemSolved: false },
      m: '现场核查仅完成2公里，问题未解决',
    });
    expect(reviewReport).toMatchObject({
      status: 'RETURNED',
      reviewComment: '现场核查仅完成2公里，问题未解决',
    });
    const { assignment } = await as(
      'baimiao_liaison',
      `query($a: ID!) { assignment(id: $a) { status returned light lightReason } }`,
      { a },
    );
    expect(assignment).toMatchObject({ status: 'IN_PROGRESS', returned: true, light: 'RED' });
    await expectRollupMatchesRecount(itemId);
    expect(await rollupAt('suixian_supervisor', unit['411422'], itemId)).toMatchObject({
      returned: 1,
      light: 'RED',
    });

    const second = await reportAndSign('baimiao_liaison', 'baimiao_head', a, '补齐3公里，5公里全部完工', 5);
    await as('suixian_supervisor', REVIEW, { r: second, d: 'ACCEPT', c: CHECKLIST_OK });
    await expectRollupMatchesRecount(itemId);
    expect(await rollupAt('suixian_supervisor', unit['411422'], itemId)).toMatchObject({
      returned: 0,
      done: 2,
      achieved: 10,
    });
  });

  it('延期申请: 睢县财政局 asks for three more days and the city office grants it', async () => {
    const a = await assignmentOf(itemId, unit.caizheng);
    await as('caizheng_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, { a });
    const wanted = new Date(t0 + 18 * DAY).toISOString();
    const { requestExtension } = await as(
      'caizheng_liaison',
      `mutation($a: ID!, $d: DateTime!) { requestExtension(assignmentId: $a, reason: "资金拨付需走完审批流程", newDeadline: $d) { id status } }`,
      { a, d: wanted },
    );
    expect(requestExtension.status).toBe('PENDING');
    const { pendingExtensionRequests } = await as('city_supervisor', `{ pendingExtensionRequests { id } }`);
    expect(pendingExtensionRequests.map((r: any) => r.id)).toContain(requestExtension.id);
    // Only the assigning office decides.
    const notIssuer = await api.gql(
      `mutation($r: ID!) { decideExtension(requestId: $r, approve: true) { status } }`,
      { r: requestExtension.id },
      { token: token.suixian_supervisor },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(notIssuer));
    const { decideExtension } = await as(
      'city_supervisor',
      `mutation($r: ID!) { decideExtension(requestId: $r, approve: true, comment: "同意") { status } }`,
      { r: requestExtension.id },
    );
    expect(decideExtension.status).toBe('APPROVED');
    const { assignment } = await as(
      'caizheng_liaison',
      `query($a: ID!) { assignment(id: $a) { deadline extensionPending } }`,
      {
        a,
      },
    );
    expect(assignment).toEqual({ deadline: wanted, extensionPending: false });
    await expectRollupMatchesRecount(itemId);
  });

  it('序时进度: as the period elapses, untouched assignments turn yellow with the figures, without any write by a user', async () => {
    const sweeper = newSweeper();
    // Two thirds into the 15-day period; 城关镇 and 白庙乡 are done, 财政局 was extended.
    const refreshed = await sweeper.refreshLights(new Date(t0 + 10 * DAY));
    expect(refreshed.changed).toBeGreaterThanOrEqual(countyDeptCount - 1);
    const a = await assignmentOf(
      itemId,
      (await owner.query(`SELECT id FROM org_unit WHERE name = '睢县县委办公室'`))[0].id,
    );
    const { assignment } = await as(
      'suixian_supervisor',
      `query($a: ID!) { assignment(id: $a) { light lightReason } }`,
      {
        a,
      },
    );
    expect(assignment.light).toBe('YELLOW');
    // 县委办公室 never signed for it either: past the 签收时限 (two working days) that is yellow too.
    expect(assignment.lightReason).toMatch(/^逾期未签收（[5-8]天）；进度0%，序时进度6[67]%$/);
    await expectRollupMatchesRecount(itemId);
    // A second pass at the same moment changes nothing.
    expect((await sweeper.refreshLights(new Date(t0 + 10 * DAY))).changed).toBe(0);
  });

  it('the deadline sweeper marks the rest overdue, chases them up to the head, and reminds 财政局 before its new deadline', async () => {
    const sweeper = newSweeper();
    // Just past the 15-day deadline, at 10:00 Shanghai (outside quiet hours).
    const past = new Date(t0 + 15 * DAY + 3_600_000);
    const noticesOfItem = async () => {
      const rows = await owner.query(
        `SELECT n.kind, count(*)::int AS n FROM urge_notice n JOIN assignment a ON a.id = n.assignment_id
          WHERE a.item_id = $1 GROUP BY n.kind`,
        [itemId],
      );
      return Object.fromEntries(rows.map((r: any) => [r.kind, r.n]));
    };
    const quiet = { quietHours: { start: 0, end: 0 } };
    // Open assignments of this item past the 15-day deadline (财政局 was extended to 18 days).
    const [{ n: open }] = await owner.query(
      `SELECT count(*)::int AS n FROM assignment WHERE item_id = $1 AND NOT split AND status NOT IN ('DONE','WITHDRAWN')
         AND deadline < $2`,
      [itemId, past],
    );
    expect(open).toBe(countyDeptCount + 20 - 2 - 1);
    // The sweep covers every tenant and item in this shared database; assert on this item's rows.
    const first = await sweeper.sweep(past, quiet);
    expect(first.overdueMarked).toBeGreaterThanOrEqual(open);
    expect(await noticesOfItem()).toEqual({ OVERDUE_NOTICE: open, REMINDER: 1 });
    const [{ n: marked }] = await owner.query(
      `SELECT count(*)::int AS n FROM assignment WHERE item_id = $1 AND overdue AND light = 'RED'`,
      [itemId],
    );
    expect(marked).toBe(open);
    const [caizheng] = await owner.query(
      `SELECT reminder_stage, overdue FROM assignment WHERE item_id = $1 AND unit_id = $2`,
      [itemId, unit.caizheng],
    );
    expect(caizheng).toEqual({ reminder_stage: 'DUE_SOON', overdue: false });
    await expectRollupMatchesRecount(itemId);
    const county = await rollupAt('suixian_supervisor', unit['411422'], itemId);
    expect(county.overdue).toBe(open);
    expect(county.light).toBe('RED');
    expect(county.lightReason).toMatch(/逾期/);

    // Sweeping again at once changes nothing; a day later the notice climbs to the unit head.
    await sweeper.sweep(new Date(past.getTime() + 60_000), quiet);
    expect(await noticesOfItem()).toEqual({ OVERDUE_NOTICE: open, REMINDER: 1 });
    await sweeper.sweep(new Date(past.getTime() + DAY + 60_000), quiet);
    expect(await noticesOfItem()).toEqual({ OVERDUE_NOTICE: open, ESCALATION: open, REMINDER: 1 });
    const notices = await owner.query(
      `SELECT n.kind, n.target, n.number FROM urge_notice n JOIN assignment a ON a.id = n.assignment_id
        WHERE a.item_id = $1 AND a.unit_id = (SELECT id FROM org_unit WHERE name = '睢县县委办公室') ORDER BY n.id`,
      [itemId],
    );
    expect(notices.map((n: any) => [n.kind, n.target])).toEqual([
      ['OVERDUE_NOTICE', 'LIAISON'],
      ['ESCALATION', 'HEAD'],
    ]);
    expect(notices[0].number).toMatch(/^商督催〔20\d\d〕\d+号$/);
    const [{ n: events }] = await owner.query(
      `SELECT count(*)::int AS n FROM outbox WHERE topic = 'assignment.urged' AND payload->>'itemId' = $1`,
      [itemId],
    );
    expect(events).toBe(2 * open + 1);
    await expectRollupMatchesRecount(itemId);
  });

  it('台账: filters, count-only pages and the timeline with who did what', async () => {
    const LEDGER = `query($f: SupervisionItemFilter, $n: Int) {
      supervisionItems(filter: $f, first: $n) { totalCount edges { node { id } } } }`;
    const count = async (user: string, f: Record<string, unknown>) => {
      const d = await as(user, LEDGER, { f, n: 0 });
      expect(d.supervisionItems.edges).toEqual([]);
      return d.supervisionItems.totalCount as number;
    };
    const ids = async (user: string, f: Record<string, unknown>) =>
      (await as(user, LEDGER, { f, n: 200 })).supervisionItems.edges.map((e: any) => e.node.id);
    expect(
      await ids('city_supervisor', { keyword: '农村公路', source: ['COMMITTEE_DECISION'], overdue: true }),
    ).toContain(itemId);
    expect(await ids('city_supervisor', { keyword: '农村公路', overdue: false })).not.toContain(itemId);
    expect(await ids('city_supervisor', { keyword: '商督〔' })).toContain(itemId);
    expect(await count('city_supervisor', { keyword: '农村公路', source: ['HOTLINE'] })).toBe(0);
    // A township sees the item (assigned into its subtree).
    expect(await ids('chengguan_liaison', { keyword: '农村公路' })).toEqual([itemId]);

    const { supervisionItem } = await as(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { events(first: 200) { edges { node { action actorName } } } } }`,
      { i: itemId },
    );
    const registered = supervisionItem.events.edges.find((e: any) => e.node.action === 'item.registered');
    expect(registered.node.actorName).toBe('市督查室 王督查');
  });

  it('the city leader sees the cross-level picture in one query', async () => {
    const { orgUnit } = await as(
      'city_leader',
      `query($u: ID!, $i: ID) { orgUnit(id: $u) { name rollup(itemId: $i) { total done overdue }
          children(kind: COUNTY) { name rollup(itemId: $i) { total done } } } }`,
      { u: unit['4114'], i: itemId },
    );
    expect(orgUnit.rollup.done).toBe(2);
    const suixian = orgUnit.children.find((c: any) => c.name === '睢县');
    expect(suixian.rollup).toEqual({ total: countyDeptCount + 20, done: 2 });
    expect(
      orgUnit.children
        .filter((c: any) => c.name !== '睢县')
        .every((c: any) => c.rollup === null || c.rollup.total === 0),
    ).toBe(true);
  });

  it('人工调整灯色: a leader overrides 睢县’s light only with a reason, logged; clearing restores the computed light', async () => {
    const OVERRIDE = `mutation($i: ID!, $u: ID!, $l: Light, $r: String!) {
      overrideRollupLight(itemId: $i, orgUnitId: $u, light: $l, reason: $r) { light lightReason lightOverridden } }`;
    const vars = { i: itemId, u: unit['411422'], l: 'YELLOW', r: '已现场督导，整改方案可行' };
    const noReason = await api.gql(OVERRIDE, { ...vars, r: '  ' }, { token: token.city_leader });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].message).toMatch(/理由/);
    expect(codeOf(await api.gql(OVERRIDE, vars, { token: token.chengguan_liaison }))).toBe('FORBIDDEN');
    // Not above one's own unit: 睢县's supervisor cannot restyle the city.
    expect(
      codeOf(await api.gql(OVERRIDE, { ...vars, u: unit['4114'] }, { token: token.suixian_supervisor })),
    ).toBe('NOT_FOUND');
    expect(await owner.query(`SELECT * FROM rollup_override WHERE item_id = $1`, [itemId])).toEqual([]);

    const { overrideRollupLight } = await as('city_leader', OVERRIDE, vars);
    expect(overrideRollupLight).toEqual({
      light: 'YELLOW',
      lightReason: '人工调整：已现场督导，整改方案可行',
      lightOverridden: true,
    });
    // Everyone who sees 睢县's roll-up sees the override and its reason; counts are untouched.
    const seen = await rollupAt('suixian_supervisor', unit['411422'], itemId);
    expect(seen).toMatchObject({ light: 'YELLOW', done: 2 });
    const [logged] = await owner.query(
      `SELECT action, text FROM audit_event WHERE chain_key = $1 ORDER BY id DESC LIMIT 1`,
      [`rollup:${itemId}:${unit['411422']}`],
    );
    expect(logged).toEqual({ action: 'rollup.light_overridden', text: '已现场督导，整改方案可行' });

    const cleared = await as('city_leader', OVERRIDE, { ...vars, l: null, r: '督导结束' });
    expect(cleared.overrideRollupLight).toMatchObject({ light: 'RED', lightOverridden: false });
    await expectRollupMatchesRecount(itemId);
  });

  it('the audit trail verifies, and an edit made behind the application’s back is detected', async () => {
    const query = (sql: string, p?: unknown[]) => owner.query(sql, p);
    const clean = await verifyAuditChains(query);
    expect(clean.broken).toEqual([]);
    expect(clean.events).toBeGreaterThan(100);
    const [victim] = await owner.query(
      `SELECT id, chain_key FROM audit_event WHERE item_id = $1 AND action = 'report.returned' LIMIT 1`,
      [itemId],
    );
    expect(victim).toBeDefined();
    await owner.query(`UPDATE audit_event SET text = '审核通过' WHERE id = $1`, [victim.id]);
    const tampered = await verifyAuditChains(query);
    expect(tampered.broken).toEqual([{ chainKey: victim.chain_key, eventId: String(victim.id) }]);
  });
});

describe('年度目标 by phase: the light follows the 节点计划', () => {
  // 'YYYY-MM-DD' in China time, `days` from t0, and the moment just after that China day ends.
  const dayOf = (days: number) => new Date(t0 + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
  const after = (days: number) => new Date(new Date(`${dayOf(days)}T23:59:59+08:00`).getTime() + 60_000);
  const PROGRESS = `mutation($a: ID!, $p: Float!, $s: Int) {
    submitProgress(assignmentId: $a, input: { percent: $p, text: "按节点推进", milestoneSeq: $s }) { id } }`;
  const STANDING = `query($a: ID!) { assignment(id: $a) { light lightReason milestones { seq cleared } } }`;

  it('a unit below plan at milestone 2 is yellow naming it; reaching it clears it and the light turns green', async () => {
    const { createSupervisionItem: item } = await as(
      'suixian_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: {
          title: '年度目标：城关镇污水管网',
          source: 'ANNUAL_TARGET',
          content: '全年分三个节点完成。',
          deadline: new Date(t0 + 120 * DAY).toISOString(),
          milestones: [
            { dueOn: dayOf(30), plannedPercent: 25 },
            { dueOn: dayOf(60), plannedPercent: 60 },
            { dueOn: dayOf(90), plannedPercent: 85 },
          ],
        },
      },
    );
    await as(
      'suixian_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      {
        i: item.id,
        t: [unit['411422105']],
      },
    );
    const a = await assignmentOf(item.id, unit['411422105']);
    await as('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a });
    await as('chengguan_liaison', PROGRESS, { a, p: 40, s: 2 });
    const sweeper = newSweeper();
    await sweeper.refreshLights(after(60), 1000, item.id);
    const [, month, day] = dayOf(60).split('-').map(Number);
    const behind = (await as('chengguan_liaison', STANDING, { a })).assignment;
    expect(behind).toMatchObject({
      light: 'YELLOW',
      lightReason: `第2节点（${month}月${day}日）计划60%，实际40%`,
    });
    expect(behind.milestones).toEqual([
      { seq: 1, cleared: true },
      { seq: 2, cleared: false },
      { seq: 3, cleared: false },
    ]);
    await expectRollupMatchesRecount(item.id);

    await as('chengguan_liaison', PROGRESS, { a, p: 60, s: 2 });
    await sweeper.refreshLights(after(60), 1000, item.id);
    const caughtUp = (await as('chengguan_liaison', STANDING, { a })).assignment;
    expect(caughtUp.light).toBe('GREEN');
    expect(caughtUp.milestones.map((m: { cleared: boolean }) => m.cleared)).toEqual([true, true, false]);
    await expectRollupMatchesRecount(item.id);
  });
});
