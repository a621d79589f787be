/**
 * Outbox → relay → events queue → notifications → GraphQL and graphql-ws, against the run's real
 * Postgres and Redis. The relay and the consumer run in-process on a queue prefix of this suite's own.
 *
 * Over 400 lines on purpose: one shared relay, queue and API boot for every delivery path; split, each
 * file would boot its own.
 */
import { Queue, Worker } from 'bullmq';
import { createClient, Client } from 'graphql-ws';
import IORedis from 'ioredis';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { DomainEvent, JobData, JobName, QUEUES } from '@duban/contracts';
import { JobOf, QueueOf } from '../jobs';
import { OutboxService } from '../outbox';
import { FAN_OUT_CHUNK, NotificationDelivery } from './notification-delivery.service';
import { NotificationHub } from './notification.hub';
import { NotificationJobResult, NotificationProcessor } from './notification.processor';
import { OutboxRelay, outboxJob } from './outbox-relay.service';
import { loadConfig, queuePrefix, redisOptions, Scope } from '@duban/platform';
import { bootApi, codeOf, scopeOf, session, testDataSources, TestApi } from '@duban/testing';

let app: DataSource;
let owner: DataSource;
let close: () => Promise<void>;
let api: TestApi;
let redis: IORedis;
type Events = typeof QUEUES.events;
let queue: QueueOf<Events>;
let worker: Worker<JobData<Events>, NotificationJobResult, JobName<Events>>;
let relay: OutboxRelay;
let delivery: NotificationDelivery;
/** How often the worker ran each job id: a duplicate job would show up here. */
const runs = new Map<string, number>();

let city: Scope & { id: string };
let chengguan: Scope & { id: string };
const users: Record<string, string> = {};
const run = Date.now().toString(36);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function emit(scope: Scope, event: DomainEvent, commit = true): Promise<string | null> {
  const s = session(app, scope);
  try {
    await new OutboxService().emit(await s.manager(), scope.tenantId, scope.path, event);
  } finally {
    await s.finish(commit);
  }
  // Every event below carries this run's id in its text, so its payload finds its row.
  const rows = await owner.query(`SELECT id FROM outbox WHERE payload @> $1::jsonb`, [JSON.stringify(event)]);
  return rows[0]?.id ?? null;
}

/** Relays until the outbox has nothing pending (other suites' rows included, which is harmless). */
async function drain() {
  while ((await relay.relayOnce()) > 0);
}

async function processed(outboxId: string): Promise<JobOf<Events>> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const job = await queue.getJob(`evt-${outboxId}`);
    if (job && (await job.isCompleted())) return job;
    if (job && (await job.isFailed())) throw new Error(`evt-${outboxId} failed: ${job.failedReason}`);
    await sleep(50);
  }
  throw new Error(`evt-${outboxId} was not processed in time`);
}

/** The deadline sweep's first notice to a unit's liaison, titled by its text (fictitious ids). */
const sweepUrge = (zh: string, en: string): DomainEvent => ({
  topic: 'assignment.urged',
  source: 'SWEEP',
  itemId: '616161',
  assignmentId: '626262',
  unitId: chengguan.id,
  issuerUnitId: city.id,
  number: '测督催〔2026〕1号',
  text: { zh, en },
  target: 'LIAISON',
  actorId: null,
});

const notificationsOf = (eventId: string) =>
  owner.query(`SELECT user_id, assignment_id FROM notification WHERE event_id = $1 ORDER BY user_id`, [
    eventId,
  ]);

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL!));
  const prefix = queuePrefix(`${config.REDIS_PREFIX}_notification_spec`);
  // Shared connection, as in QueueModule; the worker duplicates it for its blocking reads.
  queue = new Queue<JobData<Events>, unknown, JobName<Events>>(QUEUES.events, { connection: redis, prefix });
  delivery = new NotificationDelivery(app, redis, config);
  relay = new OutboxRelay(app, queue, config);
  const processor = new NotificationProcessor(delivery);
  worker = new Worker<JobData<Events>, NotificationJobResult, JobName<Events>>(
    QUEUES.events,
    (job) => {
      runs.set(job.id!, (runs.get(job.id!) ?? 0) + 1);
      return processor.process(job);
    },
    { connection: redis, prefix },
  );
  city = await scopeOf(owner, '4114');
  chengguan = await scopeOf(owner, '411422105');
  for (const r of await owner.query(`SELECT id, username FROM app_user`)) users[r.username] = r.id;
  api = await bootApi();
});

afterAll(async () => {
  await api?.close();
  await worker?.close();
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  await redis?.quit();
  await close?.();
});

describe('outbox relay and event consumer', () => {
  it('never delivers a rolled-back event, and delivers a committed one exactly once', async () => {
    // A bulletin is titled by its heading and told to the units' liaisons and heads.
    const unitIds = [chengguan.id];
    const lost = await emit(
      chengguan,
      { topic: 'bulletin.issued', unitIds, heading: { zh: `回滚-${run}`, en: `rolled back ${run}` } },
      false,
    );
    expect(lost).toBeNull();
    // The head is the actor here: they are not told about their own action.
    const kept = (await emit(chengguan, {
      topic: 'bulletin.issued',
      unitIds,
      actorId: users.chengguan_head,
      heading: { zh: `提交-${run}`, en: `committed ${run}` },
    }))!;

    await drain();
    await drain(); // a second relay pass finds nothing of ours to publish again
    const [row] = await owner.query(`SELECT published_at FROM outbox WHERE id = $1`, [kept]);
    expect(row.published_at).not.toBeNull();
    const job = await processed(kept);
    expect(job.data).toMatchObject({ outboxId: kept, tenantId: chengguan.tenantId });
    expect(await notificationsOf(kept)).toEqual([{ user_id: users.chengguan_liaison, assignment_id: null }]);
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM notification WHERE title_zh = $1`, [
      `回滚-${run}`,
    ]);
    expect(n).toBe(0);

    // A replayed job (same outbox id) inserts nothing.
    expect(await delivery.deliver(job.data)).toBe(0);
    expect(await delivery.deliver(job.data)).toBe(0);
    expect(await notificationsOf(kept)).toHaveLength(1);
    expect(runs.get(`evt-${kept}`)).toBe(1);
  });

  it('after a crash between add and commit, the orphaned job delivers the event once and confirms it', async () => {
    // Told to the liaison only: the head is the actor.
    const id = (await emit(chengguan, {
      topic: 'bulletin.issued',
      unitIds: [chengguan.id],
      actorId: users.chengguan_head,
      heading: { zh: `崩溃-${run}`, en: `crash ${run}` },
    }))!;
    // A relay that added the jobs and died before its commit: the rows stay pending.
    const qr = app.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const rows = await qr.query(
        `SELECT id, tenant_id, payload, publish_count FROM duban_outbox_claim($1, 1000, interval '1 hour')`,
        [chengguan.tenantId],
      );
      expect(rows.map((r: { id: string }) => r.id)).toContain(id);
      await queue.addBulk(rows.map((r: Parameters<typeof outboxJob>[0]) => outboxJob(r)));
      await qr.rollbackTransaction();
    } finally {
      await qr.release();
    }
    const [before] = await owner.query(`SELECT published_at FROM outbox WHERE id = $1`, [id]);
    expect(before.published_at).toBeNull();
    await processed(id);

    // The orphaned job delivered it and said so: the relay has nothing left to hand over.
    await drain();
    const [after] = await owner.query(
      `SELECT published_at, delivered_at IS NOT NULL AS delivered FROM outbox WHERE id = $1`,
      [id],
    );
    expect(after).toEqual({ published_at: null, delivered: true });
    await sleep(300);
    expect(runs.get(`evt-${id}`)).toBe(1);
    expect(await notificationsOf(id)).toEqual([{ user_id: users.chengguan_liaison, assignment_id: null }]);
  });

  it('holds an event with deliverAfter back in PostgreSQL until it is due, not as a delayed job in Redis', async () => {
    const id = (await emit(chengguan, {
      ...sweepUrge(`静默-${run}`, `quiet ${run}`),
      deliverAfter: new Date(Date.now() + 3_600_000).toISOString(),
    }))!;
    await drain();
    expect(await queue.getJob(`evt-${id}`)).toBeUndefined();
    const [held] = await owner.query(
      `SELECT published_at, due_at > now() AS later FROM outbox WHERE id = $1`,
      [id],
    );
    expect(held).toEqual({ published_at: null, later: true });
    // The hour has passed: the next relay pass hands it over and it is delivered.
    await owner.query(`UPDATE outbox SET due_at = now() WHERE id = $1`, [id]);
    await drain();
    await processed(id);
    expect(await notificationsOf(id)).toEqual([
      { user_id: users.chengguan_liaison, assignment_id: '626262' },
    ]);
  });

  it('notifies every active liaison of a cascade’s units in one INSERT … SELECT per chunk', async () => {
    const county = await scopeOf(owner, '411423'); // 宁陵县: no demo users live there
    const [item] = await owner.query(
      `INSERT INTO supervision_item (tenant_id, issuer_unit_id, issuer_path, title, source, content, deadline, status, created_by)
       VALUES ($1, $2, $3::ltree, $4, 'LEADER_INSTRUCTION', '通知测试', now() + interval '30 days', 'IN_PROGRESS', $5)
       RETURNING id`,
      [city.tenantId, city.id, city.path, `级联通知-${run}`, users.city_supervisor],
    );
    const [range] = await owner.query(
      `WITH ins AS (
         INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, deadline)
         SELECT o.tenant_id, $1, o.id, o.path, $2, $3::ltree, now() + interval '30 days'
           FROM org_unit o WHERE o.path <@ $4::ltree AND o.kind IN ('TOWNSHIP', 'DEPARTMENT') RETURNING id)
       SELECT count(*)::int AS n, min(id) AS min, max(id) AS max FROM ins`,
      [item.id, city.id, city.path, county.path],
    );
    expect(range.n).toBeGreaterThan(200);
    // A liaison per unit, one inactive liaison and one head (neither may hear of it).
    await owner.query(
      `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
       SELECT a.tenant_id, a.unit_id, a.unit_path, 'ntf_' || $2 || '_' || a.unit_id, '通知测试联络员', 'x', '{LIAISON}'
         FROM assignment a WHERE a.item_id = $1`,
      [item.id, run],
    );
    await owner.query(
      `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles, active)
       SELECT a.tenant_id, a.unit_id, a.unit_path, 'ntf_' || $2 || '_' || r.name || '_' || a.unit_id, '通知测试', 'x',
              r.roles::user_role[], r.active
         FROM (SELECT * FROM assignment WHERE item_id = $1 ORDER BY id LIMIT 1) a,
              (VALUES ('off', '{LIAISON}', false), ('head', '{HEAD}', true)) AS r(name, roles, active)`,
      [item.id, run],
    );

    const id = (await emit(city, {
      topic: 'item.assigned',
      itemId: item.id,
      itemTitle: `级联通知-${run}`,
      assignmentRange: { min: range.min, max: range.max },
      actorId: users.city_supervisor,
    }))!;
    await drain();
    const job = await processed(id);
    expect(job.returnvalue).toEqual({ notified: range.n });

    const [stats] = await owner.query(
      `SELECT count(*)::int AS rows,
              count(*) FILTER (WHERE a.unit_id = u.org_unit_id AND a.item_id = $2)::int AS own_assignment,
              count(*) FILTER (WHERE 'LIAISON' = ANY (u.roles) AND u.active)::int AS active_liaisons,
              count(DISTINCT (n.xmin::text, n.cmin::text))::int AS statements
         FROM notification n JOIN app_user u ON u.id = n.user_id JOIN assignment a ON a.id = n.assignment_id
        WHERE n.event_id = $1`,
      [id, item.id],
    );
    // One row per active liaison, each pointing at its own unit's assignment, one command per chunk.
    const { statements, ...counts } = stats;
    expect(counts).toEqual({ rows: range.n, own_assignment: range.n, active_liaisons: range.n });
    expect(statements).toBeLessThanOrEqual(
      Math.ceil((Number(range.max) - Number(range.min) + 1) / FAN_OUT_CHUNK),
    );
    expect(await delivery.deliver(job.data)).toBe(0);
  });
});

describe('GraphQL: notifications, unread count and read receipts', () => {
  const LIST = `query($unread: Boolean, $first: Int, $after: String) {
    notifications(unreadOnly: $unread, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title titleZh titleEn topic itemId assignmentId createdAt readAt } }
    }
    unreadNotificationCount
  }`;
  const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
  let liaison: string;
  let sibling: string;
  let head: string;
  let mine: string;

  beforeAll(async () => {
    [liaison, sibling, head] = await Promise.all(
      ['chengguan_liaison', 'baimiao_liaison', 'chengguan_head'].map((u) => api.login(u)),
    );
    const itemId = '424242';
    // Told to the unit's liaison and head; the head is the actor here, so only the liaison hears.
    const id = (await emit(chengguan, {
      topic: 'report.returned',
      itemId,
      assignmentId: '434343',
      unitId: chengguan.id,
      issuerUnitId: city.id,
      actorId: users.chengguan_head,
      reason: `材料不全-${run}`,
    }))!;
    await drain();
    await processed(id);
    [{ id: mine }] = await owner.query(`SELECT id FROM notification WHERE event_id = $1`, [id]);
  });

  it('shows the recipient the notification, titled in their language', async () => {
    const zh = await api.gql(LIST, {}, { token: liaison });
    expect(zh.errors).toBeUndefined();
    const node = zh.data!.notifications.edges[0].node;
    expect(node).toMatchObject({
      id: mine,
      // Named by its unit (this made-up item id has no title to name).
      title: `报告被退回重办：材料不全-${run}（城关镇）`,
      titleEn: `Your report was returned for rework: 材料不全-${run} (城关镇)`,
      topic: 'report.returned',
      itemId: '424242',
      assignmentId: '434343',
      readAt: null,
    });
    expect(zh.data!.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    const en = await api.gql(LIST, { first: 1 }, { token: liaison, lang: 'en' });
    expect(en.data!.notifications.edges[0].node.title).toBe(
      `Your report was returned for rework: 材料不全-${run} (城关镇)`,
    );
  });

  it('pages newest first with an opaque cursor', async () => {
    const all = await api.gql(LIST, { first: 200 }, { token: liaison });
    const ids: string[] = all.data!.notifications.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(3); // the events of the relay tests above
    expect([...ids].sort((a, b) => Number(b) - Number(a))).toEqual(ids);
    const first = await api.gql(LIST, { first: 1 }, { token: liaison });
    expect(first.data!.notifications.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql(
      LIST,
      { first: 1, after: first.data!.notifications.pageInfo.endCursor },
      { token: liaison },
    );
    expect(next.data!.notifications.edges[0].node.id).toBe(ids[1]);
    expect(codeOf(await api.gql(LIST, { after: 'garbage' }, { token: liaison }))).toBe('BAD_USER_INPUT');
  });

  it('shows nothing of it to a sibling township or to a colleague, and refuses their read receipts', async () => {
    for (const token of [sibling, head]) {
      const r = await api.gql(LIST, { first: 200 }, { token });
      expect(r.errors).toBeUndefined();
      expect(r.data!.notifications.edges.map((e: any) => e.node.id)).not.toContain(mine);
      const marked = await api.gql(MARK, { ids: [mine] }, { token });
      expect(marked.data).toEqual({ markNotificationsRead: 0 });
    }
    const [row] = await owner.query(`SELECT read_at FROM notification WHERE id = $1`, [mine]);
    expect(row.read_at).toBeNull();
  });

  it('drops the unread count after the read receipt, once', async () => {
    const before = (await api.gql(LIST, {}, { token: liaison })).data!.unreadNotificationCount;
    expect(await api.gql(MARK, { ids: [mine] }, { token: liaison })).toEqual({
      data: { markNotificationsRead: 1 },
    });
    expect(await api.gql(MARK, { ids: [mine] }, { token: liaison })).toEqual({
      data: { markNotificationsRead: 0 },
    });
    const after = await api.gql(LIST, { unread: true, first: 200 }, { token: liaison });
    expect(after.data!.unreadNotificationCount).toBe(before - 1);
    expect(after.data!.notifications.edges.map((e: any) => e.node.id)).not.toContain(mine);
    const read = await api.gql(LIST, { first: 200 }, { token: liaison });
    const node = read.data!.notifications.edges.find((e: any) => e.node.id === mine).node;
    expect(node.readAt).not.toBeNull();

    // null ids = all of the caller's own, and nothing of anyone else's.
    const siblingUnread = (await api.gql(LIST, {}, { token: sibling })).data!.unreadNotificationCount;
    const all = await api.gql(MARK, { ids: null }, { token: liaison });
    expect(all.data!.markNotificationsRead).toBe(before - 1);
    expect((await api.gql(LIST, {}, { token: liaison })).data!.unreadNotificationCount).toBe(0);
    expect((await api.gql(LIST, {}, { token: sibling })).data!.unreadNotificationCount).toBe(siblingUnread);
    expect(codeOf(await api.gql(MARK, { ids: ['x1'] }, { token: liaison }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('names its item (编号 and 名称) for the recipient, and null for an item RLS hides', async () => {
    const insertItem = async (title: string, regNumber: string) =>
      (
        await owner.query(
          `INSERT INTO supervision_item (tenant_id, issuer_unit_id, issuer_path, title, reg_number, source, content, deadline, status, created_by)
           VALUES ($1, $2, $3::ltree, $4, $5, 'LEADER_INSTRUCTION', '通知事项', now() + interval '30 days', 'IN_PROGRESS', $6)
           RETURNING id`,
          [city.tenantId, city.id, city.path, title, regNumber, users.city_supervisor],
        )
      )[0].id as string;
    // Assigned to 城关镇, so its liaison sees it; the other one is the city's own, out of their sight.
    const shown = await insertItem(`通知事项-${run}`, `测督〔2026〕${run}号`);
    const hidden = await insertItem(`不可见事项-${run}`, `测督〔2026〕${run}-2号`);
    await owner.query(
      `INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, deadline)
       VALUES ($1, $2, $3, $4::ltree, $5, $6::ltree, now() + interval '30 days')`,
      [city.tenantId, shown, chengguan.id, chengguan.path, city.id, city.path],
    );
    const ids: Record<string, string> = {};
    for (const [name, itemId] of Object.entries({ shown, hidden })) {
      const id = (await emit(chengguan, {
        ...sweepUrge(`${name}-${run}`, `${name} ${run}`),
        itemId,
      }))!;
      await drain();
      await processed(id);
      [{ id: ids[name] }] = await owner.query(`SELECT id FROM notification WHERE event_id = $1`, [id]);
    }

    const res = await api.gql(
      `query { notifications(first: 200) { edges { node { id itemId item { id title regNumber } } } } }`,
      {},
      { token: liaison },
    );
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.notifications.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId.get(ids.shown)).toEqual({
      id: ids.shown,
      itemId: shown,
      item: { id: shown, title: `通知事项-${run}`, regNumber: `测督〔2026〕${run}号` },
    });
    expect(byId.get(ids.hidden)).toEqual({ id: ids.hidden, itemId: hidden, item: null });
  });
});

describe('graphql-ws: notificationAdded', () => {
  const SUB = `subscription { notificationAdded { id title topic itemId readAt } }`;
  let url: string;
  const clients: Client[] = [];

  const connect = (token: string | null, lang?: string) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(lang ? { 'accept-language': lang } : {}),
      },
    });
    clients.push(client);
    return client;
  };

  /** Collects a subscription's results; `errors` receives a close event or GraphQL errors. */
  const listen = (client: Client, query: string) => {
    const received: any[] = [];
    const errors: any[] = [];
    client.subscribe(
      { query },
      { next: (v) => void received.push(v), error: (e) => void errors.push(e), complete: () => undefined },
    );
    return { received, errors };
  };

  const until = async (check: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await sleep(25);
    }
  };

  beforeAll(async () => {
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    url = `ws://127.0.0.1:${port}/graphql`;
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('pushes a new notification to its recipient only, in their language', async () => {
    const hub = api.app.get(NotificationHub);
    const liaisonId = users.chengguan_liaison;
    const siblingId = users.baimiao_liaison;
    const mine = listen(connect(await api.login('chengguan_liaison'), 'en'), SUB);
    const theirs = listen(connect(await api.login('baimiao_liaison')), SUB);
    await until(() => hub.listenerCount(liaisonId) === 1 && hub.listenerCount(siblingId) === 1);

    const id = (await emit(chengguan, {
      ...sweepUrge(`催办通知-${run}`, `Urge notice ${run}`),
      itemId: '515151',
    }))!;
    await drain();
    await processed(id);
    await until(() => mine.received.length > 0);
    const [{ id: stored }] = await owner.query(`SELECT id FROM notification WHERE event_id = $1`, [id]);
    expect(mine.received).toEqual([
      {
        data: {
          notificationAdded: {
            id: stored,
            // Named by its unit (the made-up item has no title to name).
            title: `Urge notice ${run} (城关镇)`,
            topic: 'assignment.urged',
            itemId: '515151',
            readAt: null,
          },
        },
      },
    ]);
    await sleep(200);
    expect(theirs.received).toEqual([]);
    expect(mine.errors).toEqual([]);
  });

  it('refuses a connection without a valid token or with an access token, and queries over the socket', async () => {
    const anonymous = listen(connect(null), SUB);
    const forged = listen(connect('not-a-jwt'), SUB);
    // A personal access token (访问令牌) is for HTTP queries only.
    const made = await api.gql(
      `mutation { createAccessToken(input: { name: "订阅核验" }) { token } }`,
      {},
      { token: await api.login('chengguan_liaison') },
    );
    const pat = listen(connect(made.data!.createAccessToken.token), SUB);
    await until(() => anonymous.errors.length > 0 && forged.errors.length > 0 && pat.errors.length > 0);
    expect(anonymous.errors[0].code).toBe(4403);
    expect(forged.errors[0].code).toBe(4403);
    expect(pat.errors[0].code).toBe(4403);
    expect(pat.received).toEqual([]);

    const query = listen(connect(await api.login('chengguan_liaison')), `{ unreadNotificationCount }`);
    await until(() => query.errors.length > 0);
    expect(query.errors[0][0].extensions.code).toBe('BAD_USER_INPUT');
    expect(query.received).toEqual([]);
  });
});
