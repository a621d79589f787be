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
import { DomainEventJob } from '@duban/contracts';
import { NotificationDelivery, rollupDifferences } from '@duban/domain';
import { loadConfig, redisOptions } from '@duban/platform';
import { bootApi, codeOf, testDataSources, TestApi } from '@duban/testing';

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

async function as<T = any>(user: User, query: string, variables: Record<string, unknown> = {}) {
  return api.gql<T>(query, variables, { token: token[user] });
}
async function ok<T = any>(user: User, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await as<T>(user, query, variables);
  if (r.errors) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

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

async function expectRollupMatchesRecount() {
  expect(await rollupDifferences((sql, p) => owner.query(sql, p), itemId)).toEqual([]);
}

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
async function deliver(topic: string, assignmentId: string): Promise<string[]> {
  const rows = await owner.query(
    `SELECT id, tenant_id, payload FROM outbox WHERE topic = $1 AND payload->>'assignmentId' = $2 ORDER BY id`,
    [topic, assignmentId],
  );
  for (const r of rows) {
    const job: DomainEventJob = { outboxId: String(r.id), tenantId: String(r.tenant_id), event: r.payload };
    await delivery.deliver(job);
  }
  return rows.map((r: { id: string }) => String(r.id));
}

/** Who was told of an event, by username, with the Chinese title. */
async function toldOf(eventId: string): Promise<Record<string, string>> {
  const rows = await owner.query(
    `SELECT u.username, n.title_zh FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.event_id = $1`,
    [eventId],
  );
  return Object.fromEntries(
    rows.map((r: { username: string; title_zh: string }) => [r.username, r.title_zh]),
  );
}

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL));
  delivery = new NotificationDelivery(app, redis, config);
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  const units = await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('411422', '411422105', '411422206')`,
  );
  const id = (code: string) => String(units.find((u: { code: string }) => u.code === code).id);
  Object.assign(unit, { suixian: id('411422'), chengguan: id('411422105'), baimiao: id('411422206') });
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title: '上报协调链路核验', source: 'LEADER_INSTRUCTION', content: '核验', deadline: at(20) } },
  );
  itemId = createSupervisionItem.id;
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: [id('411422')],
    },
  );
  [{ id: county }] = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [itemId]);
  await ok('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: county });
  await ok(
    'suixian_supervisor',
    `mutation($a: ID!, $t: [ShareInput!], $d: DateTime) { delegateAssignment(id: $a, targets: $t, deadline: $d) { count } }`,
    { a: county, t: [{ unitId: id('411422105') }, { unitId: id('411422206') }], d: at(10) },
  );
  const shares = await owner.query(`SELECT id::text, unit_id::text FROM assignment WHERE parent_id = $1`, [
    county,
  ]);
  township = shares.find((s: { unit_id: string }) => s.unit_id === id('411422105')).id;
  baimiao = shares.find((s: { unit_id: string }) => s.unit_id === id('411422206')).id;
  await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: township });
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
    await expectRollupMatchesRecount();
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
    await expectRollupMatchesRecount();
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
    expect((await toldOf(askedEvent)).city_supervisor).toBe(`下级上报协调：${asked.reason}`);
    const [forwardedEvent] = await deliver('escalation.forwarded', township);
    expect(await toldOf(forwardedEvent)).toMatchObject({
      chengguan_liaison: `上报协调事项已转报上级协调（意见：${OPINION}）`,
    });
    await expectRollupMatchesRecount();
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
    await expectRollupMatchesRecount();
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
    expect(await toldOf(resolvedEvent)).toMatchObject({
      chengguan_liaison: `上报协调事项已答复：${ANSWER}`,
      chengguan_head: `上报协调事项已答复：${ANSWER}`,
    });
    const { notifications } = await ok(
      'chengguan_liaison',
      `{ notifications(first: 100) { edges { node { title topic assignmentId } } } }`,
    );
    expect(notifications.edges.map((e: any) => e.node)).toContainEqual({
      title: `上报协调事项已答复：${ANSWER}`,
      topic: 'escalation.resolved',
      assignmentId: township,
    });
    // 睢县, which forwarded it, hears the answer on its own assignment too.
    const [countyEvent] = await deliver('escalation.resolved', county);
    expect((await toldOf(countyEvent)).suixian_supervisor).toBe(`上报协调事项已答复：${ANSWER}`);
    await expectRollupMatchesRecount();
  });

  it('nothing is left to answer: repeating the answer is refused and changes nothing', async () => {
    const before = await trace();
    expect(codeOf(await as('city_supervisor', RESOLVE, { a: county, r: ANSWER }))).toBe('CONFLICT');
    expect(codeOf(await as('suixian_supervisor', RESOLVE, { a: township, r: ANSWER }))).toBe('CONFLICT');
    expect(codeOf(await as('suixian_supervisor', FORWARD, { a: township, o: OPINION }))).toBe('CONFLICT');
    expect(await trace()).toEqual(before);
    await expectRollupMatchesRecount();
  });
});
