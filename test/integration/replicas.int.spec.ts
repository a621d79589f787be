/**
 * Two API and two worker processes on one database and one Redis give exactly the results of one of
 * each: the same script, run first on a single API and worker, then three times at once with requests
 * spread over both APIs while both workers consume, leaves the same notifications, states and roll-up;
 * a subscription on API 1 hears what mutations on API 2 caused, once each; the deadline scheduler
 * exists once, and the sweep (every second on both workers) sends one overdue notice, not two.
 */
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import { QUEUES } from '@duban/contracts';
import { queuePrefix, redisOptions } from '@duban/platform';
import {
  notificationFeed,
  spawnApi,
  spawnWorker,
  until,
  type ApiProcess,
  type WorkerProcess,
} from '../support/app-processes';
import { dropTestDatabase, provisionPrivateDatabase, type TestDatabase } from '../support/provision';
import { deleteKeysWithPrefix } from '../support/redis-cleanup';
import {
  scriptOutcome,
  scriptTokens,
  supervisionScript,
  undelivered,
  type ScriptUser,
} from '../support/scale-script';

const PREFIX = `${process.env.REDIS_PREFIX}_replicas`;
let db: TestDatabase;
let owner: Pool;
let env: Record<string, string>;
const apis: ApiProcess[] = [];
const workers: WorkerProcess[] = [];
let tokens: Record<ScriptUser, string>;
let solo: Awaited<ReturnType<typeof scriptOutcome>>;
let redis: IORedis;
let deadlines: Queue;

const drained = () => until('the outbox to drain', async () => (await undelivered(owner)) === 0);

beforeAll(async () => {
  db = await provisionPrivateDatabase('replicas');
  owner = new Pool({ connectionString: db.adminUrl, max: 4 });
  env = {
    DATABASE_URL: db.appUrl,
    DATABASE_ADMIN_URL: db.adminUrl,
    REDIS_URL: process.env.REDIS_URL!,
    REDIS_PREFIX: PREFIX,
    SWEEP_EVERY_MS: '1000',
  };
  const [api, worker] = await Promise.all([
    spawnApi('api-replica-1', env),
    spawnWorker('worker-replica-1', env),
  ]);
  apis.push(api);
  workers.push(worker);
  tokens = await scriptTokens(api);
  redis = new IORedis(redisOptions(process.env.REDIS_URL!));
  deadlines = new Queue(QUEUES.deadlines, { connection: redis, prefix: queuePrefix(PREFIX) });
}, 180_000);

afterAll(async () => {
  await Promise.all([...apis, ...workers].map((p) => p.stop()));
  await deadlines?.close();
  await redis?.quit();
  await owner?.end();
  await deleteKeysWithPrefix(process.env.REDIS_URL!, PREFIX);
  if (db && !process.env.KEEP_TEST_DB) await dropTestDatabase(db);
});

it('one API and one worker: the reference run', async () => {
  const itemId = await supervisionScript(owner, apis, tokens, 'solo');
  await drained();
  solo = await scriptOutcome(owner, itemId);
  expect(solo.rollupOff).toEqual([]);
  expect(solo.notifications.length).toBeGreaterThan(0);
}, 120_000);

it('two APIs and two workers: the same results, pushes across APIs once each, one scheduler', async () => {
  const [api2, worker2] = await Promise.all([
    spawnApi('api-replica-2', env),
    spawnWorker('worker-replica-2', env),
  ]);
  apis.push(api2);
  workers.push(worker2);
  const feed = notificationFeed(apis[0], tokens.chengguan_liaison);
  try {
    // Three runs at once, each starting on a different API, so both serve every kind of request.
    const items = await Promise.all(
      ['R1', 'R2', 'R3'].map((m, i) =>
        supervisionScript(owner, i % 2 ? [apis[1], apis[0]] : apis, tokens, m),
      ),
    );
    await drained();
    for (const itemId of items) expect(await scriptOutcome(owner, itemId)).toEqual(solo);

    // Every request of this run goes to API 2; the liaison listens on API 1.
    const crossed = await supervisionScript(owner, [api2], tokens, 'X');
    await drained();
    const { rows } = await owner.query(
      `SELECT n.topic FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.item_id = $1 AND u.username = 'chengguan_liaison' ORDER BY 1`,
      [crossed],
    );
    const heard = () => feed.received.filter((n) => n?.itemId === crossed).map((n) => n.topic as string);
    await until('the pushes on API 1', () => heard().length >= rows.length);
    expect(heard().sort()).toEqual(rows.map((r) => r.topic));
  } finally {
    await feed.client.dispose();
  }
  // Both workers upserted the schedulers: still one entry each.
  const schedulers = (await deadlines.getJobSchedulers()).map((s) => s.key).sort();
  expect(schedulers).toEqual(['deadline-sweep', 'light-refresh']);
}, 180_000);

it('sends one overdue notice when both workers sweep every second', async () => {
  const itemId = await supervisionScript(owner, apis, tokens, 'late');
  await drained();
  const { rows } = await owner.query(
    `UPDATE assignment SET deadline = now() - interval '2 days' WHERE item_id = $1 RETURNING id::text AS id`,
    [itemId],
  );
  const overdueNotices = async () =>
    (
      await owner.query(
        `SELECT assignment_id::text AS a, count(*)::int AS n FROM urge_notice
          WHERE assignment_id = ANY($1) AND kind = 'OVERDUE_NOTICE' GROUP BY 1 ORDER BY 1`,
        [rows.map((r) => r.id)],
      )
    ).rows;
  await until('the overdue notices', async () => (await overdueNotices()).length === rows.length);
  // Three more sweeps scheduled (each after the one before ran), with both workers consuming.
  const next = async () => Number((await deadlines.getJobScheduler('deadline-sweep'))?.next ?? 0);
  const from = await next();
  await until('three more sweeps', async () => (await next()) >= from + 3_000);
  await drained();
  expect((await overdueNotices()).map((r) => r.n)).toEqual(rows.map(() => 1));
}, 120_000);
