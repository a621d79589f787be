/*
 * The chain across three levels in the admin (最多报一次), in a real browser against the real API, worker and
 * database: the city supervisor registers a quantified item (100 公里) and gives 睢县 the whole share in the 交办
 * dialog; 睢县's supervisor splits it 60/40 between 城关镇 and 白庙乡; each township's liaison reports its figure
 * and its head signs; 睢县 accepts both, opens 提交报告 and finds its report composed from theirs (citations,
 * 100 summed, the summary pre-filled), submits it without typing a figure; 睢县's head signs once; the city
 * supervisor reviews it, reading the cited chain and opening a township's report. The item page's 办理链条 is
 * checked and photographed along the way, on a desktop and on a phone. The tests run in order and share the item.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import {
  adminUrl,
  launchBrowser,
  login,
  newPage,
  screenshot as save,
  sidewaysScroll,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = `高标准农田配套道路 ${Date.now().toString(36)}`;
const TOWNSHIPS = {
  城关镇: { liaison: 'chengguan_liaison', head: 'chengguan_head', share: 60 },
  白庙乡: { liaison: 'baimiao_liaison', head: 'baimiao_head', share: 40 },
} as const;
let itemId = '';

/** Signs in and waits for the signed-in frame. */
async function signIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(browser, viewport);
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

/** Picks a unit in an OrgUnitPicker by typing its name (the tree below the user's own unit is long). */
async function pickUnit(page: Page, picker: Locator, name: string) {
  await picker.click();
  await page.keyboard.type(name);
  await openDropdown(page).locator('.unit-name').getByText(name, { exact: true }).click();
}

/** A link of the chain on the item page, by its unit. */
const link = (page: Page, unit: string) => page.locator(`[data-testid="chain-tree"] tr[data-unit="${unit}"]`);

/** Waits until the link's status tag shows `status`. */
const linkStatus = (page: Page, unit: string, status: string) =>
  link(page, unit).locator(`[data-status="${status}"]`).waitFor();

/** The inbox row of this item (on the given tab). */
async function inboxRow(page: Page, tab?: string): Promise<Locator> {
  await page.getByRole('menuitem', { name: '待办事项' }).click();
  await page.waitForURL('**/inbox');
  if (tab) await page.getByTestId('inbox-tabs').getByText(tab, { exact: true }).click();
  return page.locator(`[data-testid="inbox-table"] tr[data-item-title="${TITLE}"]`);
}

async function accept(page: Page) {
  const row = await inboxRow(page);
  await row.getByTestId('inbox-accept').click();
  await page.locator('.ant-popover .ant-btn-primary').click();
  await toast(page, '已签收');
}

/** The head signs the report of this item waiting in the sign queue. */
async function sign(username: string, expectContent: string) {
  const page = await signIn(username);
  await page.getByRole('menuitem', { name: '待签字' }).click();
  await page.waitForURL('**/sign');
  const card = page.locator('[data-testid="sign-queue"] [data-report-id]').filter({ hasText: TITLE });
  await expect(card.getByTestId('sign-content').textContent()).resolves.toContain(expectContent);
  await card.getByTestId('sign-report').click();
  await page.locator('.ant-popover .ant-btn-primary').click();
  await toast(page, '已签字');
  await card.waitFor({ state: 'detached' });
  await page.context().close();
}

/** Ticks the 四看 checklist in the open review modal and accepts. */
async function acceptReview(page: Page) {
  const modal = page.getByTestId('review-modal');
  for (const check of ['事实是否准确', '处理是否合规（符合政策）', '问题是否解决', '文书格式是否规范'])
    await modal.locator('.ant-checkbox-wrapper').filter({ hasText: check }).click();
  await page.getByTestId('review-accept').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await toast(page, '已审核通过');
}

/** A screenshot once the dialogs and drawers have finished opening (antd animates them). */
async function screenshot(page: Page, name: string) {
  await page.waitForFunction(`document
    .getAnimations()
    .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`);
  await save(page, name);
}

test('the city supervisor registers a quantified item and gives 睢县 the whole 100 公里 in the 交办 dialog', async () => {
  const page = await signIn('city_supervisor');
  await page.getByRole('menuitem', { name: '立项' }).click();
  await page.waitForURL('**/items/new');
  await page.locator('#title').fill(TITLE);
  await page.locator('#source').click();
  await openDropdown(page)
    .locator('.ant-select-item-option')
    .filter({ hasText: /^常委会\/常务会决定事项$/ })
    .click();
  await page.locator('#content').fill('年内新建高标准农田配套道路100公里，按月报送进度。');
  await page.getByText('复杂（30天）').click();
  await page.locator('#target').fill('100');
  await page.locator('#targetUnit').fill('公里');
  await page.getByTestId('register-assign').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page.waitForURL(/\/items\/\d+$/);
  itemId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // 交办 with a share: the sum is checked live against the item's target.
  await page.getByTestId('item-assign').click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('share-list') });
  await pickUnit(page, dialog.getByTestId('share-row').first().locator('.ant-select'), '睢县');
  const share = dialog
    .locator('[data-testid="share-target"] input, input[data-testid="share-target"]')
    .first();
  await share.fill('60');
  await expect(dialog.getByTestId('share-sum').getAttribute('data-adds-up')).resolves.toBe('false');
  await share.fill('100');
  await dialog.locator('[data-testid="share-sum"][data-adds-up="true"]').waitFor();
  await dialog.locator('[data-testid="assign-preview"][data-count="1"]').waitFor();
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  await toast(page, '交办 1 个单位');

  // The chain: 商丘市 issued it, 睢县 holds 100 公里, not yet signed for.
  await expect(page.getByTestId('chain-root').textContent()).resolves.toContain('商丘市');
  await linkStatus(page, '睢县', 'ASSIGNED');
  await expect(link(page, '睢县').getByTestId('chain-achieved').textContent()).resolves.toBe(
    '完成 0 / 100 公里',
  );
  await page.context().close();
});

test('睢县 signs for it and splits it 60/40 between 城关镇 and 白庙乡 in the 分解 dialog', async () => {
  const page = await signIn('suixian_supervisor');
  await accept(page);
  const row = await inboxRow(page, '办理中');
  await row.getByTestId('inbox-more').click();
  await page
    .locator('.ant-dropdown-menu-item')
    .filter({ hasText: /^分解$/ })
    .click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('action-delegate') });
  await dialog.getByRole('button', { name: '添加单位' }).click();
  const pickers = dialog.getByTestId('action-delegate').locator('.ant-select');
  const shares = dialog.getByPlaceholder('分解指标');
  for (const [i, [unit, { share }]] of Object.entries(TOWNSHIPS).entries()) {
    await pickUnit(page, pickers.nth(i), unit);
    await shares.nth(i).fill(String(share));
  }
  await dialog.locator('[data-testid="share-sum"][data-adds-up="true"]').waitFor();
  await dialog.locator('[data-testid="assign-preview"][data-count="2"]').waitFor();
  await page.getByTestId('action-ok').click();
  await toast(page, '已分解给 2 个单位');

  // 睢县's own share is the top of its chain; its two townships open below it by themselves.
  await page.goto(adminUrl(`/items/${itemId}`));
  await linkStatus(page, '城关镇', 'ASSIGNED');
  await linkStatus(page, '白庙乡', 'ASSIGNED');
  await expect(link(page, '睢县').getAttribute('aria-level')).resolves.toBe('2');
  await expect(link(page, '城关镇').getAttribute('aria-level')).resolves.toBe('3');
  await expect(link(page, '白庙乡').getByTestId('chain-achieved').textContent()).resolves.toBe(
    '完成 0 / 40 公里',
  );
  await page.context().close();
});

test('each township’s liaison signs for its share and reports its figure; its head signs', async () => {
  for (const [unit, { liaison, head, share }] of Object.entries(TOWNSHIPS)) {
    const page = await signIn(liaison);
    await accept(page);
    const row = await inboxRow(page, '办理中');
    await row.getByTestId('inbox-report').click();
    const form = page.getByTestId('action-report');
    await expect(form.getAttribute('data-composed')).resolves.toBe('false');
    await form.locator('#content').fill(`${unit}${share}公里配套道路全部完工并通过验收。`);
    await form.locator('#achieved').fill(String(share));
    await page.getByTestId('action-ok').click();
    await toast(page, '报告已提交，等待一把手签字');

    // On the item page the township's own share is the top of its chain, split to it by 睢县.
    await page.goto(adminUrl(`/items/${itemId}`));
    await linkStatus(page, unit, 'AWAITING_SIGNATURE');
    await expect(link(page, unit).getAttribute('aria-level')).resolves.toBe('2');
    await expect(link(page, unit).getByTestId('chain-via').textContent()).resolves.toBe('由睢县分解交办');
    await expect(page.locator('[data-testid="chain-tree"] tr[data-unit]').count()).resolves.toBe(1);
    await page.context().close();
    await sign(head, `${unit}${share}公里配套道路全部完工`);
  }
});

test('睢县 reviews both townships; its chain shows them done with their signed reports', async () => {
  const page = await signIn('suixian_supervisor');
  await page.getByRole('menuitem', { name: '待审核' }).click();
  await page.waitForURL('**/review');
  for (const unit of Object.keys(TOWNSHIPS)) {
    const row = page
      .locator('[data-testid="review-queue"] tbody tr')
      .filter({ hasText: TITLE })
      .filter({ hasText: unit });
    await row.getByTestId('queue-review').click();
    await expect(page.getByTestId('review-modal').textContent()).resolves.toContain(unit);
    await acceptReview(page);
    await row.waitFor({ state: 'detached' });
  }

  await page.goto(adminUrl(`/items/${itemId}`));
  await linkStatus(page, '城关镇', 'DONE');
  await linkStatus(page, '白庙乡', 'DONE');
  await linkStatus(page, '睢县', 'IN_PROGRESS');
  await expect(link(page, '城关镇').getByTestId('chain-signer').textContent()).resolves.toContain(
    '城关镇党委书记 陈刚 签字于',
  );
  await expect(
    link(page, '白庙乡').getByTestId('chain-report').getAttribute('data-report-status'),
  ).resolves.toBe('ACCEPTED');
  await expect(link(page, '睢县').getByTestId('chain-achieved').textContent()).resolves.toBe(
    '完成 100 / 100 公里',
  );
  await link(page, '白庙乡').scrollIntoViewIfNeeded();
  await screenshot(page, 'chain-2-tree-suixian');
  await page.context().close();
});

test('睢县 opens 提交报告 and finds its report composed from the townships’ reports; it submits without typing a figure', async () => {
  const page = await signIn('suixian_supervisor');
  const row = await inboxRow(page, '办理中');
  await row.getByTestId('inbox-report').click();
  const form = page.locator('[data-testid="action-report"][data-composed="true"]');
  await form.waitFor();
  const citations = form.getByTestId('citation');
  await expect(citations.count()).resolves.toBe(2);
  for (const [unit, { share }] of Object.entries(TOWNSHIPS)) {
    const c = form.locator(`[data-testid="citation"][data-unit="${unit}"]`);
    await expect(c.getByTestId('citation-achieved').getAttribute('data-value')).resolves.toBe(String(share));
    await expect(c.getByTestId('hash-mark').getAttribute('data-verified')).resolves.toBe('true');
  }
  await expect(form.getByTestId('draft-achieved').getAttribute('data-value')).resolves.toBe('100');
  // Nothing to type for the figure: no input for it, and the summary is pre-filled from the citations.
  await expect(form.locator('#achieved').count()).resolves.toBe(0);
  const summary = await form.locator('#content').inputValue();
  expect(summary).toContain('城关镇：完成60公里');
  expect(summary).toContain('白庙乡：完成40公里');
  expect(summary).toContain('合计完成100公里');

  // Each cited report opens on its own.
  await form.locator('[data-testid="citation"][data-unit="白庙乡"]').getByTestId('citation-open').click();
  const drawer = page.getByTestId('report-drawer');
  await expect(drawer.getByTestId('report-content').textContent()).resolves.toContain('白庙乡40公里');
  await screenshot(page, 'chain-3b-report-draft-cited-report');
  await drawer.locator('.ant-drawer-close').click();
  await drawer.waitFor({ state: 'hidden' });

  await form.locator('#content').fill(`${summary}\n睢县督查室审核：两乡镇数据与验收单一致。`);
  await screenshot(page, 'chain-3-report-draft');
  await page.getByTestId('action-ok').click();
  await toast(page, '报告已提交，等待一把手签字');
  await page.context().close();
});

test('睢县’s head signs the composed report once', async () => {
  await sign('suixian_head', '合计完成100公里');
});

test('the city supervisor reviews 睢县’s report reading the cited chain, opens a township’s report, and accepts', async () => {
  const page = await signIn('city_supervisor');
  await page.getByRole('menuitem', { name: '待审核' }).click();
  await page.waitForURL('**/review');
  const row = page.locator('[data-testid="review-queue"] tbody tr').filter({ hasText: TITLE });
  await expect(row.getByTestId('queue-cited').getAttribute('data-count')).resolves.toBe('2');
  await expect(row.textContent()).resolves.toContain('睢县县委书记 马骏');
  await row.getByTestId('queue-review').click();

  const modal = page.getByTestId('review-modal');
  await expect(modal.getByTestId('review-achieved').getAttribute('data-value')).resolves.toBe('100');
  const citations = modal.getByTestId('review-citations').getByTestId('citation');
  // The report's details (signer, hash, citations) load after the dialog opens.
  await citations.first().waitFor();
  await expect(citations.count()).resolves.toBe(2);
  await expect(modal.getByTestId('hash-mark').first().getAttribute('data-verified')).resolves.toBe('true');
  for (const unit of Object.keys(TOWNSHIPS))
    await expect(
      modal
        .locator(`[data-testid="citation"][data-unit="${unit}"] [data-testid="hash-mark"]`)
        .getAttribute('data-verified'),
    ).resolves.toBe('true');
  await screenshot(page, 'chain-4-review-citations');

  await modal.locator('[data-testid="citation"][data-unit="城关镇"]').getByTestId('citation-open').click();
  const drawer = page.getByTestId('report-drawer');
  await expect(drawer.getByTestId('report-content').textContent()).resolves.toContain('城关镇60公里');
  await expect(drawer.getByTestId('report-achieved').getAttribute('data-value')).resolves.toBe('60');
  await expect(drawer.textContent()).resolves.toContain('城关镇党委书记 陈刚');
  await screenshot(page, 'chain-5-review-cited-report');
  await drawer.locator('.ant-drawer-close').click();
  await drawer.waitFor({ state: 'hidden' });
  await acceptReview(page);
  await row.waitFor({ state: 'detached' });
  await page.context().close();
});

test('the city’s chain: 商丘市 → 睢县 → its townships, every link done with its signed report', async () => {
  const page = await signIn('city_supervisor');
  await page.goto(adminUrl(`/items/${itemId}`));
  await linkStatus(page, '睢县', 'DONE');
  await linkStatus(page, '城关镇', 'DONE');
  await linkStatus(page, '白庙乡', 'DONE');
  await expect(link(page, '睢县').getByTestId('chain-signer').textContent()).resolves.toContain(
    '睢县县委书记 马骏 签字于',
  );
  await expect(link(page, '白庙乡').getByTestId('chain-signer').textContent()).resolves.toContain(
    '白庙乡党委书记 吴强 签字于',
  );
  // The item's roll-up agrees (it counts the units that do the work, not 睢县's split): all done, and the item
  // waits for its 结果反馈.
  const rollup = page.getByTestId('item-rollup');
  await expect(rollup.locator('[data-stat="total"] .ant-statistic-content').textContent()).resolves.toBe('2');
  await expect(rollup.locator('[data-stat="done"] .ant-statistic-content').textContent()).resolves.toBe('2');
  await expect(
    rollup.locator('[data-stat="completionRate"] .ant-statistic-content').textContent(),
  ).resolves.toBe('100.0%');
  await page.locator('.ant-card-head').getByText('待反馈', { exact: true }).waitFor();
  await link(page, '白庙乡').scrollIntoViewIfNeeded();
  await screenshot(page, 'chain-1-tree-city');

  // A link opens in the assignment drawer.
  await link(page, '城关镇').getByTestId('chain-open').click();
  await page
    .getByTestId('assignment-drawer')
    .locator('.ant-drawer-title')
    .filter({ hasText: '交办详情 · 城关镇' })
    .waitFor();
  await page.context().close();
});

test('the chain on a smaller desktop (1093×615) and on a phone (390×844): nothing scrolls sideways', async () => {
  for (const [name, viewport] of [
    ['chain-6-tree-1093', { width: 1093, height: 615 }],
    ['chain-7-tree-phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await signIn('city_supervisor', viewport);
    await page.goto(adminUrl(`/items/${itemId}`));
    await linkStatus(page, '白庙乡', 'DONE');
    await link(page, '白庙乡').scrollIntoViewIfNeeded();
    expect(await sidewaysScroll(page)).toBe(0);
    await screenshot(page, name);
    await page.context().close();
  }
});
