/*
 * 失败任务 in a real browser against the real API and worker: an org import of a division code that does
 * not exist fails in the worker; the city admin finds it with the worker's reason, puts it back in the
 * queue (it fails again, as it must), then discards it after confirming. On a phone the list is cards.
 */
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { QUEUES } from '@duban/contracts';
import { queuePrefix, redisOptions } from '@duban/platform';
import { adminUrl, launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

let browser: Browser;
let admin: Page;
let redis: IORedis;
let queue: Queue;
let jobId: string;

async function failed(id: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if ((await queue.getJobState(id)) === 'failed') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not fail in time`);
}

beforeAll(async () => {
  const db = new Client({ connectionString: process.env.DATABASE_ADMIN_URL });
  await db.connect();
  const {
    rows: [user],
  } = await db.query(
    `SELECT id::text, tenant_id::text, org_unit_id::text, unit_path::text FROM app_user WHERE username = 'admin'`,
  );
  await db.end();
  redis = new IORedis(redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'));
  queue = new Queue(QUEUES.orgImport, {
    connection: redis,
    prefix: queuePrefix(process.env.E2E_REDIS_PREFIX!),
  });
  const actor = {
    userId: user.id,
    tenantId: user.tenant_id,
    orgUnitId: user.org_unit_id,
    unitPath: user.unit_path,
  };
  jobId = (await queue.add('import', { actor, region: '9999' })).id!;
  await failed(jobId);
  browser = await launchBrowser();
  admin = await newPage(browser);
  await login(admin, 'admin');
  await admin.waitForURL('**/workbench');
});
afterAll(async () => {
  await browser?.close();
  await queue?.close();
  await redis?.quit();
});

const row = (page: Page) => page.getByTestId('failed-job').filter({ hasText: '组织架构导入' });

test('the admin finds the failed import with the worker’s reason and puts it back in the queue', async () => {
  await admin.getByRole('menuitem', { name: '失败任务' }).click();
  await admin.waitForURL('**/failed-jobs');
  await row(admin).waitFor();
  await expect(row(admin).textContent()).resolves.toContain('9999');
  await screenshot(admin, 'failed-jobs-1-list-1366');
  await row(admin).getByTestId('job-retry').click();
  await admin.locator('.ant-message-success').filter({ hasText: '已放回队列重新执行' }).waitFor();
  // The worker runs it again; the division still does not exist, so it fails again.
  await failed(jobId);
  expect((await queue.getJob(jobId))!.attemptsMade).toBeGreaterThanOrEqual(1);
});

test('on a phone the failed job is a card; discarding asks first and empties the list', async () => {
  const phone = await newPage(browser, { width: 390, height: 844 });
  await login(phone, 'admin');
  await phone.waitForURL('**/workbench');
  await phone.goto(adminUrl('/failed-jobs'));
  await row(phone).waitFor();
  expect(await sidewaysScroll(phone)).toBe(0);
  await screenshot(phone, 'failed-jobs-2-card-390');
  await row(phone).getByTestId('job-discard').click();
  await phone
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: '丢 弃' })
    .or(phone.locator('.ant-modal-confirm').getByRole('button', { name: '丢弃' }))
    .click();
  await phone.getByText('没有失败的任务').waitFor();
  expect(await queue.getJob(jobId)).toBeUndefined();
  await phone.context().close();
});
