/**
 * 失败任务 (dead letters) through GraphQL, on a queue prefix of this suite's own: jobs that failed for
 * good are listed for their tenant's administrator with the reason, can be retried (back to waiting)
 * or discarded, each audited; another tenant's failed job is as invisible as a missing one; only
 * administrators see any of it.
 */
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { QUEUES } from '@duban/contracts';
import { loadConfig, queuePrefix, redisOptions } from '@duban/platform';
import { bootApi, codeOf, TestApi, testDataSources, usersOf } from '@duban/testing';
import { deleteKeysWithPrefix } from '../support/redis-cleanup';

const PREFIX = `${process.env.REDIS_PREFIX ?? 'duban_test'}_dead_letters`;
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
let redis: IORedis;
const queues: Record<string, Queue> = {};
const token: Record<string, string> = {};
const { as, ok } = usersOf<'admin' | 'city_supervisor'>(() => api, token);
const ids: Record<string, string> = {};

const LIST = `query($q: JobQueue) { failedJobs(queue: $q) { queue id name subject failedReason attemptsMade failedAt } }`;
const RETRY = `mutation($q: JobQueue!, $id: String!) { retryFailedJob(queue: $q, id: $id) { id queue } }`;
const DISCARD = `mutation($q: JobQueue!, $id: String!) { discardFailedJob(queue: $q, id: $id) }`;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi({ env: { REDIS_PREFIX: PREFIX } });
  for (const u of ['admin', 'city_supervisor'] as const) token[u] = await api.login(u);
  const [admin] = await owner.query(
    `SELECT id::text, tenant_id::text, org_unit_id::text, unit_path::text FROM app_user WHERE username = 'admin'`,
  );
  const actor = (tenantId: string) => ({
    userId: admin.id,
    tenantId,
    orgUnitId: admin.org_unit_id,
    unitPath: admin.unit_path,
  });
  redis = new IORedis(redisOptions(loadConfig().REDIS_URL!));
  for (const name of [QUEUES.orgImport, QUEUES.events])
    queues[name] = new Queue(name, { connection: redis, prefix: queuePrefix(PREFIX) });
  ids.ownImport = (
    await queues[QUEUES.orgImport].add('import', { actor: actor(admin.tenant_id), region: '4114' })
  ).id!;
  ids.foreignImport = (
    await queues[QUEUES.orgImport].add('import', { actor: actor('999999'), region: '4115' })
  ).id!;
  ids.ownEvent = (
    await queues[QUEUES.events].add(
      'bulletin.issued',
      { outboxId: '777', tenantId: admin.tenant_id, event: { topic: 'bulletin.issued' } },
      { jobId: 'evt-777.2' },
    )
  ).id!;
  // Workers that fail every job at its only attempt: three dead letters.
  const workers = [QUEUES.orgImport, QUEUES.events].map(
    (name) =>
      new Worker(
        name,
        async () => {
          throw new Error('测试失败：下游服务拒绝');
        },
        { connection: redis, prefix: queuePrefix(PREFIX) },
      ),
  );
  const deadline = Date.now() + 20_000;
  while (
    (await queues[QUEUES.orgImport].getFailedCount()) + (await queues[QUEUES.events].getFailedCount()) < 3 &&
    Date.now() < deadline
  )
    await new Promise((r) => setTimeout(r, 50));
  await Promise.all(workers.map((w) => w.close()));
});

afterAll(async () => {
  await api?.close();
  await Promise.all(Object.values(queues).map((q) => q.close()));
  await redis?.quit();
  await deleteKeysWithPrefix(loadConfig().REDIS_URL!, PREFIX);
  await close?.();
});

const auditOf = (action: string, jobKey: string) =>
  owner.query(`SELECT actor_name, before FROM audit_event WHERE action = $1 AND chain_key = $2`, [
    action,
    jobKey,
  ]);

it('lists the tenant’s failed jobs with their reason, and only to administrators', async () => {
  const { failedJobs } = await ok('admin', LIST);
  expect(failedJobs.map((j: { id: string }) => j.id).sort()).toEqual([ids.ownEvent, ids.ownImport].sort());
  const event = failedJobs.find((j: { id: string }) => j.id === ids.ownEvent);
  expect(event).toMatchObject({
    queue: 'EVENTS',
    name: 'bulletin.issued',
    subject: 'outbox #777',
    failedReason: '测试失败：下游服务拒绝',
    attemptsMade: 1,
  });
  expect((await ok('admin', LIST, { q: 'ORG_IMPORT' })).failedJobs).toHaveLength(1);
  expect(codeOf(await as('city_supervisor', LIST))).toBe('FORBIDDEN');
});

it('retries one (back to waiting) and discards another, each audited; the rest is refused plainly', async () => {
  const retried = await ok('admin', RETRY, { q: 'ORG_IMPORT', id: ids.ownImport });
  expect(retried.retryFailedJob).toEqual({ id: ids.ownImport, queue: 'ORG_IMPORT' });
  expect(await queues[QUEUES.orgImport].getJobState(ids.ownImport)).toBe('waiting');
  expect(codeOf(await as('admin', RETRY, { q: 'ORG_IMPORT', id: ids.ownImport }))).toBe('CONFLICT');

  expect((await ok('admin', DISCARD, { q: 'EVENTS', id: ids.ownEvent })).discardFailedJob).toBe(true);
  expect(await queues[QUEUES.events].getJob(ids.ownEvent)).toBeUndefined();

  const [retryAudit] = await auditOf('job.retried', `job:${QUEUES.orgImport}:${ids.ownImport}`);
  expect(retryAudit.before).toMatchObject({ name: 'import', failedReason: '测试失败：下游服务拒绝' });
  expect(await auditOf('job.discarded', `job:${QUEUES.events}:${ids.ownEvent}`)).toHaveLength(1);

  // Another tenant's failed job is as unknown as a missing one, and stays failed.
  expect(codeOf(await as('admin', DISCARD, { q: 'ORG_IMPORT', id: ids.foreignImport }))).toBe('NOT_FOUND');
  expect(codeOf(await as('admin', RETRY, { q: 'ORG_IMPORT', id: 'no-such-job' }))).toBe('NOT_FOUND');
  expect(await queues[QUEUES.orgImport].getJobState(ids.foreignImport)).toBe('failed');
  expect(codeOf(await as('admin', RETRY, { q: 'ORG_IMPORT', id: 'a b' }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await as('city_supervisor', DISCARD, { q: 'ORG_IMPORT', id: ids.ownImport }))).toBe(
    'FORBIDDEN',
  );
});
