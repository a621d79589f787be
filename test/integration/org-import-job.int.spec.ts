/**
 * A real background job end to end: the API enqueues an org re-sync on BullMQ (real Redis, this run's
 * key prefix), the worker application context processes it under the admin's RLS scope, and the API
 * reports its progress and result. Also: the deadline sweeper is registered as one job scheduler.
 */
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUES } from '@duban/contracts';
import { bootApi, codeOf, TestApi } from '@duban/testing';

let api: TestApi;
let worker: INestApplicationContext;

beforeAll(async () => {
  api = await bootApi();
  const { WorkerModule } = await import('../../apps/worker/src/worker.module');
  worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  await worker.init();
});

afterAll(async () => {
  await worker?.close();
  await api?.close();
});

async function waitForJob(token: string, id: string) {
  for (let i = 0; i < 200; i++) {
    const r = await api.gql(
      `query($id: ID!) { orgImportJob(id: $id) { state percent phase done total inserted updated error } }`,
      { id },
      { token },
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const job = r.data!.orgImportJob;
    if (job.state === 'completed' || job.state === 'failed') return job;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('the import job did not finish within 20 s');
}

it('an admin starts an org re-sync; the worker runs it and the API shows its progress and result', async () => {
  const token = await api.login('admin');
  const started = await api.gql(`mutation { startOrgImport { id state region } }`, {}, { token });
  expect(started.errors).toBeUndefined();
  expect(started.data!.startOrgImport.region).toBe('4114');
  const job = await waitForJob(token, started.data!.startOrgImport.id);
  // Re-running the seeded tree changes nothing: idempotent import.
  expect(job).toMatchObject({ state: 'completed', percent: 100, inserted: 0, updated: 0, error: null });
  expect(job.total).toBeGreaterThan(0);
  expect(job.done).toBe(job.total);
});

it('another role cannot start an import or read one', async () => {
  const token = await api.login('city_supervisor');
  expect(codeOf(await api.gql(`mutation { startOrgImport { id } }`, {}, { token }))).toBe('FORBIDDEN');
  expect(codeOf(await api.gql(`{ orgImportJob(id: "1") { state } }`, {}, { token }))).toBe('FORBIDDEN');
});

it('the worker registers the deadline sweep and the light refresh once each, however often it boots', async () => {
  const queue = worker.get<Queue>(getQueueToken(QUEUES.deadlines));
  const second = await NestFactory.createApplicationContext(
    (await import('../../apps/worker/src/worker.module')).WorkerModule,
    { logger: ['error'] },
  );
  await second.init();
  await second.close();
  const schedulers = await queue.getJobSchedulers();
  expect(schedulers.map((s) => s.key).sort()).toEqual(['deadline-sweep', 'light-refresh']);
});
