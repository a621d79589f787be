/**
 * Chasing along the chain on the real 商丘市 tree, through GraphQL: the city cascades an item
 * straight to all 20 townships of 睢县; 睢县's supervisor sees and urges one of them (a share of the
 * city's item, below it); the city's own urge of another township tells 睢县 on the way; the sweeper,
 * with a moved clock, chases the townships that have not signed for it after the 签收时限 and turns
 * their lights yellow; 下级办理 lists what each office's subtree holds from the items above it.
 * After every step the incremental roll-up equals a recount.
 *
 * The sweeper runs in-process on the app role's connection, narrowed to this suite's item: other
 * suites share the database and their rows must not be chased on this suite's moved clock.
 *
 * Over 400 lines on purpose: one chain on one tree, each step starting from the last, with the
 * hostile cases next to the step they attack.
 */
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import {
  AssignmentStore,
  AuditService,
  DeadlineSweepService,
  NotificationDelivery,
  OutboxService,
  RollupService,
} from '@duban/domain';
import { loadConfig, redisOptions } from '@duban/platform';
import { DAY_MS, workingDaysBetween } from '@duban/rules';
import {
  bootApi,
  codeOf,
  deliverEvents,
  expectRollupMatchesRecount,
  TestApi,
  testDataSources,
  toldOf,
  usersOf,
} from '@duban/testing';

let api: TestApi;
let owner: DataSource;
let app: DataSource;
let close: () => Promise<void>;
let redis: IORedis;
let delivery: NotificationDelivery;
const token: Record<string, string> = {};
const unit: Record<string, string> = {};
const user: Record<string, string> = {};
const t0 = Date.now();
const run = t0.toString(36);

/** Runs an operation as a demo user and fails the test on any GraphQL error. */
const { ok: as } = usersOf(() => api, token);

/** The worker's sweeper, in-process on the app role's connection (as the worker runs it). */
const newSweeper = () =>
  new DeadlineSweepService(
    app,
    new AssignmentStore(new AuditService(), new RollupService()),
    new OutboxService(),
  );

/**
 * Delivers the 催办 events of an assignment as the worker would (idempotent: another suite's relay may
 * have delivered them already) and returns their outbox ids, oldest first.
 */
const deliverUrges = (assignmentId: string) =>
  deliverEvents(owner, delivery, 'assignment.urged', assignmentId);

const SUBTREE = `query($u: ID, $f: SubtreeAssignmentFilter, $n: Int, $a: String) {
  subtreeAssignments(unitId: $u, filter: $f, first: $n, after: $a) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id itemId status light deadline unit { id name } item { issuerUnit { id } } } } } }`;

/** Every page of 下级办理 for a user (the database is shared, so it can be long). */
async function subtree(who: string, vars: { u?: string; f?: Record<string, unknown> } = {}) {
  const nodes: any[] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const d: any = await as(who, SUBTREE, { ...vars, n: 50, a: after });
    total = d.subtreeAssignments.totalCount;
    nodes.push(...d.subtreeAssignments.edges.map((e: any) => e.node));
    if (!d.subtreeAssignments.pageInfo.hasNextPage) break;
    after = d.subtreeAssignments.pageInfo.endCursor;
  }
  expect(nodes).toHaveLength(total);
  return nodes;
}

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  api = await bootApi();
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL!));
  delivery = new NotificationDelivery(app, redis, config);
  for (const u of ['city_supervisor', 'suixian_supervisor', 'chengguan_liaison', 'baimiao_liaison'])
    token[u] = await api.login(u);
  for (const r of await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('4114', '411422', '411422105', '411422206')`,
  ))
    unit[r.code] = String(r.id);
  for (const r of await owner.query(`SELECT id, username FROM app_user`)) user[r.username] = String(r.id);
});

afterAll(async () => {
  await api?.close();
  await redis?.quit();
  await close?.();
});

describe('chasing along the chain (商丘市 → 睢县 → its townships)', () => {
  let itemId: string;
  const share: Record<string, string> = {};
  let townships: { id: string; unitId: string }[] = [];

  it('the city cascades its item straight to every township of 睢县', async () => {
    const { createSupervisionItem: item } = await as(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: {
          title: `人居环境整治百日攻坚-${run}`,
          source: 'COMMITTEE_DECISION',
          content: '各乡镇开展村庄清洁行动，逐村验收。',
          deadline: new Date(t0 + 20 * DAY_MS).toISOString(),
        },
      },
    );
    itemId = item.id;
    const { assignItem } = await as(
      'city_supervisor',
      `mutation($i: ID!, $c: [CascadeSelector!]) { assignItem(itemId: $i, cascade: $c) { count } }`,
      { i: itemId, c: [{ underUnitId: unit['411422'], kind: 'TOWNSHIP' }] },
    );
    expect(assignItem.count).toBe(20);
    townships = (
      await owner.query(`SELECT id, unit_id FROM assignment WHERE item_id = $1 ORDER BY id`, [itemId])
    ).map((r: any) => ({ id: String(r.id), unitId: String(r.unit_id) }));
    // Issued by the city, held by the townships: nothing at 睢县 itself.
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM assignment WHERE item_id = $1 AND issuer_unit_id = $2 AND parent_id IS NULL
          AND unit_path <@ (SELECT path FROM org_unit WHERE id = $3)`,
      [itemId, unit['4114'], unit['411422']],
    );
    expect(n).toBe(20);
    share.chengguan = townships.find((t) => t.unitId === unit['411422105'])!.id;
    share.baimiao = townships.find((t) => t.unitId === unit['411422206'])!.id;
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('睢县’s supervisor reads a township’s share of the city item and may urge it, nothing more', async () => {
    const { assignment } = await as(
      'suixian_supervisor',
      `query($a: ID!) { assignment(id: $a) { status light unit { name } issuerUnit { id } item { id }
          allowedActions } }`,
      { a: share.chengguan },
    );
    expect(assignment).toEqual({
      status: 'ASSIGNED',
      light: 'GREEN',
      unit: { name: '城关镇' },
      issuerUnit: { id: unit['4114'] },
      item: { id: itemId },
      allowedActions: ['URGE'],
    });
    // A sibling township neither sees it nor may urge it.
    const sibling = await as('baimiao_liaison', `query($a: ID!) { assignment(id: $a) { id } }`, {
      a: share.chengguan,
    });
    expect(sibling.assignment).toBeNull();
    const refused = await api.gql(
      `mutation($a: ID!) { urgeAssignment(assignmentId: $a) { number } }`,
      { a: share.chengguan },
      { token: token.baimiao_liaison },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(refused));
  });

  it('睢县 urges 城关镇 with its own numbered notice; the township is told, audited, roll-up intact', async () => {
    const { urgeAssignment } = await as(
      'suixian_supervisor',
      `mutation($a: ID!) { urgeAssignment(assignmentId: $a) { number text } }`,
      { a: share.chengguan },
    );
    expect(urgeAssignment.number).toMatch(/^睢督催〔20\d\d〕\d+号$/);
    const [notice] = await owner.query(
      `SELECT kind, target, created_by FROM urge_notice WHERE assignment_id = $1`,
      [share.chengguan],
    );
    expect(notice).toEqual({ kind: 'REMINDER', target: 'LIAISON', created_by: user.suixian_supervisor });
    const [audited] = await owner.query(
      `SELECT action, actor_id FROM audit_event WHERE chain_key = $1 ORDER BY id DESC LIMIT 1`,
      [`assignment:${share.chengguan}`],
    );
    expect(audited).toEqual({ action: 'assignment.urged', actor_id: user.suixian_supervisor });

    const [eventId] = await deliverUrges(share.chengguan);
    // 睢县 is the township's own parent: no office lies between, so only the township hears of it.
    const told = await toldOf(owner, eventId);
    expect(Object.keys(told).sort()).toEqual(['chengguan_head', 'chengguan_liaison']);
    // The notice names the item and the unit it chases.
    expect(told.chengguan_liaison).toBe(
      `催办通知 ${urgeAssignment.number}：${urgeAssignment.text}（人居环境整治百日攻坚-${run} · 城关镇）`,
    );
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('the city urges 白庙乡: 睢县, the office in between, is told in its own words', async () => {
    const { urgeAssignment } = await as(
      'city_supervisor',
      `mutation($a: ID!, $t: String) { urgeAssignment(assignmentId: $a, text: $t) { number } }`,
      { a: share.baimiao, t: '请于本周内完成村庄清洁验收' },
    );
    expect(urgeAssignment.number).toMatch(/^商督催〔20\d\d〕\d+号$/);
    const [eventId] = await deliverUrges(share.baimiao);
    const told = await toldOf(owner, eventId);
    const ITEM = `人居环境整治百日攻坚-${run}`;
    expect(told).toEqual({
      baimiao_liaison: `催办通知 ${urgeAssignment.number}：请于本周内完成村庄清洁验收（${ITEM} · 白庙乡）`,
      baimiao_head: `催办通知 ${urgeAssignment.number}：请于本周内完成村庄清洁验收（${ITEM} · 白庙乡）`,
      suixian_supervisor: `商丘市已催办白庙乡：请于本周内完成村庄清洁验收（${urgeAssignment.number}）（${ITEM}）`,
    });
    // 睢县 reads it in its inbox, in either language, pointing at the township's share.
    const { notifications } = await as(
      'suixian_supervisor',
      `{ notifications(first: 200) { edges { node { title titleEn assignmentId itemId } } } }`,
      {},
      'en',
    );
    expect(notifications.edges.map((e: any) => e.node)).toContainEqual({
      title: `商丘市 urged 白庙乡: 请于本周内完成村庄清洁验收 (${urgeAssignment.number}) (${ITEM})`,
      titleEn: `商丘市 urged 白庙乡: 请于本周内完成村庄清洁验收 (${urgeAssignment.number}) (${ITEM})`,
      assignmentId: share.baimiao,
      itemId,
    });
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('签收 is chased: unsigned after two working days → one 签收提醒 each and a yellow light', async () => {
    await as('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { status } }`, {
      a: share.chengguan,
    });
    const [{ created_at: createdAt }] = await owner.query(`SELECT created_at FROM assignment WHERE id = $1`, [
      share.baimiao,
    ]);
    const sweeper = newSweeper();
    const quiet = { quietHours: { start: 0, end: 0 }, itemId };
    const signReminders = async () =>
      (
        await owner.query(
          `SELECT a.unit_id, n.number, n.target, n.text FROM urge_notice n JOIN assignment a ON a.id = n.assignment_id
            WHERE a.item_id = $1 AND n.kind = 'SIGN_REMINDER'`,
          [itemId],
        )
      ).map((r: any) => ({ ...r, unit_id: String(r.unit_id) }));

    // One working day in: still within the 签收时限.
    let early = new Date(createdAt.getTime() + DAY_MS);
    while (workingDaysBetween(createdAt, early) < 1) early = new Date(early.getTime() + DAY_MS);
    expect(workingDaysBetween(createdAt, early)).toBe(1);
    expect((await sweeper.chaseUnsigned(early, quiet)).signReminders).toBe(0);
    expect(await signReminders()).toEqual([]);

    // A week later: every township but 城关镇 (signed for) gets one, numbered by the city.
    const later = new Date(t0 + 7 * DAY_MS);
    const days = workingDaysBetween(createdAt, later);
    expect(days).toBeGreaterThanOrEqual(5);
    await sweeper.chaseUnsigned(later, quiet);
    const sent = await signReminders();
    expect(sent.map((r: any) => r.unit_id).sort()).toEqual(
      townships
        .filter((t) => t.unitId !== unit['411422105'])
        .map((t) => t.unitId)
        .sort(),
    );
    for (const r of sent) {
      expect(r.number).toMatch(/^商督催〔20\d\d〕\d+号$/);
      expect(r.target).toBe('LIAISON');
      expect(r.text).toMatch(
        /^签收提醒（商督催〔20\d\d〕\d+号）：已交办\d+个工作日仍未签收，请联络员及时签收办理$/,
      );
    }
    // Once only.
    expect((await sweeper.chaseUnsigned(new Date(later.getTime() + 3_600_000), quiet)).signReminders).toBe(0);

    const { assignment } = await as(
      'suixian_supervisor',
      `query($a: ID!) { assignment(id: $a) { status light lightReason } }`,
      { a: share.baimiao },
    );
    expect(assignment.status).toBe('ASSIGNED');
    expect(assignment.light).toBe('YELLOW');
    expect(assignment.lightReason).toMatch(/^逾期未签收（\d+天）/);
    const english = await as(
      'suixian_supervisor',
      `query($a: ID!) { assignment(id: $a) { lightReason } }`,
      { a: share.baimiao },
      'en',
    );
    expect(english.assignment.lightReason).toMatch(/^not signed for \(\d+ working days\)/);
    // 城关镇 signed for it in time: no 签收 reason.
    const [chengguan] = await owner.query(`SELECT status, light_reason_zh FROM assignment WHERE id = $1`, [
      share.chengguan,
    ]);
    expect(chengguan.status).toBe('IN_PROGRESS');
    expect(chengguan.light_reason_zh).not.toMatch(/未签收/);
    // The chase is audited on each assignment's chain.
    const [{ n: audited }] = await owner.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE item_id = $1 AND action = 'assignment.sign_chased'`,
      [itemId],
    );
    expect(audited).toBe(19);

    // The lights roll up: 睢县 and the city see 19 yellow townships; counters equal a recount.
    await expectRollupMatchesRecount(owner, itemId);
    const [{ yellow }] = await owner.query(`SELECT yellow FROM roll_up WHERE item_id = $1 AND unit_id = $2`, [
      itemId,
      unit['411422'],
    ]);
    expect(yellow).toBeGreaterThanOrEqual(19);
    const { progressRollup } = await as(
      'suixian_supervisor',
      `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { total assigned light } }`,
      { u: unit['411422'], i: itemId },
    );
    expect(progressRollup).toEqual({ total: 20, assigned: 19, light: 'YELLOW' });

    // The city's reminder tells 睢县 too, as the office between the city and the township.
    const events = await deliverUrges(share.baimiao);
    const told = await toldOf(owner, events[events.length - 1]);
    expect(told.baimiao_liaison).toMatch(/^签收提醒（商督催/);
    expect(told.suixian_supervisor).toMatch(
      /^商丘市已催办白庙乡：签收提醒（商督催〔20\d\d〕\d+号）：已交办\d+个工作日仍未签收/,
    );
    expect(told.baimiao_head).toBeUndefined();
  });

  it('下级办理 as 睢县: exactly its subtree’s open shares of items from above, not its own items', async () => {
    // 睢县's own item to 城关镇 is its ledger, not 下级办理.
    const { createSupervisionItem: own } = await as(
      'suixian_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: {
          title: `县级自办事项-${run}`,
          source: 'COMMITTEE_DECISION',
          content: '县里自己交办的事项',
          deadline: new Date(t0 + 10 * DAY_MS).toISOString(),
        },
      },
    );
    await as(
      'suixian_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      {
        i: own.id,
        t: [unit['411422105']],
      },
    );

    const listed = await subtree('suixian_supervisor');
    expect(
      listed
        .filter((a) => a.itemId === itemId)
        .map((a) => a.id)
        .sort(),
    ).toEqual(townships.map((t) => t.id).sort());
    expect(listed.some((a) => a.itemId === own.id)).toBe(false);
    expect(listed.filter((a) => ['DONE', 'WITHDRAWN'].includes(a.status))).toEqual([]);
    const [{ outside }] = await owner.query(
      `SELECT count(*)::int AS outside FROM org_unit
        WHERE id = ANY($1::bigint[]) AND NOT path <@ (SELECT path FROM org_unit WHERE id = $2)`,
      [listed.map((a) => a.unit.id), unit['411422']],
    );
    expect(outside).toBe(0);
    // Soonest deadline first, then by id (keyset pages of 50 above).
    const keys = listed.map((a) => [Date.parse(a.deadline), Number(a.id)]);
    expect(keys).toEqual([...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]));

    // Filters, checked against the rows themselves.
    const mine = (nodes: any[]) =>
      nodes
        .filter((a) => a.itemId === itemId)
        .map((a) => a.id)
        .sort();
    expect(mine(await subtree('suixian_supervisor', { f: { status: ['IN_PROGRESS'] } }))).toEqual([
      share.chengguan,
    ]);
    const yellow = (
      await owner.query(`SELECT id FROM assignment WHERE item_id = $1 AND light = 'YELLOW'`, [itemId])
    ).map((r: any) => String(r.id));
    expect(mine(await subtree('suixian_supervisor', { f: { light: ['YELLOW'] } }))).toEqual(yellow.sort());
    expect(mine(await subtree('suixian_supervisor', { f: { overdue: true } }))).toEqual([]);
    // Created moments ago on the real clock: not yet late for 签收.
    expect(mine(await subtree('suixian_supervisor', { f: { unsigned: true } }))).toEqual([]);
    expect(
      mine(await subtree('suixian_supervisor', { f: { unsigned: false, overdue: false } })),
    ).toHaveLength(20);

    // An office inside one's subtree can be named; one above cannot.
    const chengguanOnly = await subtree('suixian_supervisor', { u: unit['411422105'] });
    expect(new Set(chengguanOnly.map((a) => a.unit.name))).toEqual(new Set(['城关镇']));
    const above = await api.gql(SUBTREE, { u: unit['4114'], n: 10 }, { token: token.suixian_supervisor });
    expect(codeOf(above)).toBe('NOT_FOUND');
    // The city issued this item itself: its 下级办理 leaves it out.
    const city = await as('city_supervisor', SUBTREE, { n: 200 });
    expect(city.subtreeAssignments.edges.some((e: any) => e.node.itemId === itemId)).toBe(false);
  });

  it('下级办理 as a township: only its own shares, 睢县’s item included (it came from above)', async () => {
    const listed = await subtree('chengguan_liaison');
    expect(new Set(listed.map((a) => a.unit.id))).toEqual(new Set([unit['411422105']]));
    expect(listed.filter((a) => a.itemId === itemId).map((a) => a.id)).toEqual([share.chengguan]);
    expect(listed.some((a) => a.item.issuerUnit.id === unit['411422'])).toBe(true);
    const foreign = await api.gql(SUBTREE, { u: unit['411422'], n: 10 }, { token: token.chengguan_liaison });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const sibling = await api.gql(
      SUBTREE,
      { u: unit['411422206'], n: 10 },
      { token: token.chengguan_liaison },
    );
    expect(codeOf(sibling)).toBe('NOT_FOUND');
    await expectRollupMatchesRecount(owner, itemId);
  });
});
