/**
 * Delivery is confirmed in PostgreSQL. With a real relay, queue and consumer on this suite's own queue
 * prefix: an event whose job vanished with Redis is handed over again after the redelivery timeout and
 * delivered once, one whose job still waits in the queue is not; a consumer whose database connection
 * is killed in the middle of a 3,000-liaison cascade resumes at the chunk where it stopped (nothing
 * lost, nothing doubled); two consumers of one event at once deliver it once.
 */
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainEvent, JobData, JobName, QUEUES } from '@duban/contracts';
import {
  ENTITIES,
  FAN_OUT_CHUNK,
  NotificationDelivery,
  NotificationJobResult,
  NotificationProcessor,
  OutboxRelay,
  OutboxService,
} from '@duban/domain';
import { createDataSource, loadConfig, queuePrefix, redisOptions, Scope } from '@duban/platform';
import { privateDataSources, scopeOf, session, type TestDatabase } from '@duban/testing';

type Events = typeof QUEUES.events;
const REDELIVER_MS = 1_000;
const run = Date.now().toString(36);
const config = { ...loadConfig(), OUTBOX_REDELIVER_AFTER_MS: REDELIVER_MS };
let app: DataSource;
let owner: DataSource;
let close: () => Promise<void>;
let privateDb: TestDatabase;
let redis: IORedis;
let queue: Queue<JobData<Events>, unknown, JobName<Events>>;
let relay: OutboxRelay;
let delivery: NotificationDelivery;
let worker: Worker<JobData<Events>, NotificationJobResult, JobName<Events>> | undefined;
let city: Scope & { id: string };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function emit(scope: Scope, event: DomainEvent): Promise<string> {
  const s = session(app, scope);
  await new OutboxService().emit(await s.manager(), scope.tenantId, scope.path, event);
  await s.finish(true);
  const [row] = await owner.query(`SELECT id::text FROM outbox WHERE payload @> $1::jsonb`, [
    JSON.stringify(event),
  ]);
  return row.id;
}

const drain = async () => {
  while ((await relay.relayOnce()) > 0);
};

function startWorker(consumer = delivery) {
  const processor = new NotificationProcessor(consumer);
  worker = new Worker<JobData<Events>, NotificationJobResult, JobName<Events>>(
    QUEUES.events,
    (job) => processor.process(job),
    {
      connection: redis,
      prefix: queuePrefix(`${config.REDIS_PREFIX}_outbox_delivery_spec`),
    },
  );
}

async function outboxRow(id: string) {
  const [row] = await owner.query(
    `SELECT delivered_at IS NOT NULL AS delivered, progress::text, publish_count FROM outbox WHERE id = $1`,
    [id],
  );
  return row as { delivered: boolean; progress: string | null; publish_count: number };
}

async function until(what: string, check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const countOf = async (eventId: string) =>
  (
    await owner.query(
      `SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS users FROM notification WHERE event_id = $1`,
      [eventId],
    )
  )[0] as {
    n: number;
    users: number;
  };

/** An item assigned (straight in SQL) to every township and department of 商丘市, each with a liaison. */
async function bigCascade(): Promise<{ itemId: string; min: string; max: string; n: number }> {
  const [item] = await owner.query(
    `INSERT INTO supervision_item (tenant_id, issuer_unit_id, issuer_path, title, source, content, deadline, status, created_by)
     SELECT $1, $2, $3::ltree, $4, 'LEADER_INSTRUCTION', '投递测试', now() + interval '30 days', 'IN_PROGRESS', u.id
       FROM app_user u WHERE u.username = 'city_supervisor' RETURNING id::text`,
    [city.tenantId, city.id, city.path, `投递-${run}`],
  );
  const [range] = await owner.query(
    `WITH ins AS (
       INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, deadline)
       SELECT o.tenant_id, $1, o.id, o.path, $2, $3::ltree, now() + interval '30 days'
         FROM org_unit o WHERE o.path <@ $3::ltree AND o.kind IN ('TOWNSHIP', 'DEPARTMENT') RETURNING id)
     SELECT count(*)::int AS n, min(id)::text AS min, max(id)::text AS max FROM ins`,
    [item.id, city.id, city.path],
  );
  await owner.query(
    `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
     SELECT a.tenant_id, a.unit_id, a.unit_path, 'dlv_' || $2 || '_' || a.unit_id, '投递测试联络员', 'x', '{LIAISON}'
       FROM assignment a WHERE a.item_id = $1`,
    [item.id, run],
  );
  return { itemId: item.id, ...range };
}

beforeAll(async () => {
  // Its own database: the cascade adds a liaison at every township, which suites counting 城关镇's
  // users on the shared database would see.
  ({ app, owner, close, db: privateDb } = await privateDataSources('outbox_delivery'));
  redis = new IORedis(redisOptions(config.REDIS_URL!));
  queue = new Queue(QUEUES.events, {
    connection: redis,
    prefix: queuePrefix(`${config.REDIS_PREFIX}_outbox_delivery_spec`),
  });
  relay = new OutboxRelay(app, queue, config);
  delivery = new NotificationDelivery(app, redis, config);
  city = await scopeOf(owner, '4114');
  await drain(); // other suites' pending rows go to this suite's private queue, where nothing consumes them
});

afterEach(async () => {
  await worker?.close();
  worker = undefined;
});

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  await redis?.quit();
  await close?.();
});

it('an event whose job vanished with Redis is handed over again after the timeout and delivered once', async () => {
  const id = await emit(city, {
    topic: 'bulletin.issued',
    unitIds: [(await scopeOf(owner, '411422105')).id],
    heading: { zh: `丢失-${run}`, en: `lost ${run}` },
  });
  await drain();
  expect(await outboxRow(id)).toEqual({ delivered: false, progress: null, publish_count: 1 });
  // Redis restarted empty: the job is gone before any worker took it.
  await queue.obliterate({ force: true });
  await drain();
  expect((await outboxRow(id)).publish_count).toBe(1); // not yet: the timeout has not passed

  await sleep(REDELIVER_MS + 100);
  await drain();
  expect((await outboxRow(id)).publish_count).toBe(2);
  expect(await queue.getJob(`evt-${id}.1`)).toBeDefined();
  startWorker();
  await until('delivery', async () => (await outboxRow(id)).delivered);
  expect(await countOf(id)).toEqual({ n: 2, users: 2 }); // 城关镇's liaison and head
  await sleep(REDELIVER_MS + 100);
  expect(await relay.relayOnce()).toBe(0); // confirmed: never handed over again
});

it('an event whose job still waits behind a backlog keeps that job: no redelivery until the job is gone', async () => {
  // Found by the chaos suite: 3,507 notices released at once were re-published up to 11 times each.
  const id = await emit(city, {
    topic: 'bulletin.issued',
    unitIds: [(await scopeOf(owner, '411422105')).id],
    heading: { zh: `积压-${run}`, en: `backlog ${run}` },
  });
  await drain();
  for (let i = 0; i < 2; i++) {
    await sleep(REDELIVER_MS + 100);
    await drain();
  }
  expect((await outboxRow(id)).publish_count).toBe(1);
  expect(await queue.getJobState(`evt-${id}`)).toBe('waiting');
  expect(await queue.getJob(`evt-${id}.1`)).toBeUndefined();

  // The job is lost after all: a timeout after its last check, the event is handed over again.
  await (await queue.getJob(`evt-${id}`))!.remove();
  await sleep(REDELIVER_MS + 100);
  await drain();
  expect((await outboxRow(id)).publish_count).toBe(2);
  expect(await queue.getJob(`evt-${id}.1`)).toBeDefined();
  startWorker();
  await until('delivery', async () => (await outboxRow(id)).delivered);
  expect(await countOf(id)).toEqual({ n: 2, users: 2 });
});

it('a consumer killed halfway through a cascade resumes at its chunk: every liaison told exactly once', async () => {
  const cascade = await bigCascade();
  expect(cascade.n).toBeGreaterThan(3 * FAN_OUT_CHUNK);
  const id = await emit(city, {
    topic: 'item.assigned',
    itemId: cascade.itemId,
    itemTitle: `投递-${run}`,
    assignmentRange: { min: cascade.min, max: cascade.max },
  });
  // The doomed consumer has connections of its own, so killing them touches no other suite.
  const victimUrl = new URL(privateDb.appUrl);
  victimUrl.searchParams.set('application_name', `victim_${run}`);
  const victimDb = await createDataSource(victimUrl.toString(), ENTITIES, [], 2).initialize();
  const victim = new NotificationDelivery(victimDb, redis, config);
  try {
    const [job] = await owner.query(
      `SELECT id::text AS "outboxId", tenant_id::text AS "tenantId", payload AS event FROM outbox WHERE id = $1`,
      [id],
    );
    const dying = victim.deliver(job);
    // Hold the event's row between chunks: once the first chunk has committed, the victim's next chunk
    // waits for this lock, and that is when its connections die (deterministic, however fast it runs).
    const holder = owner.createQueryRunner();
    await holder.connect();
    try {
      for (;;) {
        await holder.startTransaction();
        const [row] = await holder.query(`SELECT progress FROM outbox WHERE id = $1 FOR UPDATE`, [id]);
        if (row.progress !== null) break;
        await holder.commitTransaction();
        await sleep(5);
      }
      await owner.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
        [`victim_${run}`],
      );
      await expect(dying).rejects.toThrow();
      await holder.commitTransaction();
    } finally {
      await holder.release();
    }
  } finally {
    await victimDb.destroy().catch(() => undefined);
  }
  const halfway = await outboxRow(id);
  expect(halfway.delivered).toBe(false);
  const told = await countOf(id);
  expect(told.n).toBeGreaterThanOrEqual(FAN_OUT_CHUNK);
  expect(told.n).toBeLessThan(cascade.n);

  // The relay notices the silence and hands the event over; a healthy worker finishes from the chunk after.
  startWorker();
  await sleep(REDELIVER_MS + 100);
  await drain();
  await until('delivery', async () => (await outboxRow(id)).delivered, 60_000);
  const all = await countOf(id);
  expect(all.users).toBe(all.n);
  const [{ liaisons }] = await owner.query(
    `SELECT count(*)::int AS liaisons FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.event_id = $1 AND u.username LIKE $2`,
    [id, `dlv_${run}_%`],
  );
  expect(liaisons).toBe(cascade.n);
});

it('two consumers of one event at the same time deliver it once', async () => {
  const units = await owner.query(
    `SELECT id::text FROM org_unit WHERE path <@ (SELECT path FROM org_unit WHERE code = '411422') AND kind = 'TOWNSHIP'`,
  );
  const id = await emit(city, {
    topic: 'bulletin.issued',
    unitIds: units.map((u: { id: string }) => u.id),
    heading: { zh: `并发-${run}`, en: `twice ${run}` },
  });
  const [job] = await owner.query(
    `SELECT id::text AS "outboxId", tenant_id::text AS "tenantId", payload AS event FROM outbox WHERE id = $1`,
    [id],
  );
  const [a, b] = await Promise.all([delivery.deliver(job), delivery.deliver(job)]);
  const { n, users } = await countOf(id);
  expect(n).toBeGreaterThan(0);
  expect(users).toBe(n);
  expect(a + b).toBe(n);
  expect(await outboxRow(id)).toMatchObject({ delivered: true });
});
