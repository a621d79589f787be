/**
 * 上报协调 along the chain, on the real 商丘市 tree through GraphQL: the city assigns 睢县, 睢县 splits
 * to 城关镇 and 白庙乡. 城关镇 escalates; 睢县 forwards it with its opinion (nothing re-typed) as an
 * escalation on its own assignment; the city reads both texts and answers, which settles both levels
 * in one transaction and tells the township. The light is yellow while it waits, the county's
 * roll-up counts it, and after every step the roll-up equals a recount. Every refused request
 * changes nothing.
 */
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { NotificationDelivery } from '@duban/domain';
import { loadConfig, redisOptions } from '@duban/platform';
import {
  bootApi,
  cityToSuixianToTownships,
  codeOf,
  deliverEvents,
  expectRollupMatchesRecount,
  testDataSources,
  TestApi,
  toldOf,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let app: DataSource;
let close: () => Promise<void>;
let redis: IORedis;
let delivery: NotificationDelivery;
const token: Record<string, string> = {};
const USERS = [
  'city_supervisor',
  'suixian_supervisor',
  'chengguan_liaison',
  'chengguan_head',
  'baimiao_liaison',
] as const;
type User = (typeof USERS)[number];

const t0 = Date.now();
const at = (days: number) => new Date(t0 + days * DAY).toISOString();
let itemId: string;
let county: string; // 睢县's assignment (top level, given by the city)
let township: string; // 城关镇's share of it
let baimiao: string; // 白庙乡's share
const unit: Record<'suixian' | 'chengguan' | 'baimiao', string> = { suixian: '', chengguan: '', baimiao: '' };

const QUESTION = '河道清障涉及市管河段，需市水利局审批';
const OPINION = '情况属实，县级无审批权限，建议市级协调';
const ANSWER = '已协调市水利局现场办公，本周内完成审批';

const { as, ok } = usersOf<User>(() => api, token);

const ESCALATE = `mutation($a: ID!, $r: String!) { escalateAssignment(assignmentId: $a, reason: $r) { id escalated } }`;
const FORWARD = `mutation($a: ID!, $o: String!) { forwardEscalation(assignmentId: $a, opinion: $o) {
  id escalated escalationForwarded } }`;
const RESOLVE = `mutation($a: ID!, $r: String!) { resolveEscalation(assignmentId: $a, resolution: $r) {
  id escalated escalationForwarded } }`;
const ASSIGNMENT = `query($id: ID!) { assignment(id: $id) {
  escalated escalationForwarded light lightReason allowedActions
  escalations { id status reason forwardedTo forwardOpinion resolution resolvedAt } } }`;

const assignment = async (user: User, id: string) => (await ok(user, ASSIGNMENT, { id })).assignment;
/** Open escalations in a unit's subtree for the item, as its office reads them. */
const escalatedAt = async (user: User, orgUnitId: string) =>
  (
    await ok(user, `query($u: ID!, $i: ID) { progressRollup(orgUnitId: $u, itemId: $i) { escalated } }`, {
      u: orgUnitId,
      i: itemId,
    })
  ).progressRollup.escalated;
const countyEscalated = () => escalatedAt('suixian_supervisor', unit.suixian);

/** Everything a refused request could have touched. */
async function trace() {
  const [assignments, escalations, audit, outbox, rollups] = await Promise.all([
    owner.query(
      `SELECT id, escalated, escalation_forwarded, light, updated_at FROM assignment WHERE item_id = $1 ORDER BY id`,
      [itemId],
    ),
    owner.query(
      `SELECT e.* FROM escalation e JOIN assignment a ON a.id = e.assignment_id WHERE a.item_id = $1 ORDER BY e.id`,
      [itemId],
    ),
    owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE item_id = $1`, [itemId]),
    owner.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'itemId' = $1`, [itemId]),
    owner.query(`SELECT * FROM roll_up WHERE item_id = $1 ORDER BY unit_id`, [itemId]),
  ]);
  return { assignments, escalations, audit, outbox, rollups };
}

/** Delivers an assignment's events of a topic as the worker would (idempotent) and returns their ids. */
const deliver = (topic: string, assignmentId: string) => deliverEvents(owner, delivery, topic, assignmentId);

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL!));
  delivery = new NotificationDelivery(app, redis, config);
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  const chain = await cityToSuixianToTownships(owner, ok, {
    title: '上报协调链路核验',
    townships: ['411422105', '411422206'],
    at,
  });
  ({ itemId, county } = chain);
  township = chain.shareOf('411422105');
  baimiao = chain.shareOf('411422206');
  const { unitOf } = chain;
  Object.assign(unit, {
    suixian: unitOf('411422'),
    chengguan: unitOf('411422105'),
    baimiao: unitOf('411422206'),
  });
});

afterAll(async () => {
  await api?.close();
  await close?.();
  await redis?.quit();
});

describe('上报协调 along the chain', () => {
  it('a township escalates to 睢县: its light turns yellow and the county’s roll-up counts it', async () => {
    const before = await assignment('chengguan_liaison', township);
    expect(before).toMatchObject({ escalated: false, light: 'GREEN' });
    expect(await countyEscalated()).toBe(0);

    await ok('chengguan_liaison', ESCALATE, { a: township, r: QUESTION });
    const mine = await assignment('chengguan_liaison', township);
    expect(mine).toMatchObject({ escalated: true, escalationForwarded: false, light: 'YELLOW' });
    expect(mine.lightReason).toContain('上报协调中');
    expect(mine.escalations).toEqual([
      expect.objectContaining({ status: 'OPEN', reason: QUESTION, forwardedTo: null, resolution: null }),
    ]);
    expect(mine.allowedActions).not.toContain('ESCALATE');
    expect(await countyEscalated()).toBe(1);
    // The city's own roll-up counts it too; 白庙乡's does not.
    const { supervisionItem } = await ok(
      'city_supervisor',
      `query($id: ID!) { supervisionItem(id: $id) { rollup { escalated } } }`,
      { id: itemId },
    );
    expect(supervisionItem.rollup.escalated).toBe(1);
    expect(await escalatedAt('chengguan_liaison', unit.chengguan)).toBe(1);
    expect(await escalatedAt('baimiao_liaison', unit.baimiao)).toBe(0);
    // 睢县, which assigned it, may answer it or pass it up; the city only urges.
    expect((await assignment('suixian_supervisor', township)).allowedActions).toEqual(
      expect.arrayContaining(['RESOLVE_ESCALATION', 'FORWARD_ESCALATION']),
    );
    const city = (await assignment('city_supervisor', township)).allowedActions;
    expect(city).not.toContain('RESOLVE_ESCALATION');
    expect(city).not.toContain('FORWARD_ESCALATION');
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('only 睢县 may forward it, with an opinion; refused requests change nothing', async () => {
    const before = await trace();
    expect(codeOf(await as('chengguan_liaison', FORWARD, { a: township, o: OPINION }))).toBe('FORBIDDEN');
    expect(codeOf(await as('chengguan_head', FORWARD, { a: township, o: OPINION }))).toBe('FORBIDDEN');
    expect(codeOf(await as('baimiao_liaison', FORWARD, { a: township, o: OPINION }))).toBe('FORBIDDEN');
    // The city is above, but it did not assign the township's share.
    expect(codeOf(await as('city_supervisor', FORWARD, { a: township, o: OPINION }))).toBe('FORBIDDEN');
    expect(codeOf(await as('suixian_supervisor', FORWARD, { a: township, o: '  ' }))).toBe('BAD_USER_INPUT');
    // Nothing to forward on 白庙乡's share; the township cannot escalate twice.
    expect(codeOf(await as('suixian_supervisor', FORWARD, { a: baimiao, o: OPINION }))).toBe('CONFLICT');
    expect(codeOf(await as('chengguan_liaison', ESCALATE, { a: township, r: '再次上报' }))).toBe('CONFLICT');
    // Another township neither sees the escalation nor its assignment.
    expect((await ok('baimiao_liaison', ASSIGNMENT, { id: township })).assignment).toBeNull();
    expect(await trace()).toEqual(before);
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('睢县 forwards it with its opinion: the city reads one escalation with both texts', async () => {
    const { forwardEscalation } = await ok('suixian_supervisor', FORWARD, { a: township, o: OPINION });
    expect(forwardEscalation).toMatchObject({ escalated: true, escalationForwarded: true });

    const upward = await assignment('city_supervisor', county);
    expect(upward.escalated).toBe(true);
    expect(upward.escalations).toHaveLength(1);
    const [asked] = upward.escalations;
    expect(asked).toMatchObject({ status: 'OPEN', forwardedTo: null });
    expect(asked.reason).toBe(`城关镇上报协调：${QUESTION}；睢县意见：${OPINION}`);
    // Top level: the city answers it; there is nobody above to forward to.
    expect(upward.allowedActions).toContain('RESOLVE_ESCALATION');
    expect(upward.allowedActions).not.toContain('FORWARD_ESCALATION');

    const mine = await assignment('chengguan_liaison', township);
    expect(mine).toMatchObject({ escalated: true, escalationForwarded: true, light: 'YELLOW' });
    expect(mine.escalations).toEqual([
      expect.objectContaining({ status: 'FORWARDED', forwardedTo: asked.id, forwardOpinion: OPINION }),
    ]);
    // 睢县 waits for the city now: it neither answers nor forwards again.
    const suixian = (await assignment('suixian_supervisor', township)).allowedActions;
    expect(suixian).not.toContain('RESOLVE_ESCALATION');
    expect(suixian).not.toContain('FORWARD_ESCALATION');
    // Still one open escalation in 睢县's subtree: its own assignment is split and counts nothing.
    expect(await countyEscalated()).toBe(1);

    // The city is asked in the composed words; the township hears that it went up.
    const [askedEvent] = await deliver('assignment.escalated', county);
    expect((await toldOf(owner, askedEvent)).city_supervisor).toBe(
      // The composed reason already names 睢县: only the item is added.
      `下级上报协调：${asked.reason}（上报协调链路核验）`,
    );
    const [forwardedEvent] = await deliver('escalation.forwarded', township);
    expect(await toldOf(owner, forwardedEvent)).toMatchObject({
      chengguan_liaison: `上报协调事项已转报上级协调（意见：${OPINION}）（上报协调链路核验 · 城关镇）`,
    });
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('once forwarded, 睢县 cannot answer it and the city cannot forward a top-level one', async () => {
    const before = await trace();
    const answer = await as('suixian_supervisor', RESOLVE, { a: township, r: '县里答复' });
    expect(codeOf(answer)).toBe('CONFLICT');
    expect(answer.errors![0].message).toMatch(/上级|office above/);
    expect(codeOf(await as('suixian_supervisor', FORWARD, { a: township, o: OPINION }))).toBe('CONFLICT');
    const top = await as('city_supervisor', FORWARD, { a: county, o: '报省协调' });
    expect(codeOf(top)).toBe('CONFLICT');
    expect(top.errors![0].message).toMatch(/没有可转报的上级单位|no office above/);
    expect(codeOf(await as('suixian_supervisor', RESOLVE, { a: county, r: '自行答复' }))).toBe('FORBIDDEN');
    expect(await trace()).toEqual(before);
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('the city answers: both levels are resolved at once, the flags clear and the township is told', async () => {
    const { resolveEscalation } = await ok('city_supervisor', RESOLVE, { a: county, r: ANSWER });
    expect(resolveEscalation).toMatchObject({ escalated: false, escalationForwarded: false });

    for (const id of [county, township]) {
      const a = await assignment('city_supervisor', id);
      expect(a).toMatchObject({ escalated: false, escalationForwarded: false });
      expect(a.escalations[0]).toMatchObject({ status: 'RESOLVED', resolution: ANSWER });
      expect(a.escalations[0].resolvedAt).toBeTruthy();
    }
    const mine = await assignment('chengguan_liaison', township);
    expect(mine.light).toBe('GREEN');
    expect(mine.lightReason).not.toContain('上报协调中');
    expect(mine.allowedActions).toContain('ESCALATE');
    expect(await countyEscalated()).toBe(0);

    // Recorded with who answered, on both rows, in the same transaction.
    const rows = await owner.query(
      `SELECT e.status, e.resolution, u.username, e.resolved_at FROM escalation e JOIN app_user u ON u.id = e.resolved_by
        WHERE e.assignment_id = ANY($1::bigint[]) ORDER BY e.id`,
      [[county, township]],
    );
    expect(rows.map((r: any) => [r.status, r.resolution, r.username])).toEqual([
      ['RESOLVED', ANSWER, 'city_supervisor'],
      ['RESOLVED', ANSWER, 'city_supervisor'],
    ]);
    expect(rows[0].resolved_at).toEqual(rows[1].resolved_at);

    // The unit that asked hears the answer, in its inbox.
    const [resolvedEvent] = await deliver('escalation.resolved', township);
    expect(await toldOf(owner, resolvedEvent)).toMatchObject({
      chengguan_liaison: `上报协调事项已答复：${ANSWER}（上报协调链路核验 · 城关镇）`,
      chengguan_head: `上报协调事项已答复：${ANSWER}（上报协调链路核验 · 城关镇）`,
    });
    const { notifications } = await ok(
      'chengguan_liaison',
      `{ notifications(first: 100) { edges { node { title topic assignmentId } } } }`,
    );
    expect(notifications.edges.map((e: any) => e.node)).toContainEqual({
      title: `上报协调事项已答复：${ANSWER}（上报协调链路核验 · 城关镇）`,
      topic: 'escalation.resolved',
      assignmentId: township,
    });
    // 睢县, which forwarded it, hears the answer on its own assignment too.
    const [countyEvent] = await deliver('escalation.resolved', county);
    expect((await toldOf(owner, countyEvent)).suixian_supervisor).toBe(
      `上报协调事项已答复：${ANSWER}（上报协调链路核验 · 睢县）`,
    );
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('nothing is left to answer: repeating the answer is refused and changes nothing', async () => {
    const before = await trace();
    expect(codeOf(await as('city_supervisor', RESOLVE, { a: county, r: ANSWER }))).toBe('CONFLICT');
    expect(codeOf(await as('suixian_supervisor', RESOLVE, { a: township, r: ANSWER }))).toBe('CONFLICT');
    expect(codeOf(await as('suixian_supervisor', FORWARD, { a: township, o: OPINION }))).toBe('CONFLICT');
    expect(await trace()).toEqual(before);
    await expectRollupMatchesRecount(owner, itemId);
  });
});
