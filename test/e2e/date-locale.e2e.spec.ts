/*
 * Date pickers speak the UI's language: month, year and weekday headers come from dayjs's locale,
 * which must follow antd's (zh-CN by default, en when switched).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the ledger's deadline range picker on November 2026 and returns its open dropdown. */
async function openNovember2026(page: Page) {
  const start = page.locator('[data-testid="ledger-filters"] .ant-picker-range input').first();
  await start.click();
  await start.fill('2026-11-05');
  const dropdown = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  await dropdown.waitFor();
  return dropdown;
}

const header = (dropdown: ReturnType<Page['locator']>) =>
  dropdown.locator('.ant-picker-header-view').first().innerText();
const weekdays = (dropdown: ReturnType<Page['locator']>) =>
  dropdown.locator('.ant-picker-content').first().locator('thead th').allInnerTexts();

test('the ledger date picker is fully Chinese, and English after switching', async () => {
  const page = await newPage(browser);
  await login(page, 'city_supervisor');
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: '督查台账' }).click();
  await page.waitForURL('**/items');

  let dropdown = await openNovember2026(page);
  const zhHeader = (await header(dropdown)).replace(/\s+/g, ' ');
  expect(zhHeader).toContain('2026年');
  expect(zhHeader).toContain('11月');
  expect(zhHeader).not.toMatch(/Nov/);
  // Chinese weeks start on Monday: 一 … 日.
  await expect(weekdays(dropdown)).resolves.toEqual(['一', '二', '三', '四', '五', '六', '日']);
  await screenshot(page, 'date-picker-zh');
  await page.keyboard.press('Escape');

  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Ledger' }).waitFor();
  dropdown = await openNovember2026(page);
  const enHeader = (await header(dropdown)).replace(/\s+/g, ' ');
  expect(enHeader).toContain('Nov');
  expect(enHeader).toContain('2026');
  expect(enHeader).not.toContain('年');
  const en = await weekdays(dropdown);
  expect(en.slice(0, 2)).toEqual(['Su', 'Mo']);
  expect(en).toContain('Tu');
  await screenshot(page, 'date-picker-en');
  await page.context().close();
});
