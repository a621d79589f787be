/**
 * 工作台 on the real 商丘市 tree, through GraphQL, in a database of its own: 宁陵县 gets a supervisor
 * and a leader, one of its townships a liaison and a head. The county hands the township a handful of
 * items and takes each to a different point of the chain (待签收, 办理中, 临期, 待签字, 待审核, 退回重办,
 * 办结, 延期申请, 上报协调, 逾期). Each role's sections must count and list exactly what its dedicated queue
 * returns; a user of another county (柘城县) sees none of it; the leader's since-last-visit window stays
 * put during a visit and moves with the next one.
 */
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import {
  AssignmentStore,
  AuditService,
  NotificationDelivery,
  RollupService,
  assignmentRepository,
} from '@duban/domain';
import { loadConfig, redisOptions, withSession } from '@duban/platform';
import { classifyDeadline, isAssignmentOpen, startOfShanghaiDay, shanghaiDayNumber } from '@duban/rules';
import {
  bootPrivateRun,
  deliverEvents,
  expectRollupMatchesRecount,
  scopeOf,
  PrivateRun,
  TestApi,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
const PASSWORD = 'Workbench2026x';
type User = 'wb_supervisor' | 'wb_leader' | 'wb_liaison' | 'wb_head' | 'wb_other';

let run: PrivateRun;
let api: TestApi;
let owner: DataSource;
let app: DataSource;
let redis: IORedis;
let delivery: NotificationDelivery;
const token: Partial<Record<User, string>> = {};
const { ok } = usersOf<User>(() => api, token);
const t0 = Date.now();
const at = (days: number) => new Date(t0 + days * DAY).toISOString();

let county: string;
let township: string;
/** Assignment (a…), report (r…), request (x…) and item ids by the step they stopped at. */
const ids: Record<string, string> = {};

const WORKBENCH = `{ workbench { since firstVisit asOf sections { kind count urgent
  changes { kind count }
  rows { id itemId regNumber title assignmentId reportId unitId unitName deadline deadlineClass requestedDeadline
         status itemStatus light lightReason at text change } } } }`;
const CHECKLIST = `{ factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }`;

async function workbench(user: User) {
  return (await ok(user, WORKBENCH)).workbench;
}
async function section(user: User, kind: string) {
  return (await workbench(user)).sections.find((s: any) => s.kind === kind);
}
const kinds = async (user: User) => (await workbench(user)).sections.map((s: any) => s.kind);
const sorted = (xs: string[]) => [...xs].sort();

/** 立项 by the county and 交办 to the township; returns item and assignment ids. */
async function handDown(title: string, days: number): Promise<{ item: string; a: string }> {
  const { createSupervisionItem } = await ok(
    'wb_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title, source: 'ANNUAL_TARGET', content: `${title}，按期办结。`, deadline: at(days) } },
  );
  const item = String(createSupervisionItem.id);
  await ok(
    'wb_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: item,
      t: [township],
    },
  );
  const [{ id }] = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [item]);
  return { item, a: id };
}
const accept = (a: string) =>
  ok('wb_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a });
async function submit(a: string): Promise<string> {
  const { submitReport } = await ok(
    'wb_liaison',
    `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "已按要求办理完毕" }) { id } }`,
    { a },
  );
  return String(submitReport.id);
}
const sign = (r: string) => ok('wb_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, { r });
const review = (r: string, decision: 'ACCEPT' | 'RETURN') =>
  ok(
    'wb_supervisor',
    `mutation($r: ID!, $d: ReviewDecision!) {
      reviewReport(reportId: $r, decision: $d, checklist: ${CHECKLIST}, comment: "请补充佐证材料") { id } }`,
    { r, d: decision },
  );

/** The liaison's unit's assignments as the inbox (待办) lists them, every page. */
async function inbox(status: string[] | null) {
  const d = await ok(
    'wb_liaison',
    `query($s: [AssignmentStatus!]) { myAssignments(status: $s, first: 200) {
      totalCount edges { node { id deadline status returned notApplicable } } } }`,
    { s: status },
  );
  return d.myAssignments as { totalCount: number; edges: { node: any }[] };
}

beforeAll(async () => {
  // A database of its own: the notification suite counts every liaison of 宁陵县 in the shared one.
  run = await bootPrivateRun('workbench');
  ({ app, owner, api } = run);
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL!));
  delivery = new NotificationDelivery(app, redis, config);
  const units = await owner.query(
    `SELECT t.id::text, t.code, c.id::text AS county FROM org_unit t JOIN org_unit c ON c.id = t.parent_id
      WHERE c.code = '411423' AND t.kind = 'TOWNSHIP' ORDER BY t.code LIMIT 1`,
  );
  [{ id: township, county }] = units;
  const [other] = await owner.query(`SELECT id::text FROM org_unit WHERE code = '411424'`);
  const admin = await api.login('admin');
  const people: [User, string, string, string[]][] = [
    ['wb_supervisor', '宁陵县督查室 工作台', county, ['SUPERVISOR']],
    ['wb_leader', '宁陵县 领导', county, ['LEADER']],
    ['wb_liaison', '乡镇联络员', township, ['LIAISON']],
    ['wb_head', '乡镇党委书记', township, ['HEAD']],
    // Every role at once, in another county: whatever it holds is not 宁陵县's.
    ['wb_other', '柘城县 全角色', other.id, ['LIAISON', 'HEAD', 'SUPERVISOR', 'LEADER']],
  ];
  for (const [username, displayName, orgUnitId, roles] of people) {
    const r = await api.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      {
        i: { username, displayName, orgUnitId, roles, password: PASSWORD },
      },
      { token: admin },
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    token[username] = await api.login(username, PASSWORD);
  }

  // One item per point of the chain.
  ({ a: ids.toAccept } = await handDown('工作台·待签收', 20));
  ({ a: ids.plain } = await handDown('工作台·办理中', 20));
  ({ a: ids.dueSoon } = await handDown('工作台·临期', 2));
  let item: string;
  ({ a: ids.toSign } = await handDown('工作台·待签字', 20));
  ({ a: ids.toReview, item: ids.toReviewItem } = await handDown('工作台·待审核', 20));
  ({ a: ids.returned } = await handDown('工作台·退回重办', 20));
  ({ a: ids.done, item } = await handDown('工作台·办结', 20));
  ids.doneItem = item;
  ({ a: ids.extension } = await handDown('工作台·延期', 20));
  ({ a: ids.escalated } = await handDown('工作台·上报协调', 20));
  ({ a: ids.overdue } = await handDown('工作台·逾期', 20));
  for (const k of [
    'plain',
    'dueSoon',
    'toSign',
    'toReview',
    'returned',
    'done',
    'extension',
    'escalated',
    'overdue',
  ])
    await accept(ids[k]);
  ids.r4 = await submit(ids.toSign);
  ids.r5 = await submit(ids.toReview);
  await sign(ids.r5);
  ids.r6 = await submit(ids.returned);
  await sign(ids.r6);
  await review(ids.r6, 'RETURN');
  ids.r7 = await submit(ids.done);
  await sign(ids.r7);
  await review(ids.r7, 'ACCEPT');
  const { requestExtension } = await ok(
    'wb_liaison',
    `mutation($a: ID!, $d: DateTime!) { requestExtension(assignmentId: $a, reason: "需要更多时间", newDeadline: $d) { id } }`,
    { a: ids.extension, d: at(25) },
  );
  ids.x8 = String(requestExtension.id);
  await ok(
    'wb_liaison',
    `mutation($a: ID!) { escalateAssignment(assignmentId: $a, reason: "需县里协调用地") { id } }`,
    {
      a: ids.escalated,
    },
  );
  // 逾期: the deadline moved into the past (as the owner), then marked overdue the way the sweeper does.
  await owner.query(`UPDATE assignment SET deadline = now() - interval '1 day' WHERE id = $1`, [ids.overdue]);
  const scope = await scopeOf(owner, '411423');
  const store = new AssignmentStore(new AuditService(), new RollupService());
  await withSession(app, scope, async (s) => {
    const em = await s.manager();
    const a = (await assignmentRepository.lock(em, ids.overdue))!;
    await store.save(em, null, a, { ...a, overdue: true }, 'assignment.overdue', '工作台测试：逾期');
  });
  await expectRollupMatchesRecount(
    owner,
    ...(
      await owner.query(`SELECT DISTINCT item_id::text AS id FROM assignment WHERE unit_id = $1`, [township])
    ).map((r: { id: string }) => r.id),
  );
  // Messages as the worker delivers them: the head hears of the report to sign, the liaison of the return.
  await deliverEvents(owner, delivery, 'report.submitted', ids.toSign);
  await deliverEvents(owner, delivery, 'report.returned', ids.returned);
});

afterAll(async () => {
  await run?.close();
  await redis?.quit();
});

describe('the liaison', () => {
  it('gets its unit’s own work and messages, nothing of the other roles', async () => {
    expect(sorted(await kinds('wb_liaison'))).toEqual(
      sorted(['DUE', 'RETURNED', 'TO_ACCEPT', 'IN_PROGRESS', 'MESSAGES']),
    );
  });

  it('counts 待签收 and 办理中 as the inbox does, soonest deadline first, five rows at most', async () => {
    for (const [kind, status] of [
      ['TO_ACCEPT', 'ASSIGNED'],
      ['IN_PROGRESS', 'IN_PROGRESS'],
    ]) {
      const s = await section('wb_liaison', kind);
      const queue = await inbox([status]);
      expect([kind, s.count]).toEqual([kind, queue.totalCount]);
      const expected = queue.edges
        .map((e) => e.node)
        .sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline) || Number(a.id) - Number(b.id))
        .slice(0, 5)
        .map((a) => a.id);
      expect(s.rows.map((r: any) => r.assignmentId)).toEqual(expected);
      for (const r of s.rows)
        expect(r).toMatchObject({ status, unitId: township, itemId: expect.any(String) });
    }
    expect((await section('wb_liaison', 'IN_PROGRESS')).count).toBe(6);
    expect((await section('wb_liaison', 'TO_ACCEPT')).rows[0]).toMatchObject({
      assignmentId: ids.toAccept,
      title: '工作台·待签收',
      deadlineClass: 'NONE',
    });
  });

  it('lists 临期/逾期 as the rules classify the inbox’s deadlines, and 退回重办', async () => {
    const all = (await inbox(null)).edges.map((e) => e.node);
    const now = new Date();
    const due = all.filter(
      (a) =>
        isAssignmentOpen(a.status) &&
        !a.notApplicable &&
        classifyDeadline(new Date(a.deadline), now) !== 'NONE',
    );
    const s = await section('wb_liaison', 'DUE');
    expect(s.count).toBe(due.length);
    expect(sorted(s.rows.map((r: any) => r.assignmentId))).toEqual(sorted([ids.dueSoon, ids.overdue]));
    expect(Object.fromEntries(s.rows.map((r: any) => [r.assignmentId, r.deadlineClass]))).toEqual({
      [ids.dueSoon]: 'DUE_SOON',
      [ids.overdue]: 'OVERDUE',
    });
    expect(s.urgent).toBe(true);
    const returned = await section('wb_liaison', 'RETURNED');
    expect(returned.count).toBe(all.filter((a) => a.returned && isAssignmentOpen(a.status)).length);
    expect(returned.rows.map((r: any) => [r.assignmentId, r.light])).toEqual([[ids.returned, 'RED']]);
  });

  it('shows the unread count and the latest unread messages of the bell', async () => {
    const s = await section('wb_liaison', 'MESSAGES');
    const d = await ok(
      'wb_liaison',
      `{ unreadNotificationCount notifications(unreadOnly: true, first: 5) { edges { node { id title itemId } } } }`,
    );
    expect(d.unreadNotificationCount).toBeGreaterThan(0);
    expect(s.count).toBe(d.unreadNotificationCount);
    expect(s.rows.map((r: any) => [r.id, r.title, r.itemId])).toEqual(
      d.notifications.edges.map((e: any) => [`MESSAGES:${e.node.id}`, e.node.title, e.node.itemId]),
    );
    // Each names the item it is about.
    for (const r of s.rows.filter((x: any) => x.itemId)) expect(r.text).toMatch(/^工作台·/);
  });
});

describe('the head', () => {
  it('gets 待签字 exactly as the signing queue has it, with the report to open', async () => {
    const s = await section('wb_head', 'TO_SIGN');
    const { reportQueue } = await ok('wb_head', `{ reportQueue(kind: SIGN) { id assignmentId } }`);
    expect(s.count).toBe(reportQueue.length);
    expect(s.rows.map((r: any) => [r.reportId, r.assignmentId])).toEqual(
      reportQueue.map((r: any) => [r.id, r.assignmentId]),
    );
    expect(s.rows.map((r: any) => r.reportId)).toEqual([ids.r4]);
    // One click away: the report the row names is readable by the head.
    const { report } = await ok('wb_head', `query($id: ID!) { report(id: $id) { content } }`, { id: ids.r4 });
    expect(report.content).toBe('已按要求办理完毕');
    // The unit's overdue and returned work is the head's concern too.
    expect(await kinds('wb_head')).toEqual(
      expect.arrayContaining(['TO_SIGN', 'DUE', 'RETURNED', 'MESSAGES']),
    );
    expect((await section('wb_head', 'MESSAGES')).count).toBe(
      (await ok('wb_head', `{ unreadNotificationCount }`)).unreadNotificationCount,
    );
  });
});

describe('the supervisor', () => {
  it('gets 待审核 and 延期申请 exactly as the review queue has them', async () => {
    const d = await ok(
      'wb_supervisor',
      `{ reportQueue(kind: REVIEW) { id } pendingExtensionRequests { id assignmentId reason requestedDeadline } }`,
    );
    const review = await section('wb_supervisor', 'TO_REVIEW');
    expect(review.count).toBe(d.reportQueue.length);
    expect(review.rows.map((r: any) => r.reportId)).toEqual(d.reportQueue.map((r: any) => r.id));
    expect(review.rows.map((r: any) => r.reportId)).toEqual([ids.r5]);
    const ext = await section('wb_supervisor', 'EXTENSIONS');
    expect(ext.count).toBe(d.pendingExtensionRequests.length);
    expect(ext.rows.map((r: any) => [r.id, r.assignmentId])).toEqual(
      d.pendingExtensionRequests.map((x: any) => [`EXTENSIONS:${x.id}`, x.assignmentId]),
    );
    expect(ext.rows.map((r: any) => [r.text, r.requestedDeadline])).toEqual(
      d.pendingExtensionRequests.map((x: any) => [x.reason, x.requestedDeadline]),
    );
    expect(ext.rows[0]).toMatchObject({ text: '需要更多时间', unitId: township, title: '工作台·延期' });
  });

  it('gets the 上报协调 it has to answer, as the assignment offers it', async () => {
    const s = await section('wb_supervisor', 'ESCALATIONS');
    expect(s.rows.map((r: any) => [r.assignmentId, r.text])).toEqual([[ids.escalated, '需县里协调用地']]);
    const { assignment } = await ok(
      'wb_supervisor',
      `query($id: ID!) { assignment(id: $id) { allowedActions escalations { id status } } }`,
      { id: ids.escalated },
    );
    expect(assignment.allowedActions).toContain('RESOLVE_ESCALATION');
    expect(s.rows[0].id).toBe(
      `ESCALATIONS:${assignment.escalations.find((e: any) => e.status === 'OPEN').id}`,
    );
    expect(s.count).toBe(1);
  });

  it('counts 逾期 in its subtree as the roll-up does, and its own items as the ledger lists them', async () => {
    const s = await section('wb_supervisor', 'SUBTREE_OVERDUE');
    const d = await ok(
      'wb_supervisor',
      `query($u: ID!) { progressRollup(orgUnitId: $u) { overdue }
        supervisionItems(filter: { issuerUnitId: $u }, first: 5) { totalCount edges { node { id } } } }`,
      { u: county },
    );
    expect(s.count).toBe(d.progressRollup.overdue);
    expect(s.rows.map((r: any) => r.assignmentId)).toEqual([ids.overdue]);
    expect(s.urgent).toBe(true);
    const items = await section('wb_supervisor', 'RECENT_ITEMS');
    expect(items.count).toBe(d.supervisionItems.totalCount);
    expect(items.count).toBe(10);
    expect(items.rows.map((r: any) => r.itemId)).toEqual(d.supervisionItems.edges.map((e: any) => e.node.id));
  });

  it('puts the urgent sections first', async () => {
    const sections = (await workbench('wb_supervisor')).sections;
    const urgent = sections.map((s: any) => s.urgent);
    expect(urgent).toEqual([...urgent].sort((a, b) => Number(b) - Number(a)));
    expect(sections[0].kind).toBe('SUBTREE_OVERDUE');
  });
});

describe('the leader', () => {
  it('gets the cockpit’s red list of the units below', async () => {
    const s = await section('wb_leader', 'RED_LIST');
    const { orgUnit } = await ok(
      'wb_leader',
      `query($u: ID!) { orgUnit(id: $u) { children { id name rollup { light lightReason } } } }`,
      { u: county },
    );
    const red = orgUnit.children.filter((c: any) => c.rollup?.light === 'RED');
    expect(s.count).toBe(red.length);
    expect(s.rows.map((r: any) => [r.unitId, r.title, r.lightReason])).toEqual(
      red.map((c: any) => [c.id, c.name, c.rollup.lightReason]),
    );
    expect(s.rows.map((r: any) => r.unitId)).toEqual([township]);
  });

  it('shows what changed since the last visit, and keeps the window during a visit', async () => {
    // First visit: the week before today (China days).
    const first = await workbench('wb_leader');
    const weekAgo = startOfShanghaiDay(shanghaiDayNumber(new Date()) - 7).toISOString();
    expect([first.since, first.firstVisit]).toEqual([weekAgo, true]);
    const changes = first.sections.find((s: any) => s.kind === 'CHANGES');
    expect(Object.fromEntries(changes.changes.map((c: any) => [c.kind, c.count]))).toEqual({
      TURNED_RED: 2,
      TURNED_OVERDUE: 1,
      REPORT_ACCEPTED: 1,
      ITEM_COMPLETED: 1,
    });
    expect(changes.count).toBe(5);
    const keyed = (s: any) => sorted(s.rows.map((r: any) => `${r.change}:${r.assignmentId ?? r.itemId}`));
    expect(keyed(changes)).toEqual(
      sorted([
        `TURNED_RED:${ids.returned}`,
        `TURNED_RED:${ids.overdue}`,
        `TURNED_OVERDUE:${ids.overdue}`,
        `REPORT_ACCEPTED:${ids.done}`,
        `ITEM_COMPLETED:${ids.doneItem}`,
      ]),
    );

    const mark = `mutation { markWorkbenchVisited { since lastSeenAt firstVisit } }`;
    const { markWorkbenchVisited } = await ok('wb_leader', mark);
    expect([markWorkbenchVisited.since, markWorkbenchVisited.firstVisit]).toEqual([weekAgo, true]);
    const again = await workbench('wb_leader');
    expect([again.since, again.firstVisit]).toEqual([weekAgo, true]);
    expect(keyed(again.sections.find((s: any) => s.kind === 'CHANGES'))).toEqual(keyed(changes));

    // Within a visit the window stays where it was: set it to now, and only what happens later shows.
    await owner.query(
      `UPDATE workbench_visit SET since = now(), last_seen_at = now()
        WHERE user_id = (SELECT id FROM app_user WHERE username = 'wb_leader')`,
    );
    expect((await section('wb_leader', 'CHANGES')).count).toBe(0);
    await review(ids.r5, 'ACCEPT');
    const later = await section('wb_leader', 'CHANGES');
    expect(keyed(later)).toEqual(
      sorted([`REPORT_ACCEPTED:${ids.toReview}`, `ITEM_COMPLETED:${ids.toReviewItem}`]),
    );
    expect(later.urgent).toBe(false);

    // After a pause, a new visit starts where the previous one was last active.
    // (Read through a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
    const [{ last }] = await owner.query(
      `WITH moved AS (UPDATE workbench_visit SET last_seen_at = now() - interval '31 minutes'
         WHERE user_id = (SELECT id FROM app_user WHERE username = 'wb_leader') RETURNING last_seen_at)
       SELECT last_seen_at AS last FROM moved`,
    );
    const next = await workbench('wb_leader');
    expect([next.since, next.firstVisit]).toEqual([new Date(last).toISOString(), false]);
    expect((await ok('wb_leader', mark)).markWorkbenchVisited.since).toBe(new Date(last).toISOString());
    expect((await workbench('wb_leader')).since).toBe(new Date(last).toISOString());
  });
});

describe('委托签字', () => {
  it('gives whoever signs for the head today the signing queue', async () => {
    const [liaison] = await owner.query(`SELECT id::text FROM app_user WHERE username = 'wb_liaison'`);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await ok(
      'wb_head',
      `mutation($d: ID!, $f: String!) { delegateSigning(delegateId: $d, validFrom: $f, validTo: $f, reason: "外出") { id } }`,
      { d: liaison.id, f: today },
    );
    const s = await section('wb_liaison', 'TO_SIGN');
    const { reportQueue } = await ok('wb_liaison', `{ reportQueue(kind: SIGN) { id } }`);
    expect(s.rows.map((r: any) => r.reportId)).toEqual(reportQueue.map((r: any) => r.id));
    expect(s.count).toBe(1);
  });
});

describe('another county', () => {
  it('sees none of it, whatever roles it holds', async () => {
    const wb = await workbench('wb_other');
    expect(sorted(wb.sections.map((s: any) => s.kind))).toEqual(
      sorted([
        'TO_SIGN',
        'TO_ACCEPT',
        'IN_PROGRESS',
        'DUE',
        'RETURNED',
        'TO_REVIEW',
        'EXTENSIONS',
        'ESCALATIONS',
        'SUBTREE_OVERDUE',
        'RECENT_ITEMS',
        'RED_LIST',
        'CHANGES',
        'MESSAGES',
      ]),
    );
    for (const s of wb.sections) expect([s.kind, s.count, s.rows]).toEqual([s.kind, 0, []]);
    // And a 宁陵县 report is not even readable there.
    const r = await api.gql(
      `query($id: ID!) { report(id: $id) { id } }`,
      { id: ids.r4 },
      { token: token.wb_other },
    );
    expect(r.data?.report ?? null).toBeNull();
  });
});
