/*
 * 编辑 and 归档 in a real browser against the real API: the city supervisor edits an item's title and deadline
 * from its page (at the office's width, a small laptop's and a phone's, without sideways scrolling), confirms the summary of the
 * changes and reads the diff in the item's timeline; archives a concluded item and finds it in the ledger only
 * with 含已归档; and sees how many items 年度归档 would archive before confirming it.
 */
import type { Browser, Page } from 'playwright-core';
import { formatShanghaiDate } from '@duban/rules';
import { concludedItem, createItem, gqlAs } from './support/api';
import { adminUrl, launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TAG = Date.now().toString(36);
const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 1093, height: 615 },
  { width: 390, height: 844 },
];

async function signIn(username: string, viewport = WIDTHS[0]): Promise<Page> {
  const page = await newPage(browser, viewport);
  await login(page, username);
  await page.waitForURL('**/workbench');
  return page;
}

test.each(WIDTHS)(
  'the supervisor edits an item’s title and deadline and reads the diff at %o',
  async (viewport) => {
    const title = `路灯改造 ${TAG} ${viewport.width}`;
    const itemId = await createItem(title);
    const page = await signIn('city_supervisor', viewport);
    await page.goto(adminUrl(`/items/${itemId}`));
    await page.getByTestId('item-edit').click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('item-edit-title').fill(`${title}（调整）`);
    const day = formatShanghaiDate(new Date(Date.now() + 10 * 86_400_000));
    const picker = drawer.locator('#deadline');
    await picker.click();
    await picker.fill(day);
    await picker.press('Enter');
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    await screenshot(page, `item-edit-form-${viewport.width}`);
    await page.getByTestId('item-edit-save').click();
    const summary = page.getByTestId('item-edit-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('（调整）');
    await expect(summary.textContent()).resolves.toContain(day);
    await page.getByTestId('item-edit-confirm').click();
    await page.locator('.ant-message-success').waitFor();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '全流程留痕' }).click();
    const diff = page.locator('[data-action="item.edited"] [data-testid="edit-diff"]');
    await diff.waitFor();
    const text = await diff.textContent();
    expect(text).toContain('事项名称');
    expect(text).toContain('（调整）');
    expect(text).toContain('办理时限');
    expect(text).toContain(day);
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    await expect(page.locator('.ant-message-error').count()).resolves.toBe(0);
    await screenshot(page, `item-edit-diff-${viewport.width}`);

    const { supervisionItem } = await gqlAs(
      'city_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { title deadline } }`,
      { i: itemId },
    );
    expect(supervisionItem.title).toBe(`${title}（调整）`);
    expect(formatShanghaiDate(new Date(supervisionItem.deadline))).toBe(day);
    await page.context().close();
  },
);

test('the supervisor archives a concluded item and finds it with 含已归档', async () => {
  const title = `归档核验 ${TAG}`;
  const itemId = await concludedItem(title);
  const page = await signIn('city_supervisor');
  await page.goto(adminUrl(`/items/${itemId}`));
  await expect(page.getByTestId('item-edit').count()).resolves.toBe(0);
  await page.getByTestId('item-archive').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page.locator('.ant-message-success').waitFor();
  await page.getByTestId('item-archive').waitFor({ state: 'detached' });

  await page.goto(adminUrl('/items'));
  const search = page.getByRole('searchbox', { name: '名称、内容或编号' });
  await search.fill(title);
  await search.press('Enter');
  const row = page.locator(`[data-item-id="${itemId}"]`);
  await page.getByText('没有符合条件的督查事项').waitFor();
  await page.getByTestId('ledger-include-archived').click();
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain('已归档');
  await screenshot(page, 'ledger-include-archived');

  // 年度归档 shows its count before anything is archived; cancelled here, so the shared data stays as it is.
  await page.getByTestId('year-archive-open').click();
  const count = page.getByTestId('year-archive-count');
  await count.waitFor();
  await expect(count.textContent()).resolves.toMatch(/年度/);
  await screenshot(page, 'year-archive-confirm');
  await page.locator('.ant-modal-footer .ant-btn-default').click();
  await count.waitFor({ state: 'detached' });
  // The same in English, and the item page offers its English 编辑 for an open item.
  await page.getByText('EN', { exact: true }).click();
  await page.getByText('Include archived', { exact: true }).waitFor();
  await page.getByTestId('year-archive-open').getByText('Year-end archive').waitFor();
  await expect(sidewaysScroll(page)).resolves.toBe(0);
  await screenshot(page, 'ledger-include-archived-en');
  await page.context().close();
});
