/*
 * One supervision item through every role, in a real browser against the real API, worker and database:
 * the city supervisor registers it and cascades it to all townships of 睢县, the 城关镇 liaison signs for it
 * and reports, the 城关镇 head signs the report, the supervisor reviews and accepts it, and the city leader
 * sees 睢县's roll-up change in the cockpit. The tests run in order and share the item.
 */
import type { Browser, Page } from 'playwright-core';
import { adminUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = `老旧小区改造推进 ${Date.now().toString(36)}`;
let itemId = '';
let before = { total: 0, done: 0 };

/** Signs in and waits for the signed-in frame. */
async function signIn(username: string): Promise<Page> {
  const page = await newPage(browser);
  await login(page, username);
  // Everyone lands on their 工作台.
  await page.waitForURL('**/workbench');
  return page;
}

/** The open dropdown of an antd Select / TreeSelect (closed ones stay in the DOM, hidden). */
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** Waits for an antd success message with this text. */
const toast = (page: Page, text: string) =>
  page.locator('.ant-message-success').filter({ hasText: text }).first().waitFor();

/** 睢县's roll-up numbers in the leader's cockpit (the table of units below the leader's own). */
async function suixianRollup(page: Page) {
  const row = page.locator('[data-testid="cockpit-children"] tr[data-unit="睢县"]');
  await row.waitFor();
  return {
    total: Number(await row.locator('[data-col="total"]').textContent()),
    done: Number(await row.locator('[data-col="done"]').textContent()),
  };
}

test('the city leader opens the cockpit: every county with its light and roll-up numbers', async () => {
  const page = await signIn('city_leader');
  await page.getByRole('menuitem', { name: '驾驶舱' }).click();
  await page.waitForURL('**/cockpit');
  await page.getByTestId('cockpit-stats').waitFor();
  before = await suixianRollup(page);
  // 商丘市's 11 counties are all listed (with the 市直 departments), each with a light and its reason.
  await expect(
    page.locator('[data-testid="cockpit-children"] tr[data-unit="睢县"] [data-light]').count(),
  ).resolves.toBe(1);
  await page.context().close();
});

test('the city supervisor registers an item and cascades it to all townships of 睢县, seeing the count first', async () => {
  const page = await signIn('city_supervisor');
  await page.getByRole('menuitem', { name: '立项' }).click();
  await page.waitForURL('**/items/new');

  // An empty form is not sent: the required fields say what is missing.
  await page.getByTestId('register-assign').click();
  await page.getByText('请填写事项名称').waitFor();
  await page.getByText('请选择事项来源').waitFor();

  await page.locator('#title').fill(TITLE);
  await page.locator('#source').click();
  await openDropdown(page)
    .locator('.ant-select-item-option')
    .filter({ hasText: /^领导批示$/ })
    .click();
  await page.locator('#instruction').fill('请睢县各乡镇年底前完成改造任务，按月报送进度。');
  await page.locator('#content').fill('完成辖区内老旧小区改造，逐项销号。');
  await page.getByText('复杂（30天）').click();
  await page.getByTestId('expected-deadline').waitFor();

  // Cascade: under 睢县, all townships — the API counts the units before anything is created.
  await page.getByTestId('cascade-add').click();
  const row = page.getByTestId('cascade-row').first();
  await row.getByTestId('cascade-under').click();
  await openDropdown(page).locator('.unit-name').getByText('睢县', { exact: true }).click();
  await row.getByTestId('cascade-scope').click();
  await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: '所有乡镇/街道' }).click();
  const preview = page.getByTestId('assign-preview');
  await preview.waitFor();
  await expect(preview.getAttribute('data-count')).resolves.toBe('20');
  await expect(preview.textContent()).resolves.toContain('将创建 20 个交办');
  await screenshot(page, 'workflow-1-new-item-cascade-preview');

  // Registering and assigning is confirmed first: it cannot be taken back.
  await page.getByTestId('register-assign').click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm.textContent()).resolves.toContain('20 个单位');
  await confirm.locator('.ant-btn-primary').click();
  await page.waitForURL(/\/items\/\d+$/);
  itemId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await toast(page, '交办 20 个单位');

  // The item page: its number, 批示, the 20 townships with status and light, and the audit trail.
  await expect(page.getByTestId('item-reg-number').textContent()).resolves.toMatch(/^商督〔\d{4}〕\d+号$/);
  await page.getByText('请睢县各乡镇年底前完成改造任务，按月报送进度。').waitFor();
  const table = page.getByTestId('assignment-table');
  await table.locator('tr[data-unit="城关镇"]').waitFor();
  await expect(table.locator('tbody tr[data-unit]').count()).resolves.toBe(20);
  await expect(
    table.locator('tr[data-unit="城关镇"] [data-status]').getAttribute('data-status'),
  ).resolves.toBe('ASSIGNED');
  await screenshot(page, 'workflow-2-item-detail-assigned');

  // The ledger lists it, found by keyword.
  await page.getByRole('menuitem', { name: '督查台账' }).click();
  await page.waitForURL('**/items');
  await page.getByPlaceholder('名称、内容或编号').fill(TITLE);
  await page.getByPlaceholder('名称、内容或编号').press('Enter');
  await page.locator(`[data-testid="ledger-table"] tr[data-item-id="${itemId}"]`).waitFor();
  await page
    .getByTestId('ledger-total')
    .filter({ hasText: /^共 1 条$/ })
    .waitFor();
  await screenshot(page, 'workflow-3-ledger');
  await page.context().close();
});

test('the 城关镇 liaison signs for the item, reports progress and submits a report', async () => {
  const page = await signIn('chengguan_liaison');
  // The assignment reached the liaison as a message too (delivered by the worker): the bell shows it unread.
  const badge = page.locator('[data-testid="unread-badge"]:not([data-count="0"])');
  await badge.waitFor({ timeout: 20_000 });
  await badge.click();
  await page.getByTestId('notification-list').getByText(TITLE, { exact: false }).first().waitFor();
  // Each message names its item, 编号 · 名称, linking to it.
  const named = page.getByTestId('notification-item').filter({ hasText: TITLE }).first();
  await expect(named.textContent()).resolves.toMatch(new RegExp(`^商督〔\\d{4}〕\\d+号 · ${TITLE}$`));
  await expect(named.getAttribute('href')).resolves.toBe(`/items/${itemId}`);
  await screenshot(page, 'workflow-4a-liaison-notifications');
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: '待办事项' }).click();
  await page.waitForURL('**/inbox');
  const row = page.locator(`[data-testid="inbox-table"] tr[data-item-title="${TITLE}"]`);
  await row.getByTestId('inbox-accept').click();
  await page.locator('.ant-popover .ant-btn-primary').click();
  await toast(page, '已签收');

  await page.getByTestId('inbox-tabs').getByText('办理中', { exact: true }).click();
  await row.getByTestId('inbox-progress').click();
  await page.locator('.ant-modal #text').fill('已完成摸底排查，开工12个小区。');
  // The percentage can be typed as well as dragged: both controls hold one value.
  await page.getByTestId('progress-percent-input').fill('40');
  await page.getByTestId('progress-percent-input').blur();
  await expect(page.locator('.ant-modal .ant-slider-handle').getAttribute('aria-valuenow')).resolves.toBe(
    '40',
  );
  await page.getByTestId('action-ok').click();
  await toast(page, '进度已报送');

  await row.getByTestId('inbox-report').click();
  await page.locator('.ant-modal #content').fill('城关镇老旧小区改造已全部完工，共改造12个小区，居民满意。');
  await screenshot(page, 'workflow-4-liaison-report');
  await page.getByTestId('action-ok').click();
  await toast(page, '报告已提交，等待一把手签字');
  await row.waitFor({ state: 'detached' });
  await page.getByTestId('inbox-tabs').getByText('待签字/待审核', { exact: true }).click();
  await expect(row.locator('[data-status]').getAttribute('data-status')).resolves.toBe('AWAITING_SIGNATURE');
  await page.context().close();
});

test('the head of 城关镇 signs the report, which sends it up for review', async () => {
  const page = await signIn('chengguan_head');
  await page.getByRole('menuitem', { name: '待签字' }).click();
  await page.waitForURL('**/sign');
  const card = page.locator('[data-testid="sign-queue"] [data-report-id]').filter({ hasText: TITLE });
  await expect(card.getByTestId('sign-content').textContent()).resolves.toContain('共改造12个小区');
  await screenshot(page, 'workflow-5-head-sign-queue');
  await card.getByTestId('sign-report').click();
  await page.locator('.ant-popover .ant-btn-primary').click();
  await toast(page, '已签字');
  await card.waitFor({ state: 'detached' });
  await page.context().close();
});

test('the city supervisor reviews the signed report with the 四看 checklist and accepts it', async () => {
  const page = await signIn('city_supervisor');
  await page.getByRole('menuitem', { name: '待审核' }).click();
  await page.waitForURL('**/review');
  const row = page.locator('[data-testid="review-queue"] tbody tr').filter({ hasText: TITLE });
  await row.getByTestId('queue-review').click();
  const modal = page.getByTestId('review-modal');
  await expect(modal.textContent()).resolves.toContain('城关镇');

  // Accepting needs all four checks ticked.
  await expect(page.getByTestId('review-accept').isDisabled()).resolves.toBe(true);
  for (const check of ['事实是否准确', '处理是否合规（符合政策）', '问题是否解决', '文书格式是否规范'])
    await modal.locator('.ant-checkbox-wrapper').filter({ hasText: check }).click();
  await page.getByTestId('review-comment').fill('四看均符合要求，予以办结。');
  await screenshot(page, 'workflow-6-review-checklist');
  await page.getByTestId('review-accept').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await toast(page, '已审核通过');

  // The item page shows 城关镇 as done and the whole story in the audit trail.
  await page.goto(adminUrl(`/items/${itemId}`));
  const table = page.getByTestId('assignment-table');
  await expect(
    table
      .locator('tr[data-unit="城关镇"] [data-status="DONE"]')
      .waitFor()
      .then(() => true),
  ).resolves.toBe(true);
  await page.getByRole('tab', { name: '全流程留痕' }).click();
  const timeline = page.getByTestId('audit-timeline');
  for (const action of [
    'item.registered',
    'item.assigned',
    'assignment.accepted',
    'report.signed',
    'report.accepted',
  ])
    await timeline.locator(`[data-action="${action}"]`).first().waitFor();
  // 记录完整性: the issuing office sees the server's verdict on the whole trail, and each event's hash.
  await timeline.getByTestId('audit-integrity').filter({ hasText: '记录完整性：已验证' }).waitFor();
  await timeline.getByTestId('event-hash').first().waitFor();
  await screenshot(page, 'workflow-7-item-timeline');
  await page.context().close();
});

test('the city leader sees 睢县’s roll-up change and drills down to its townships', async () => {
  const page = await signIn('city_leader');
  await page.goto(adminUrl('/cockpit'));
  const after = await suixianRollup(page);
  expect(after).toEqual({ total: before.total + 20, done: before.done + 1 });
  await page.getByTestId('chart-completion').waitFor();
  await screenshot(page, 'workflow-8-cockpit-city');

  // Drill down: 睢县's townships with their own roll-ups, in one request.
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql')) requests.push(r.postDataJSON()?.operationName);
  });
  await page.locator('[data-testid="cockpit-children"] tr[data-unit="睢县"] button').click();
  await page.waitForURL(/\/cockpit\?unit=\d+/);
  const chengguan = page.locator('[data-testid="cockpit-children"] tr[data-unit="城关镇"]');
  // At least this item's report (the database is fresh per run, but other suites may add more).
  expect(Number(await chengguan.locator('[data-col="done"]').textContent())).toBeGreaterThanOrEqual(1);
  expect(requests.filter((n) => n === 'CockpitLevel')).toHaveLength(1);
  await expect(page.getByTestId('cockpit-breadcrumb').textContent()).resolves.toBe('商丘市/睢县');
  await screenshot(page, 'workflow-9-cockpit-suixian');
  await page.context().close();
});

test('the city supervisor praises 城关镇 in a bulletin and its score rises on the scoreboard', async () => {
  const page = await signIn('city_supervisor');
  await page.getByRole('menuitem', { name: '督查通报' }).click();
  await page.waitForURL('**/bulletins');
  await page.getByRole('button', { name: '发布通报' }).click();
  const modal = page.locator('.ant-modal').filter({ hasText: '通报正文' });
  await modal.locator('#title').fill('关于表扬城关镇老旧小区改造工作的通报');
  await modal.locator('.ant-tree-select').click();
  const dropdown = openDropdown(page);
  await dropdown.locator('.ant-select-tree-switcher').first().waitFor();
  // 商丘市 → 睢县 → 城关镇, one level per expand.
  await dropdown
    .locator('.ant-select-tree-treenode')
    .filter({ has: page.locator('.unit-name').getByText('睢县', { exact: true }) })
    .locator('.ant-select-tree-switcher')
    .click();
  await dropdown.locator('.unit-name').getByText('城关镇', { exact: true }).click();
  await page.keyboard.press('Escape');
  await modal.locator('#body').fill('城关镇按期高质量完成老旧小区改造任务，予以通报表扬。');
  await modal.locator('.ant-btn-primary').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await toast(page, '已发布通报');
  await page.getByTestId('bulletin-table').getByText('城关镇 +3').first().waitFor();
  await screenshot(page, 'workflow-10-bulletins');

  await page.getByRole('menuitem', { name: '考评记分' }).click();
  await page.waitForURL('**/scoreboard');
  const board = page.getByTestId('scoreboard');
  await board.getByRole('button', { name: '睢县' }).click();
  const row = board.locator('tbody tr').filter({ has: page.getByText('城关镇', { exact: true }) });
  await expect(row.locator('td').nth(1).textContent()).resolves.toBe('103');
  await screenshot(page, 'workflow-11-scoreboard');
  await page.context().close();
});
