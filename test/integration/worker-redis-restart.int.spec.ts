/**
 * The real worker (its Nest module, a database and a redis-server of this suite's own) loses Redis and
 * gets it back empty, as a Redis without persistence comes back: the deadline sweep and light refresh
 * schedulers are there again without restarting the worker.
 */
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUES } from '@duban/contracts';
import { queuePrefix, redisOptions } from '@duban/platform';
import { dropTestDatabase, provisionPrivateDatabase, TestDatabase } from '../support/provision';
import { freePort } from '../support/net';
import { PrivateRedis, startRedisServer } from '../support/redis-server';

const PREFIX = 'duban_worker_restart';
let db: TestDatabase;
let redis: PrivateRedis;
let worker: INestApplicationContext;
let client: IORedis;
let queue: Queue;

async function schedulers(): Promise<string[]> {
  const list = await queue.getJobSchedulers().catch(() => []);
  return list.map((s) => s.key).sort();
}

async function until(what: string, check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  db = await provisionPrivateDatabase('worker_restart');
  redis = await startRedisServer(await freePort());
  const env = {
    DATABASE_URL: db.appUrl,
    REDIS_URL: redis.url,
    REDIS_PREFIX: PREFIX,
    SWEEP_EVERY_MS: '600000',
  };
  const saved = Object.entries(env).map(([k]) => [k, process.env[k]] as const);
  Object.assign(process.env, env);
  try {
    const { WorkerModule } = await import('../../apps/worker/src/worker.module');
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  } finally {
    for (const [k, v] of saved)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
  client = new IORedis(redisOptions(redis.url));
  queue = new Queue(QUEUES.deadlines, { connection: client, prefix: queuePrefix(PREFIX) });
  // This probe's own connection errors during the outage are expected.
  queue.on('error', () => undefined);
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await queue?.close();
  client?.disconnect();
  await redis?.stop();
  if (db) await dropTestDatabase(db);
});

it('re-creates the deadline schedulers when Redis comes back empty, without a worker restart', async () => {
  await until('the schedulers at boot', async () => (await schedulers()).length === 2);
  expect(await schedulers()).toEqual(['deadline-sweep', 'light-refresh']);

  await redis.stop();
  redis = await startRedisServer(redis.port);
  // The new server is empty; the worker reconnects and schedules again.
  await until('the schedulers after the restart', async () => (await schedulers()).length === 2);
  expect(await schedulers()).toEqual(['deadline-sweep', 'light-refresh']);
});
