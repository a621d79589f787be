/*
 * Deadlines are China-time dates whatever the browser's time zone: an office PC left on UTC or a laptop in
 * New York picks 12月17日 and the item is due 2026-12-17 (23:59:59 Beijing time), shown and filtered as such.
 */
import type { Browser, Page } from 'playwright-core';
import { formatShanghaiDate } from '@duban/rules';
import { gqlAs } from './support/api';
import { adminUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** The next 17 December at least a few days ahead in China, so the picker allows it on any run date. */
function nextDecember17(): string {
  const now = new Date();
  const year =
    now.getUTCMonth() === 11 && now.getUTCDate() >= 14 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-12-17`;
}

for (const timezoneId of ['UTC', 'America/New_York']) {
  test(`a deadline picked as 12月17日 in ${timezoneId} is stored, shown and filtered as that China-time date`, async () => {
    const day = nextDecember17();
    const title = `时区核验事项 ${timezoneId} ${Date.now().toString(36)}`;
    const page = await newPage(browser, undefined, timezoneId);
    await expect(page.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')).resolves.toBe(timezoneId);
    await login(page, 'city_supervisor');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(adminUrl('/items/new'));

    await page.locator('#title').fill(title);
    await page.locator('#source').click();
    await openDropdown(page)
      .locator('.ant-select-item-option')
      .filter({ hasText: /^领导批示$/ })
      .click();
    await page.locator('#content').fill('核对办理时限按北京时间保存。');
    await page.getByText('指定日期').click();
    const picker = page.locator('#deadline');
    await picker.click();
    await picker.fill(day);
    // Enter confirms the date; it must not submit the whole form.
    await picker.press('Enter');
    await expect(picker.inputValue()).resolves.toBe(day);
    expect(new URL(page.url()).pathname).toBe('/items/new');
    await expect(page.locator('.ant-modal-confirm').count()).resolves.toBe(0);

    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/items\/\d+$/);
    const itemId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('item-facts').getByText(day).first().waitFor();

    // Stored as the end of that day in Beijing, not the browser's.
    const { supervisionItem } = await gqlAs<{ supervisionItem: { deadline: string } }>(
      'city_supervisor',
      `query($id: ID!) { supervisionItem(id: $id) { deadline } }`,
      { id: itemId },
    );
    expect(new Date(supervisionItem.deadline).toISOString()).toBe(`${day}T15:59:59.000Z`);
    expect(formatShanghaiDate(new Date(supervisionItem.deadline))).toBe(day);
    await screenshot(page, `time-zone-${timezoneId.replace('/', '-')}-item`);

    // The ledger's deadline filter of that single day finds it.
    await page.goto(adminUrl('/items'));
    await page.getByPlaceholder('名称、内容或编号').fill(title);
    const range = page.locator('[data-testid="ledger-filters"] .ant-picker-range input');
    await range.first().click();
    await range.first().fill(day);
    await range.first().press('Enter');
    await range.nth(1).fill(day);
    await range.nth(1).press('Enter');
    await page.getByPlaceholder('名称、内容或编号').press('Enter');
    await page.locator(`[data-testid="ledger-table"] tr[data-item-id="${itemId}"]`).waitFor();
    await page.context().close();
  });
}
