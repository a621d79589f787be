/**
 * 周期事项 through the real worker: its Nest module on a database and Redis prefix of this suite's own;
 * a `sweep` job on the deadline queue with a moved clock (`now`, as the scheduler's jobs carry none)
 * registers the monthly template's item for its month, as the supervisor who saved it, and a second
 * job the same day registers nothing more.
 */
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUES } from '@duban/contracts';
import { queuePrefix, redisOptions } from '@duban/platform';
import { expandTitle } from '@duban/rules';
import { bootPrivateRun, type PrivateRun, usersOf } from '@duban/testing';
import { deleteKeysWithPrefix } from '../support/redis-cleanup';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `${process.env.REDIS_PREFIX ?? 'duban_test'}_template_worker`;
let run: PrivateRun;
let worker: INestApplicationContext;
let client: IORedis;
let eventsClient: IORedis;
let queue: Queue;
let events: QueueEvents;
const token: Partial<Record<'suixian_supervisor', string>> = {};
const { ok } = usersOf<'suixian_supervisor'>(() => run.api, token);

/** YYYY-MM of the month after this one (China calendar). */
function nextMonth(): string {
  const today = new Date(Date.now() + 8 * 3_600_000);
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
}

beforeAll(async () => {
  run = await bootPrivateRun('template_worker');
  token.suixian_supervisor = await run.api.login('suixian_supervisor');
  const env = { DATABASE_URL: run.db.appUrl, REDIS_URL, REDIS_PREFIX: PREFIX, SWEEP_EVERY_MS: '600000' };
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
  client = new IORedis(redisOptions(REDIS_URL));
  queue = new Queue(QUEUES.deadlines, { connection: client, prefix: queuePrefix(PREFIX) });
  eventsClient = client.duplicate();
  events = new QueueEvents(QUEUES.deadlines, { connection: eventsClient, prefix: queuePrefix(PREFIX) });
  await events.waitUntilReady();
}, 180_000);

afterAll(async () => {
  await worker?.close();
  await events?.close();
  await queue?.close();
  client?.disconnect();
  eventsClient?.disconnect();
  await deleteKeysWithPrefix(REDIS_URL, PREFIX);
  await run?.close();
});

it('a sweep job on the 5th registers the month’s item once, as the template’s supervisor', async () => {
  const month = nextMonth();
  const [town] = await run.owner.query(
    `SELECT t.id::text AS id FROM org_unit t JOIN org_unit c ON c.id = t.parent_id
      WHERE c.code = '411422' AND t.kind = 'TOWNSHIP' ORDER BY t.code LIMIT 1`,
  );
  const { createItemTemplate } = await ok(
    'suixian_supervisor',
    `mutation($i: ItemTemplateInput!) { createItemTemplate(input: $i) { id nextRunOn } }`,
    {
      i: {
        name: '安全生产月报',
        registration: {
          title: '{year}年{month}月安全生产月报',
          source: 'SPECIAL_INSPECTION',
          content: '报送本月安全生产检查情况。',
          leadUnitId: town.id,
        },
        recurrence: { frequency: 'MONTHLY', dayOfMonth: 5, dueWorkingDays: 3, startOn: `${month}-01` },
      },
    },
  );
  expect(createItemTemplate.nextRunOn).toBe(`${month}-05`);
  const now = new Date(`${month}-05T08:00:00+08:00`).toISOString();
  const sweep = async () => (await queue.add('sweep', { now })).waitUntilFinished(events, 60_000);

  expect((await sweep()).templates).toEqual({ registered: 1, failed: 0 });
  expect((await sweep()).templates).toEqual({ registered: 0, failed: 0 });

  const items = await run.owner.query(
    `SELECT i.title, i.reg_number AS "regNumber", u.username AS "createdBy",
            (SELECT array_agg(a.unit_id::text) FROM assignment a WHERE a.item_id = i.id) AS units
       FROM item_template_run r JOIN supervision_item i ON i.id = r.item_id JOIN app_user u ON u.id = i.created_by
      WHERE r.template_id = $1`,
    [createItemTemplate.id],
  );
  expect(items).toEqual([
    {
      title: expandTitle('{year}年{month}月安全生产月报', `${month}-05`),
      regNumber: expect.stringMatching(/^睢督〔\d{4}〕\d+号$/),
      createdBy: 'suixian_supervisor',
      units: [town.id],
    },
  ]);
});
