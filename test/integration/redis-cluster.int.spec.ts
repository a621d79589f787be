/**
 * The API and the worker as real processes on a Redis Cluster of this suite's own (three masters, three
 * replicas on loopback, REDIS_CLUSTER_NODES): queues (hash-tagged prefix, one slot), pub/sub and sign-in
 * limits work; then the master holding the queues' slot is killed (-9) in the middle of work, its replica
 * takes over, and nothing is lost: every event is confirmed, every notification exists exactly once,
 * the live feed and the queues work on without a restart of either process.
 */
import { Pool } from 'pg';
import {
  spawnApi,
  spawnWorker,
  notificationFeed,
  until,
  type ApiProcess,
  type WorkerProcess,
} from '../support/app-processes';
import { dropTestDatabase, provisionPrivateDatabase, type TestDatabase } from '../support/provision';
import { startRedisCluster, type PrivateCluster } from '../support/redis-cluster';
import {
  scriptOutcome,
  scriptTokens,
  supervisionScript,
  undelivered,
  type ScriptUser,
} from '../support/scale-script';

const PREFIX = 'duban_cluster';
let db: TestDatabase;
let cluster: PrivateCluster;
let owner: Pool;
let api: ApiProcess;
let worker: WorkerProcess;
let tokens: Record<ScriptUser, string>;
let feed: ReturnType<typeof notificationFeed>;
let baseline: Awaited<ReturnType<typeof scriptOutcome>>;

/** The liaison's pushes of one item, as topics. */
const pushed = (itemId: string) =>
  feed.received
    .filter((n) => n?.itemId === itemId)
    .map((n) => n.topic as string)
    .sort();
async function storedFor(itemId: string, username: string): Promise<string[]> {
  const { rows } = await owner.query(
    `SELECT n.topic FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.item_id = $1 AND u.username = $2 ORDER BY 1`,
    [itemId, username],
  );
  return rows.map((r) => r.topic);
}
const drained = () => until('the outbox to drain', async () => (await undelivered(owner)) === 0, 60_000);

beforeAll(async () => {
  db = await provisionPrivateDatabase('redis_cluster');
  cluster = await startRedisCluster();
  owner = new Pool({ connectionString: db.adminUrl, max: 4 });
  const env = {
    DATABASE_URL: db.appUrl,
    DATABASE_ADMIN_URL: db.adminUrl,
    REDIS_CLUSTER_NODES: cluster.nodes,
    REDIS_PREFIX: PREFIX,
    // A job lost with the dead master is handed to the queue again after 3 s of silence.
    OUTBOX_REDELIVER_AFTER_MS: '3000',
  };
  [api, worker] = await Promise.all([spawnApi('api-cluster', env), spawnWorker('worker-cluster', env)]);
  tokens = await scriptTokens(api);
  feed = notificationFeed(api, tokens.chengguan_liaison);
}, 180_000);

afterAll(async () => {
  await feed?.client.dispose();
  await Promise.all([api?.stop(), worker?.stop()]);
  await owner?.end();
  await cluster?.stop();
  if (db && !process.env.KEEP_TEST_DB) await dropTestDatabase(db);
});

it('runs queues, pub/sub and sign-in limits on the cluster', async () => {
  const itemId = await supervisionScript(owner, [api], tokens, 'A');
  await drained();
  baseline = await scriptOutcome(owner, itemId);
  expect(baseline.rollupOff).toEqual([]);
  expect(baseline.notifications.length).toBeGreaterThan(0);
  expect(baseline.notifications.every((n) => n.n === 1)).toBe(true);
  expect(baseline.notifications).toContainEqual({
    topic: 'assignment.urged',
    username: 'chengguan_liaison',
    n: 1,
  });
  // The subscription on the API heard every notification the worker stored for the liaison, once.
  const stored = await storedFor(itemId, 'chengguan_liaison');
  await until('the live feed', () => pushed(itemId).length === stored.length);
  expect(pushed(itemId)).toEqual(stored);
  expect(worker.log()).not.toMatch(/MOVED|CLUSTERDOWN/);
}, 120_000);

it('loses nothing when the master of the queues dies during work, and works on after the failover', async () => {
  const victim = cluster.masterOf(`{${PREFIX}}`);
  const marks = ['B1', 'B2', 'B3'];
  const events = async () => (await owner.query(`SELECT count(*)::int AS n FROM outbox`)).rows[0].n as number;
  const before = await events();
  const work = Promise.all(marks.map((m) => supervisionScript(owner, [api], tokens, m)));
  // Kill it while the scripts' events are being queued and consumed.
  await until('the first events of the scripts', async () => (await events()) > before);
  await cluster.kill(victim);
  const items = await work;
  await cluster.promoted(victim);
  await drained();
  for (const itemId of items) expect(await scriptOutcome(owner, itemId)).toEqual(baseline);

  // After the failover: a new script is queued, consumed and pushed live without restarting anything.
  const after = await supervisionScript(owner, [api], tokens, 'C');
  await drained();
  expect(await scriptOutcome(owner, after)).toEqual(baseline);
  const stored = await storedFor(after, 'chengguan_liaison');
  await until('the live feed after the failover', () => pushed(after).length === stored.length);
  expect(pushed(after)).toEqual(stored);
  expect(api.service.child.exitCode).toBeNull();
  expect(worker.service.child.exitCode).toBeNull();
  expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
}, 180_000);
