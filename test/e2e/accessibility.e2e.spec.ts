/*
 * axe-core on every page of the admin, as the role that uses it, with the dialogs a flow opens: no serious or
 * critical WCAG 2 A/AA violation. The items each page shows are arranged through the API first.
 */
import type { Browser, Page } from 'playwright-core';
import { checkA11y } from './support/a11y';
import { adminUrl, launchBrowser, login, newPage } from './support/browser';
import { arrangeFlows, type FlowItems } from './support/flows';

let browser: Browser;
let items: FlowItems;
beforeAll(async () => {
  browser = await launchBrowser();
  items = await arrangeFlows(`无障碍 ${Date.now().toString(36)}`);
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(username: string): Promise<Page> {
  const page = await newPage(browser);
  await login(page, username);
  await page.waitForURL('**/workbench');
  return page;
}

/** The page has loaded its data: no request in flight, no spinner turning, animations done. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction('!document.querySelector(".ant-spin-spinning, .ant-skeleton-active")');
  await page.waitForTimeout(300);
}

async function visit(page: Page, pathname: string, name: string): Promise<void> {
  await page.goto(adminUrl(pathname));
  await settled(page);
  await checkA11y(page, name);
}

test('the login page', async () => {
  const page = await newPage(browser);
  await page.goto(adminUrl('/login'));
  await page.locator('#username').waitFor();
  await checkA11y(page, 'login');
  await page.context().close();
});

test('the liaison: workbench, notifications, inbox and the report dialog', async () => {
  const page = await signIn('baimiao_liaison');
  await settled(page);
  await checkA11y(page, 'workbench (liaison)');
  await page.getByTestId('unread-badge').click();
  await page.getByTestId('notification-list').waitFor();
  await checkA11y(page, 'notifications');
  await page.keyboard.press('Escape');

  await visit(page, '/inbox', 'inbox');
  await page.getByTestId('inbox-tabs').getByText('办理中', { exact: true }).click();
  const row = page.locator(`[data-testid="inbox-table"] tr[data-item-title="${items.titles.inProgress}"]`);
  await row.getByTestId('inbox-report').click();
  await page.locator('.ant-modal #content').waitFor();
  await settled(page);
  await checkA11y(page, 'report dialog');
  await page.keyboard.press('Escape');
  await row.getByTestId('inbox-progress').click();
  await page.getByTestId('progress-percent-input').waitFor();
  await settled(page);
  await checkA11y(page, 'progress dialog');
  await page.context().close();
});

test('the head: sign queue', async () => {
  const page = await signIn('baimiao_head');
  await visit(page, '/sign', 'sign queue');
  await page.context().close();
});

test('the supervisor: ledger, new item, item page with the assign dialog, review queue with the review dialog, bulletins', async () => {
  const page = await signIn('suixian_supervisor');
  await visit(page, '/items', 'ledger');
  await visit(page, '/items/new', 'new item');
  await visit(page, `/items/${items.toReview}`, 'item page');
  await visit(page, `/items/${items.unassigned}`, 'item page (registered)');
  await page.getByTestId('item-assign').click();
  await page.locator('.ant-modal').waitFor();
  await settled(page);
  await checkA11y(page, 'assign dialog');
  await page.keyboard.press('Escape');

  await visit(page, '/review', 'review queue');
  await page
    .locator('[data-testid="review-queue"] tbody tr')
    .filter({ hasText: items.titles.toReview })
    .getByTestId('queue-review')
    .click();
  await page.getByTestId('review-modal').waitFor();
  await settled(page);
  await checkA11y(page, 'review dialog');
  await page.keyboard.press('Escape');
  await visit(page, '/bulletins', 'bulletins');
  await page.context().close();
});

test('the leader: cockpit, 下级办理, scoreboard', async () => {
  const page = await signIn('suixian_leader');
  await visit(page, '/cockpit', 'cockpit');
  await visit(page, '/subtree', 'subtree');
  await visit(page, '/scoreboard', 'scoreboard');
  await page.context().close();
});

test('the administrator: users and the org tree', async () => {
  const page = await signIn('admin');
  await visit(page, '/users', 'users');
  await visit(page, '/org', 'org');
  await page.context().close();
});
