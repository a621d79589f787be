/**
 * 年度目标 by phase (节点计划) through GraphQL on the real 商丘市 tree, on a database of this suite's own.
 *
 * 睢县's office registers an item with three milestones for 城关镇; every bad plan is refused with a
 * clear message and nothing changed, at registration and when the plan is replaced; only the issuing
 * office's supervisor may change it, and only until the result is fed back. 城关镇 reports per
 * milestone; below plan once milestone 2 is due its light names the milestone, reaching it clears it
 * (清零销号). A 月报 missing after its due day is chased once per cycle. After every change the roll-up
 * equals a recount.
 */
import {
  AssignmentStore,
  AuditService,
  DeadlineSweepService,
  importRegion,
  OutboxService,
  RollupService,
} from '@duban/domain';
import {
  bootPrivateRun,
  codeOf,
  ensureUser,
  expectRollupMatchesRecount,
  type PrivateRun,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
const USERS = [
  'city_supervisor',
  'suixian_supervisor',
  'suixian_leader',
  'chengguan_liaison',
  'xinyang_supervisor',
] as const;
type User = (typeof USERS)[number];

let run: PrivateRun;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => run.api, token);
const unit: Record<string, string> = {};
let itemId: string;
let share: string;
let cityItem: string;

/** 'YYYY-MM-DD' in China time, `days` from now. */
const day = (days: number) => new Date(Date.now() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
/** The instant just after the end of that China day. */
const after = (days: number) => new Date(`${day(days)}T23:59:59+08:00`).getTime() + 60_000;
const label = (days: number) => {
  const [, m, d] = day(days).split('-').map(Number);
  return `${m}月${d}日`;
};

const PLAN = [
  { dueOn: day(20), plannedPercent: 30, description: '完成方案' },
  { dueOn: day(50), plannedPercent: 60, description: '主体完工' },
  { dueOn: day(80), plannedPercent: 80 },
];
const CREATE = `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) {
  id milestones { seq dueOn plannedPercent plannedAmount description } reportCycle reportDueDay } }`;
const SET_PLAN = `mutation($i: ID!, $m: [MilestoneInput!]!, $c: ReportCycle, $d: Int) {
  setMilestonePlan(itemId: $i, milestones: $m, reportCycle: $c, reportDueDay: $d) {
    id milestones { seq dueOn plannedPercent } reportCycle reportDueDay } }`;
const PROGRESS = `mutation($a: ID!, $p: Float!, $s: Int) {
  submitProgress(assignmentId: $a, input: { percent: $p, text: "按节点推进", milestoneSeq: $s }) { id light } }`;
const SHARE = `query($a: ID!) { assignment(id: $a) { light lightReason
  milestones { seq dueOn plannedPercent actualPercent cleared missed } } }`;

const newItem = (extra: Record<string, unknown>) => ({
  title: '年度目标：城区道路改造',
  source: 'ANNUAL_TARGET',
  content: '分三个节点完成。',
  deadline: new Date(Date.now() + 90 * DAY).toISOString(),
  ...extra,
});

const sweeper = () =>
  new DeadlineSweepService(
    run.app,
    new AssignmentStore(new AuditService(), new RollupService()),
    new OutboxService(),
  );

/** What any refused attempt may not change. */
async function trace() {
  return run.owner.query(
    `SELECT (SELECT count(*)::int FROM supervision_item) AS items,
            (SELECT count(*)::int FROM audit_event) AS events,
            (SELECT count(*)::int FROM progress_update) AS progress,
            (SELECT array_agg(i.milestones::text || coalesce(i.report_cycle, '-') ORDER BY i.id) FROM supervision_item i) AS plans,
            (SELECT array_agg(a.light || a.light_reason_zh ORDER BY a.id) FROM assignment a) AS lights`,
  );
}

async function expectRefused(
  user: User,
  query: string,
  vars: Record<string, unknown>,
  code: string,
  lang?: 'zh' | 'en',
) {
  const before = await trace();
  const r = await as(user, query, vars, lang);
  expect({ code: codeOf(r), data: r.data ?? null }).toEqual({ code, data: null });
  expect(await trace()).toEqual(before);
  return r.errors![0].message;
}

beforeAll(async () => {
  run = await bootPrivateRun('milestones');
  // Another tenant's supervisor (信阳市).
  await importRegion({ query: (sql, p) => run.owner.query(sql, p) }, '4115');
  await ensureUser(run.owner, 'xinyang_supervisor', '4115', ['SUPERVISOR'], '信阳市 督查员');
  for (const u of USERS) token[u] = await run.api.login(u);
  for (const r of await run.owner.query(
    `SELECT code, id::text AS id FROM org_unit WHERE code IN ('411422', '411422105')`,
  ))
    unit[r.code] = r.id;
  const city = await ok('city_supervisor', CREATE, { i: newItem({ title: '市级年度目标' }) });
  cityItem = city.createSupervisionItem.id;
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: cityItem,
      t: [unit['411422']],
    },
  );
}, 180_000);

afterAll(async () => {
  await run?.close();
});

describe('a plan at registration', () => {
  it('refuses bad plans with a clear message, creating nothing', async () => {
    const bad: [Record<string, unknown>[], string][] = [
      [[{ dueOn: day(20), plannedPercent: 120 }], '第1节点计划进度须大于0%且不超过100%'],
      [
        [
          { dueOn: day(20), plannedPercent: 50 },
          { dueOn: day(40), plannedPercent: 40 },
        ],
        '第2节点计划进度须高于第1节点',
      ],
      [
        [
          { dueOn: day(40), plannedPercent: 20 },
          { dueOn: day(30), plannedPercent: 40 },
        ],
        '第2节点日期须晚于第1节点',
      ],
      [[{ dueOn: day(95), plannedPercent: 50 }], '第1节点日期须在事项起止期限内'],
      [[{ dueOn: day(-1), plannedPercent: 50 }], '第1节点日期须在事项起止期限内'],
      [[{ dueOn: day(20), plannedAmount: 10 }], '事项无量化目标，第1节点请填写计划进度'],
    ];
    for (const [milestones, message] of bad)
      expect(
        await expectRefused(
          'suixian_supervisor',
          CREATE,
          { i: newItem({ milestones }) },
          'BAD_USER_INPUT',
          'zh',
        ),
      ).toBe(message);
    // A share of the 量化目标 above the target, in English.
    expect(
      await expectRefused(
        'suixian_supervisor',
        CREATE,
        {
          i: newItem({
            target: 500,
            targetUnit: '万元',
            milestones: [{ dueOn: day(20), plannedAmount: 600 }],
          }),
        },
        'BAD_USER_INPUT',
        'en',
      ),
    ).toBe("Milestone 1's planned amount must be above 0 and at most the target 500");
  });

  it('keeps a valid plan: amounts become percents of the target, notes trimmed', async () => {
    const { createSupervisionItem } = await ok('suixian_supervisor', CREATE, {
      i: newItem({
        target: 500,
        milestones: [
          { dueOn: day(30), plannedAmount: 150, description: '  一期  ' },
          { dueOn: day(90), plannedAmount: 500 },
        ],
        reportCycle: 'QUARTERLY',
      }),
    });
    expect(createSupervisionItem).toMatchObject({
      milestones: [
        { seq: 1, dueOn: day(30), plannedPercent: 30, plannedAmount: 150, description: '一期' },
        { seq: 2, dueOn: day(90), plannedPercent: 100, plannedAmount: 500, description: null },
      ],
      reportCycle: 'QUARTERLY',
      reportDueDay: 5,
    });
  });

  it('registers the phased 年度目标 for 城关镇, with the plan on every share', async () => {
    const { createSupervisionItem } = await ok('suixian_supervisor', CREATE, {
      i: newItem({ milestones: PLAN }),
    });
    itemId = createSupervisionItem.id;
    expect(createSupervisionItem.milestones.map((m: any) => [m.seq, m.plannedPercent])).toEqual([
      [1, 30],
      [2, 60],
      [3, 80],
    ]);
    await ok(
      'suixian_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      {
        i: itemId,
        t: [unit['411422105']],
      },
    );
    const [row] = await run.owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [itemId]);
    share = row.id;
    await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: share });
    const { assignment } = await ok('chengguan_liaison', SHARE, { a: share });
    expect(assignment.milestones).toEqual([
      { seq: 1, dueOn: day(20), plannedPercent: 30, actualPercent: null, cleared: false, missed: false },
      { seq: 2, dueOn: day(50), plannedPercent: 60, actualPercent: null, cleared: false, missed: false },
      { seq: 3, dueOn: day(80), plannedPercent: 80, actualPercent: null, cleared: false, missed: false },
    ]);
    expect(
      (
        await ok('suixian_supervisor', `query($i: ID!) { supervisionItem(id: $i) { allowedActions } }`, {
          i: itemId,
        })
      ).supervisionItem.allowedActions,
    ).toContain('SET_MILESTONES');
  });
});

describe('replacing the plan', () => {
  it('refuses other roles, other offices, other tenants and bad plans, changing nothing', async () => {
    const vars = { i: itemId, m: PLAN };
    await expectRefused('suixian_leader', SET_PLAN, vars, 'FORBIDDEN');
    await expectRefused('chengguan_liaison', SET_PLAN, vars, 'FORBIDDEN');
    await expectRefused('xinyang_supervisor', SET_PLAN, vars, 'NOT_FOUND');
    // The city's item is assigned into 睢县 but issued above it.
    await expectRefused('suixian_supervisor', SET_PLAN, { i: cityItem, m: PLAN }, 'FORBIDDEN');
    expect(
      await expectRefused(
        'suixian_supervisor',
        SET_PLAN,
        {
          i: itemId,
          m: [
            { dueOn: day(20), plannedPercent: 30 },
            { dueOn: day(120), plannedPercent: 90 },
          ],
        },
        'BAD_USER_INPUT',
        'en',
      ),
    ).toBe("Milestone 2 must fall within the item's period (registration to deadline)");
    await expectRefused('suixian_supervisor', SET_PLAN, { i: itemId, m: PLAN, d: 9 }, 'BAD_USER_INPUT');
    await expectRefused(
      'suixian_supervisor',
      SET_PLAN,
      { i: itemId, m: PLAN, c: 'MONTHLY', d: 31 },
      'BAD_USER_INPUT',
    );
  });

  it('replaces the plan and the 月报 cycle, audited', async () => {
    const { setMilestonePlan } = await ok('suixian_supervisor', SET_PLAN, {
      i: itemId,
      m: PLAN,
      c: 'MONTHLY',
      d: 5,
    });
    expect(setMilestonePlan).toMatchObject({ reportCycle: 'MONTHLY', reportDueDay: 5 });
    const [audit] = await run.owner.query(
      `SELECT after FROM audit_event WHERE item_id = $1 AND action = 'item.milestones_set'`,
      [itemId],
    );
    expect(audit.after.milestones.map((m: any) => m.plannedPercent)).toEqual([30, 60, 80]);
    await expectRollupMatchesRecount(run.owner, itemId);
  });

  it('refuses a plan change once the item is withdrawn', async () => {
    const { createSupervisionItem } = await ok('suixian_supervisor', CREATE, { i: newItem({}) });
    await ok(
      'suixian_supervisor',
      `mutation($i: ID!) { withdrawItem(itemId: $i, reason: "重复立项") { id } }`,
      {
        i: createSupervisionItem.id,
      },
    );
    expect(
      await expectRefused(
        'suixian_supervisor',
        SET_PLAN,
        { i: createSupervisionItem.id, m: PLAN },
        'CONFLICT',
        'zh',
      ),
    ).toBe('事项已办结、归档或撤销，不能调整节点计划');
  });
});

describe('reporting per milestone', () => {
  it('refuses a milestone the plan does not have', async () => {
    expect(
      await expectRefused('chengguan_liaison', PROGRESS, { a: share, p: 20, s: 4 }, 'BAD_USER_INPUT', 'zh'),
    ).toBe('该事项没有第4节点');
  });

  it('below plan once milestone 2 is due: yellow, the reason names the milestone', async () => {
    await ok('chengguan_liaison', PROGRESS, { a: share, p: 35, s: 1 });
    await ok('chengguan_liaison', PROGRESS, { a: share, p: 40, s: 2 });
    const s = sweeper();
    await s.refreshLights(new Date(after(50)), 1000, itemId);
    const zh = (await ok('chengguan_liaison', SHARE, { a: share }, 'zh')).assignment;
    expect(zh.light).toBe('YELLOW');
    expect(zh.lightReason).toBe(`第2节点（${label(50)}）计划60%，实际40%`);
    const en = (await ok('chengguan_liaison', SHARE, { a: share }, 'en')).assignment;
    expect(en.lightReason).toMatch(/^Milestone 2 \(\d+ [A-Z][a-z]{2}\) planned 60%, actual 40%$/);
    expect(zh.milestones.map((m: any) => [m.seq, m.actualPercent, m.cleared])).toEqual([
      [1, 35, true],
      [2, 40, false],
      [3, null, false],
    ]);
    await expectRollupMatchesRecount(run.owner, itemId);
  });

  it('reaching milestone 2 clears it (清零销号) and the light turns green', async () => {
    await ok('chengguan_liaison', PROGRESS, { a: share, p: 62, s: 2 });
    await sweeper().refreshLights(new Date(after(50)), 1000, itemId);
    const { assignment } = await ok('chengguan_liaison', SHARE, { a: share }, 'zh');
    expect(assignment.light).toBe('GREEN');
    expect(assignment.milestones.map((m: any) => [m.seq, m.actualPercent, m.cleared])).toEqual([
      [1, 35, true],
      [2, 62, true],
      [3, null, false],
    ]);
    await expectRollupMatchesRecount(run.owner, itemId);
  });
});

describe('月报 chased on its cycle', () => {
  it('reminds a unit whose monthly report is missing after the 5th, once per cycle, audited', async () => {
    const s = sweeper();
    const quiet = { quietHours: { start: 0, end: 0 }, itemId };
    // Next month (China time): the unit held the work when it began and has not reported since.
    const monthStart = (offset: number) => {
      const [y, m] = day(0).split('-').map(Number);
      return new Date(Date.UTC(y, m - 1 + offset, 1) - 8 * 3_600_000);
    };
    const next = monthStart(1);
    const sixth = new Date(next.getTime() + 5 * DAY + 3_600_000);
    expect((await s.chaseCycleReports(new Date(next.getTime() + 4 * DAY), quiet)).cycleReminders).toBe(0);
    expect((await s.chaseCycleReports(sixth, quiet)).cycleReminders).toBe(1);
    expect((await s.chaseCycleReports(new Date(sixth.getTime() + 3 * DAY), quiet)).cycleReminders).toBe(0);
    const notices = await run.owner.query(
      `SELECT kind, target, text FROM urge_notice WHERE assignment_id = $1 ORDER BY id`,
      [share],
    );
    expect(notices).toEqual([
      {
        kind: 'CYCLE_REMINDER',
        target: 'LIAISON',
        text: expect.stringMatching(/^月报\/季报提醒（.+）：\d{4}年\d+月月报逾期未报送/),
      },
    ]);
    expect(
      await run.owner.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE assignment_id = $1 AND action = 'assignment.cycle_chased'`,
        [share],
      ),
    ).toEqual([{ n: 1 }]);
    // The next month's cycle owes its own report.
    const later = new Date(monthStart(2).getTime() + 5 * DAY + 3_600_000);
    expect((await s.chaseCycleReports(later, quiet)).cycleReminders).toBe(1);
    await expectRollupMatchesRecount(run.owner, itemId);
  });
});
