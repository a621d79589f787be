/**
 * The seams of the chain on the real 商丘市 tree, through GraphQL: an item reaches 待反馈 when every
 * applicable top-level unit is done (不适用 excluded) and goes back when one becomes applicable again;
 * each level finds its own share on the item page; quantified shares go down the chain and add up at
 * every level; hostile requests (a foreign unit, shares that do not add up, a later deadline) are
 * refused whole and leave no row and no audit event. After every step the roll-up equals a recount.
 *
 * Over 400 lines on purpose: one chain on one tree, each step starting from the last, with the
 * hostile cases next to the step they attack.
 */
import { DataSource } from 'typeorm';
import { ASSIGNMENT_STATUSES, holdsItemOpen, type AssignmentStatus } from '@duban/rules';
import { holdsItemOpenSql } from '@duban/domain';
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
const USERS = [
  'city_supervisor',
  'city_leader',
  'suixian_supervisor',
  'suixian_head',
  'chengguan_liaison',
  'chengguan_head',
  'baimiao_liaison',
  'baimiao_head',
  'caizheng_liaison',
  'caizheng_head',
] as const;
type User = (typeof USERS)[number];

const CHECKLIST_OK = { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true };

/** Here `as` fails the test on any GraphQL error; `raw` returns the result as it came. */
const { ok: as, as: raw } = usersOf<User>(() => api, token);

/** Rows and audit events of an item: a refused request must change neither. */
async function footprint(itemId: string) {
  const [r] = await owner.query(
    `SELECT (SELECT count(*)::int FROM assignment WHERE item_id = $1) AS assignments,
            (SELECT count(*)::int FROM audit_event WHERE item_id = $1) AS events,
            (SELECT coalesce(json_agg(json_build_object('u', unit_id::text, 't', target::float8, 'na', not_applicable) ORDER BY id), '[]')
               FROM assignment WHERE item_id = $1) AS shares,
            (SELECT status FROM supervision_item WHERE id = $1) AS status`,
    [itemId],
  );
  return r;
}

/** Runs a request that must be refused with `code`, and checks it left no trace. */
async function expectRefused(
  itemId: string,
  code: string,
  user: User,
  query: string,
  variables: Record<string, unknown>,
  message?: RegExp,
) {
  const before = await footprint(itemId);
  const r = await raw(user, query, variables);
  expect({ code: codeOf(r), message: r.errors?.[0]?.message }).toEqual({
    code,
    message: message ? expect.stringMatching(message) : expect.any(String),
  });
  expect(await footprint(itemId)).toEqual(before);
  return r;
}

async function itemStatus(itemId: string): Promise<string> {
  return (await footprint(itemId)).status;
}

async function createItem(user: User, title: string, extra: Record<string, unknown> = {}) {
  const { createSupervisionItem } = await as(
    user,
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title,
        source: 'LEADER_INSTRUCTION',
        content: `${title}：按要求办理`,
        deadline: new Date(Date.now() + 30 * DAY).toISOString(),
        ...extra,
      },
    },
  );
  return String(createSupervisionItem.id);
}

const ASSIGN = `mutation($i: ID!, $t: [ID!], $s: [ShareInput!], $c: [CascadeSelector!], $d: DateTime) {
  assignItem(itemId: $i, targets: $t, shares: $s, cascade: $c, deadline: $d) { count item { status } } }`;
const DELEGATE = `mutation($a: ID!, $t: [ShareInput!], $c: [CascadeSelector!], $d: DateTime) {
  delegateAssignment(id: $a, targets: $t, cascade: $c, deadline: $d) { count assignment { split } } }`;
const NOT_APPLICABLE = `mutation($a: ID!, $na: Boolean!) {
  setNotApplicable(assignmentId: $a, notApplicable: $na, reason: "经核实不涉及") { id notApplicable } }`;
const ADJUST = `mutation($a: ID!, $s: [ShareInput!]!) {
  adjustShares(assignmentId: $a, shares: $s, reason: "按实际任务量调整") { id } }`;
const REVIEW = `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT, checklist: ${JSON.stringify(
  CHECKLIST_OK,
).replace(/"(\w+)":/g, '$1:')}) { status } }`;

/** 签收 → 报告 → 一把手签字 → 审理办结, each by the right person. */
async function complete(assignmentId: string, member: User, head: User, reviewer: User, achieved?: number) {
  await as(member, `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, { a: assignmentId });
  await report(assignmentId, member, head, reviewer, achieved);
}

async function report(assignmentId: string, member: User, head: User, reviewer: User, achieved?: number) {
  const { submitReport } = await as(
    member,
    `mutation($a: ID!, $x: Float) { submitReport(assignmentId: $a, input: { content: "已按要求办结", achieved: $x }) { id } }`,
    { a: assignmentId, x: achieved ?? null },
  );
  await as(head, `mutation($r: ID!) { signReport(reportId: $r) { status } }`, { r: submitReport.id });
  const { reviewReport } = await as(reviewer, REVIEW, { r: submitReport.id });
  expect(reviewReport.status).toBe('ACCEPTED');
}

/** The item page as `user` sees it: their own share and the top of the tree in their scope. */
async function itemPage(user: User, itemId: string) {
  const { supervisionItem } = await as(
    user,
    `query($i: ID!) { supervisionItem(id: $i) {
       myAssignments { unitId target status }
       assignments(first: 20) { totalCount edges { node { unitId target childCount
         children(first: 20) { totalCount edges { node { unitId } } } } } } } }`,
    { i: itemId },
  );
  return {
    mine: supervisionItem.myAssignments.map((a: any) => ({ unitId: a.unitId, target: a.target })),
    top: supervisionItem.assignments.edges.map((e: any) => e.node.unitId).sort(),
    children: Object.fromEntries(
      supervisionItem.assignments.edges.map((e: any) => [
        e.node.unitId,
        e.node.children.edges.map((c: any) => c.node.unitId).sort(),
      ]),
    ),
  };
}

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  const rows = await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('4114', '411422', '411422105', '411422206', '411402')`,
  );
  for (const r of rows) unit[r.code] = String(r.id);
  const [caizheng] = await owner.query(`SELECT id FROM org_unit WHERE name = '睢县财政局'`);
  unit.caizheng = String(caizheng.id);
  // A township of another county (梁园区): foreign to 睢县.
  const [foreign] = await owner.query(
    `SELECT id FROM org_unit WHERE parent_id = $1 AND kind = 'TOWNSHIP' ORDER BY code LIMIT 1`,
    [unit['411402']],
  );
  unit.foreignTownship = String(foreign.id);
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('the "holds its item open" predicate', () => {
  it('renders in SQL exactly as the rules decide it, for every status × 不适用 × 退回交办 × 改派', async () => {
    const cases = ASSIGNMENT_STATUSES.flatMap((status) =>
      [false, true].flatMap((na) =>
        [false, true].flatMap((declined) => [null, '9'].map((to) => ({ status, na, declined, to }))),
      ),
    );
    const rows: {
      status: AssignmentStatus;
      na: boolean;
      declined: boolean;
      to: string | null;
      holds: boolean;
    }[] = await owner.query(
      `SELECT status, not_applicable AS na, declined, reassigned_to::text AS "to", ${holdsItemOpenSql('a')} AS holds
         FROM unnest($1::text[], $2::boolean[], $3::boolean[], $4::bigint[])
           AS a(status, not_applicable, declined, reassigned_to)`,
      [
        cases.map((c) => c.status),
        cases.map((c) => c.na),
        cases.map((c) => c.declined),
        cases.map((c) => c.to),
      ],
    );
    expect(rows).toHaveLength(cases.length);
    for (const r of rows)
      expect([r, r.holds]).toEqual([
        r,
        holdsItemOpen({ status: r.status, notApplicable: r.na, declined: r.declined, reassignedToId: r.to }),
      ]);
    // Not vacuous: a returned row without a replacement holds, with one it does not.
    expect(rows.filter((r) => r.status === 'WITHDRAWN' && r.holds)).toEqual([
      { status: 'WITHDRAWN', na: false, declined: true, to: null, holds: true },
    ]);
  });
});

describe('completion: 不适用 units are excluded, un-marking reopens', () => {
  let itemId: string;
  const a: Record<string, string> = {};

  beforeAll(async () => {
    itemId = await createItem('city_supervisor', '背街小巷环境整治');
    const { assignItem } = await as('city_supervisor', ASSIGN, {
      i: itemId,
      t: [unit['411422105'], unit['411422206'], unit.caizheng],
    });
    expect(assignItem).toEqual({ count: 3, item: { status: 'IN_PROGRESS' } });
    for (const k of ['411422105', '411422206', 'caizheng'])
      a[k] = await assignmentIdOf(owner, itemId, unit[k]);
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('睢县 sees the shares a city item gave its own units directly, as the top of its tree', async () => {
    const all = [unit['411422105'], unit['411422206'], unit.caizheng].sort();
    expect(await itemPage('suixian_supervisor', itemId)).toEqual({
      mine: [],
      top: all,
      children: Object.fromEntries(all.map((u) => [u, []])),
    });
    expect((await itemPage('chengguan_liaison', itemId)).top).toEqual([unit['411422105']]);
    expect((await itemPage('city_supervisor', itemId)).top).toEqual(all);
  });

  it('a unit that is done, one marked 不适用, one still open: the item stays 督办中', async () => {
    await complete(a['411422105'], 'chengguan_liaison', 'chengguan_head', 'city_supervisor');
    await expectRollupMatchesRecount(owner, itemId);
    await as('city_supervisor', NOT_APPLICABLE, { a: a['411422206'], na: true });
    await expectRollupMatchesRecount(owner, itemId);
    expect(await itemStatus(itemId)).toBe('IN_PROGRESS');
  });

  it('marking the last open unit 不适用 completes the item (待反馈), and the roll-up agrees', async () => {
    await as('city_supervisor', NOT_APPLICABLE, { a: a.caizheng, na: true });
    expect(await itemStatus(itemId)).toBe('AWAITING_FEEDBACK');
    await expectRollupMatchesRecount(owner, itemId);
    const { progressRollup } = await as(
      'city_leader',
      `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { total done completionRate } }`,
      { u: unit['4114'], i: itemId },
    );
    expect(progressRollup).toEqual({ total: 3, done: 1, completionRate: 1 });
  });

  it('making a unit applicable again reopens the item (督办中), audited on the item', async () => {
    await as('city_supervisor', NOT_APPLICABLE, { a: a.caizheng, na: false });
    expect(await itemStatus(itemId)).toBe('IN_PROGRESS');
    await expectRollupMatchesRecount(owner, itemId);
    const events = await owner.query(`SELECT action FROM audit_event WHERE chain_key = $1 ORDER BY id`, [
      `item:${itemId}`,
    ]);
    expect(events.map((e: any) => e.action).slice(-2)).toEqual(['item.all_done', 'item.reopened']);
    const { supervisionItem } = await as(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { status allowedActions } }`,
      { i: itemId },
    );
    expect(supervisionItem.status).toBe('IN_PROGRESS');
    expect(supervisionItem.allowedActions).not.toContain('FEED_BACK');
  });

  it('once the result is fed back, a unit cannot become applicable again (CONFLICT, nothing changes)', async () => {
    await as('city_supervisor', NOT_APPLICABLE, { a: a.caizheng, na: true });
    expect(await itemStatus(itemId)).toBe('AWAITING_FEEDBACK');
    await as(
      'city_supervisor',
      `mutation($i: ID!) { feedBackItem(itemId: $i, feedback: "已整治完毕") { status } }`,
      {
        i: itemId,
      },
    );
    await expectRefused(itemId, 'CONFLICT', 'city_supervisor', NOT_APPLICABLE, { a: a.caizheng, na: false });
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('only the assigning office marks 不适用', async () => {
    await expectRefused(itemId, 'FORBIDDEN', 'suixian_supervisor', NOT_APPLICABLE, {
      a: a.caizheng,
      na: false,
    });
  });
});

describe('a quantified item down the chain: shares, visibility, adjustment, completion', () => {
  let itemId: string;
  let county: string;
  let chengguan: string;
  let baimiao: string;
  const ITEM_DEADLINE = Date.now() + 30 * DAY;

  beforeAll(async () => {
    itemId = await createItem('city_supervisor', '农村黑臭水体治理', {
      target: 100,
      targetUnit: '处',
      rollupPolicy: 'WEIGHTED',
      deadline: new Date(ITEM_DEADLINE).toISOString(),
    });
  });

  it('交办 of a quantified item: several units need shares that add up; whole levels need shares', async () => {
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'city_supervisor',
      ASSIGN,
      { i: itemId, t: [unit['411422'], unit['411402']] },
      /该任务有量化指标（共100），还有2个单位未填写分解指标/,
    );
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'city_supervisor',
      ASSIGN,
      {
        i: itemId,
        s: [
          { unitId: unit['411422'], target: 60 },
          { unitId: unit['411402'], target: 30 },
        ],
      },
      /分解指标合计90，应等于100（还差10）/,
    );
    const levels = await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'city_supervisor',
      ASSIGN,
      { i: itemId, c: [{ underUnitId: unit['411422'], kind: 'TOWNSHIP' }] },
      /按层级批量下发时无法分配指标；请逐个选择承办单位并填写分解指标/,
    );
    expect(levels.errors![0].extensions.field).toBe('cascade');
    // English for an English-speaking clerk.
    const en = await api.gql(
      ASSIGN,
      { i: itemId, t: [unit['411422'], unit['411402']] },
      { token: token.city_supervisor, lang: 'en' },
    );
    expect(en.errors![0].message).toBe(
      'This has a quantified target (100); 2 of the named units have no share',
    );
  });

  it('assigning the whole item to exactly one unit gives it the whole target', async () => {
    const { assignItem } = await as('city_supervisor', ASSIGN, {
      i: itemId,
      t: [unit['411422']],
      d: new Date(ITEM_DEADLINE - 5 * DAY).toISOString(),
    });
    expect(assignItem).toEqual({ count: 1, item: { status: 'IN_PROGRESS' } });
    county = await assignmentIdOf(owner, itemId, unit['411422']);
    const [row] = await owner.query(`SELECT target::float8 AS target FROM assignment WHERE id = $1`, [
      county,
    ]);
    expect(row.target).toBe(100);
    await expectRollupMatchesRecount(owner, itemId);
    // The whole target is given out: another unit cannot be added with a share of its own.
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'city_supervisor',
      ASSIGN,
      { i: itemId, s: [{ unitId: unit['411402'], target: 10 }] },
      /已分配100，本次分配10，合计110，应等于100（多出10）/,
    );
  });

  it('分解: shares that do not add up, a foreign unit, a later deadline — each refused whole', async () => {
    await as('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, {
      a: county,
    });
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'suixian_supervisor',
      DELEGATE,
      {
        a: county,
        t: [
          { unitId: unit['411422105'], target: 60 },
          { unitId: unit['411422206'], target: 30 },
        ],
      },
      /还差10/,
    );
    // One township of another county among valid shares that add up: nothing is created.
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'suixian_supervisor',
      DELEGATE,
      {
        a: county,
        t: [
          { unitId: unit['411422105'], target: 50 },
          { unitId: unit['411422206'], target: 40 },
          { unitId: unit.foreignTownship, target: 10 },
        ],
      },
      /所选单位中有1个不是本单位的下级单位，整个交办未执行/,
    );
    // A level under a unit outside 睢县.
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'suixian_supervisor',
      DELEGATE,
      {
        a: county,
        t: [{ unitId: unit['411422105'], target: 100 }],
        c: [{ underUnitId: unit['411402'], kind: 'TOWNSHIP' }],
      },
      /下发范围中有1个单位不在本单位管辖范围内/,
    );
    await expectRefused(itemId, 'BAD_USER_INPUT', 'suixian_supervisor', DELEGATE, {
      a: county,
      t: [
        { unitId: unit['411422105'], target: 60 },
        { unitId: unit['411422206'], target: 40 },
      ],
      d: new Date(ITEM_DEADLINE).toISOString(),
    });
  });

  it('睢县 splits its 100 处 between two townships', async () => {
    const { delegateAssignment } = await as('suixian_supervisor', DELEGATE, {
      a: county,
      t: [
        { unitId: unit['411422105'], target: 60 },
        { unitId: unit['411422206'], target: 40 },
      ],
    });
    expect(delegateAssignment).toEqual({ count: 2, assignment: { split: true } });
    chengguan = await assignmentIdOf(owner, itemId, unit['411422105']);
    baimiao = await assignmentIdOf(owner, itemId, unit['411422206']);
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('each level finds its own share on the item page, whatever level issued the item', async () => {
    expect(await itemPage('chengguan_liaison', itemId)).toEqual({
      mine: [{ unitId: unit['411422105'], target: 60 }],
      top: [unit['411422105']],
      children: { [unit['411422105']]: [] },
    });
    expect(await itemPage('baimiao_liaison', itemId)).toEqual({
      mine: [{ unitId: unit['411422206'], target: 40 }],
      top: [unit['411422206']],
      children: { [unit['411422206']]: [] },
    });
    expect(await itemPage('suixian_supervisor', itemId)).toEqual({
      mine: [{ unitId: unit['411422'], target: 100 }],
      top: [unit['411422']],
      children: { [unit['411422']]: [unit['411422105'], unit['411422206']].sort() },
    });
    expect(await itemPage('city_supervisor', itemId)).toEqual({
      mine: [],
      top: [unit['411422']],
      children: { [unit['411422']]: [unit['411422105'], unit['411422206']].sort() },
    });
    // A unit outside the chain sees no item at all.
    const { supervisionItem } = await as(
      'caizheng_liaison',
      `query($i: ID!) { supervisionItem(id: $i) { id } }`,
      {
        i: itemId,
      },
    );
    expect(supervisionItem).toBeNull();
  });

  it('调整分解指标: the office that split moves shares; the final set must still add up', async () => {
    const offered = async (user: User, id: string) =>
      (await as(user, `query($a: ID!) { assignment(id: $a) { allowedActions } }`, { a: id })).assignment
        .allowedActions;
    expect(await offered('suixian_supervisor', county)).toContain('ADJUST_SHARES');
    expect(await offered('city_supervisor', county)).not.toContain('ADJUST_SHARES');
    // A split assignment is not marked 不适用 itself, and is not offered that.
    expect(await offered('city_supervisor', county)).not.toContain('SET_NOT_APPLICABLE');
    await expectRefused(
      itemId,
      'CONFLICT',
      'city_supervisor',
      NOT_APPLICABLE,
      { a: county, na: true },
      /逐个标注/,
    );

    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'suixian_supervisor',
      ADJUST,
      { a: county, s: [{ unitId: unit['411422105'], target: 50 }] },
      /分解指标合计90，应等于100（还差10）/,
    );
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'suixian_supervisor',
      ADJUST,
      {
        a: county,
        s: [
          { unitId: unit['411422105'], target: 50 },
          { unitId: unit['411422206'], target: 40 },
          { unitId: unit.caizheng, target: 10 },
        ],
      },
      /第3个单位不是本任务的下级承办单位，整个调整未生效/,
    );
    // The city above may not adjust 睢县's split; a township cannot even see it.
    await expectRefused(itemId, 'NOT_FOUND', 'chengguan_liaison', ADJUST, {
      a: county,
      s: [
        { unitId: unit['411422105'], target: 50 },
        { unitId: unit['411422206'], target: 50 },
      ],
    });
    await expectRefused(itemId, 'FORBIDDEN', 'city_supervisor', ADJUST, {
      a: county,
      s: [
        { unitId: unit['411422105'], target: 50 },
        { unitId: unit['411422206'], target: 50 },
      ],
    });

    const before = (await footprint(itemId)).events;
    await as('suixian_supervisor', ADJUST, {
      a: county,
      s: [
        { unitId: unit['411422105'], target: 50 },
        { unitId: unit['411422206'], target: 50 },
      ],
    });
    const targets = await owner.query(
      `SELECT unit_id::text AS u, target::float8 AS t FROM assignment WHERE parent_id = $1 ORDER BY unit_id`,
      [county],
    );
    expect(Object.fromEntries(targets.map((r: any) => [r.u, r.t]))).toEqual({
      [unit['411422105']]: 50,
      [unit['411422206']]: 50,
    });
    // Two changed shares and the split assignment itself, each with the reason.
    const events = await owner.query(
      `SELECT action, text FROM audit_event WHERE item_id = $1 ORDER BY id OFFSET $2`,
      [itemId, before],
    );
    expect(events.map((e: any) => e.action)).toEqual([
      'assignment.share_adjusted',
      'assignment.share_adjusted',
      'assignment.shares_adjusted',
    ]);
    expect(events[0].text).toBe('调整分解指标 60 → 50：按实际任务量调整');
    // Each unit whose share changed is told, with the old and new figure and the reason.
    const told = await owner.query(
      `SELECT payload->>'unitId' AS u, payload->>'from' AS f, payload->>'to' AS t, payload->>'reason' AS r
         FROM outbox WHERE topic = 'assignment.share_adjusted' AND payload->>'itemId' = $1 ORDER BY id`,
      [itemId],
    );
    expect(told).toEqual(
      expect.arrayContaining([
        { u: unit['411422105'], f: '60', t: '50', r: '按实际任务量调整' },
        { u: unit['411422206'], f: '40', t: '50', r: '按实际任务量调整' },
      ]),
    );
    await expectRollupMatchesRecount(owner, itemId);
    const { progressRollup } = await as(
      'suixian_supervisor',
      `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { target } }`,
      { u: unit['411422'], i: itemId },
    );
    expect(progressRollup.target).toBe(100);
  });

  it('a done share no longer changes; 白庙乡 is marked 不适用 and 睢县 reports once', async () => {
    await complete(chengguan, 'chengguan_liaison', 'chengguan_head', 'suixian_supervisor', 50);
    await expectRollupMatchesRecount(owner, itemId);
    await expectRefused(
      itemId,
      'CONFLICT',
      'suixian_supervisor',
      ADJUST,
      {
        a: county,
        s: [
          { unitId: unit['411422105'], target: 40 },
          { unitId: unit['411422206'], target: 60 },
        ],
      },
      /第1个单位的任务当前为“已办结”，不能再调整其指标/,
    );
    // Only the office that assigned 白庙乡 (睢县) marks it, not the city above.
    await expectRefused(itemId, 'FORBIDDEN', 'city_supervisor', NOT_APPLICABLE, { a: baimiao, na: true });
    await as('suixian_supervisor', NOT_APPLICABLE, { a: baimiao, na: true });
    await expectRollupMatchesRecount(owner, itemId);
    expect(await itemStatus(itemId)).toBe('IN_PROGRESS');

    const { submitReport } = await as(
      'suixian_supervisor',
      `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "睢县汇总：城关镇完成50处，白庙乡不涉及" }) { id } }`,
      { a: county },
    );
    // The report was composed without 白庙乡: it cannot become applicable again underneath it.
    await expectRefused(
      itemId,
      'CONFLICT',
      'suixian_supervisor',
      NOT_APPLICABLE,
      { a: baimiao, na: false },
      /上级单位已报送办理情况报告或已办结/,
    );
    await as('suixian_head', `mutation($r: ID!) { signReport(reportId: $r) { status } }`, {
      r: submitReport.id,
    });
    await as('city_supervisor', REVIEW, { r: submitReport.id });
    expect(await itemStatus(itemId)).toBe('AWAITING_FEEDBACK');
    await expectRollupMatchesRecount(owner, itemId);
  });
});

describe('调整分解指标 of an item’s own top level', () => {
  it('the issuing office moves shares between its units; the final set must add up', async () => {
    const itemId = await createItem('city_supervisor', '高标准农田建设', { target: 10, targetUnit: '万亩' });
    await as('city_supervisor', ASSIGN, {
      i: itemId,
      s: [
        { unitId: unit['411422'], target: 6 },
        { unitId: unit['411402'], target: 4 },
      ],
    });
    const ADJUST_ITEM = `mutation($i: ID!, $s: [ShareInput!]!) {
      adjustItemShares(itemId: $i, shares: $s, reason: "按耕地面积调整") { id status } }`;
    await expectRefused(
      itemId,
      'BAD_USER_INPUT',
      'city_supervisor',
      ADJUST_ITEM,
      { i: itemId, s: [{ unitId: unit['411422'], target: 5 }] },
      /分解指标合计9，应等于10（还差1）/,
    );
    await expectRefused(itemId, 'FORBIDDEN', 'suixian_supervisor', ADJUST_ITEM, {
      i: itemId,
      s: [
        { unitId: unit['411422'], target: 5 },
        { unitId: unit['411402'], target: 5 },
      ],
    });
    await as('city_supervisor', ADJUST_ITEM, {
      i: itemId,
      s: [
        { unitId: unit['411422'], target: 5 },
        { unitId: unit['411402'], target: 5 },
      ],
    });
    const rows = await owner.query(
      `SELECT target::float8 AS t FROM assignment WHERE item_id = $1 ORDER BY id`,
      [itemId],
    );
    expect(rows.map((r: any) => r.t)).toEqual([5, 5]);
    const [last] = await owner.query(
      `SELECT action, text FROM audit_event WHERE chain_key = $1 ORDER BY id DESC LIMIT 1`,
      [`item:${itemId}`],
    );
    expect(last.action).toBe('item.shares_adjusted');
    expect(last.text).toMatch(/^按耕地面积调整（调整分解指标 /);
    await expectRollupMatchesRecount(owner, itemId);
  });
});

describe('hostile 交办: one foreign unit refuses the whole request', () => {
  it('睢县 cannot assign its own item to a unit of another county, even among its own', async () => {
    const itemId = await createItem('suixian_supervisor', '县级专项督查');
    const before = await footprint(itemId);
    const r = await raw('suixian_supervisor', ASSIGN, {
      i: itemId,
      t: [unit['411422105'], unit['411422206'], unit.foreignTownship],
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('targets');
    expect(await footprint(itemId)).toEqual(before);
    expect(before).toMatchObject({ assignments: 0, status: 'REGISTERED' });
    // A malformed id is as foreign as any.
    expect(codeOf(await raw('suixian_supervisor', ASSIGN, { i: itemId, t: [unit['411422105'], 'x1'] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await footprint(itemId)).toEqual(before);
    const ok = await as('suixian_supervisor', ASSIGN, {
      i: itemId,
      t: [unit['411422105'], unit['411422206']],
    });
    expect(ok.assignItem.count).toBe(2);
    await expectRollupMatchesRecount(owner, itemId);
  });
});
