/*
 * 模板与周期事项 in a real browser: 睢县's supervisor creates a monthly 工作月报 template for 城关镇 from
 * the menu, sees the next registration days (the API's preview in the form, then on the card), and
 * registers an item from it: numbered, titled for this month. On a phone the page and its form fit the
 * screen; the 立项 form's 保存为模板 opens the template form with what was filled in.
 */
import type { Browser, Page } from 'playwright-core';
import { expandTitle, formatShanghaiDate, RecurrenceFrequency, upcomingRuns } from '@duban/rules';
import { launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

const RUN = Date.now().toString(36);
const NAME = `工作月报 ${RUN}`;
const PATTERN = `{year}年{month}月工作月报 ${RUN}`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(browser, viewport);
  await login(page, username);
  await page.waitForURL('**/workbench');
  return page;
}

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

test('a supervisor creates a monthly template, sees its next runs and registers an item from it', async () => {
  const page = await signIn('suixian_supervisor');
  await page.getByRole('menuitem', { name: '模板与周期事项' }).click();
  await page.waitForURL('**/items/templates');
  await page.getByTestId('template-new').click();
  const form = page.getByTestId('template-form');
  await form.waitFor();

  // An empty form is not sent.
  await page.getByTestId('template-save').click();
  await page.getByText('请填写模板名称').waitFor();

  await form.locator('#name').fill(NAME);
  await form.locator('#title').fill(PATTERN);
  await form.locator('#source').click();
  await openDropdown(page)
    .locator('.ant-select-item-option')
    .filter({ hasText: /^专项督查$/ })
    .click();
  await form.locator('#content').fill('报送本月重点工作进展。');
  await page.getByTestId('template-lead-unit').click();
  await page.keyboard.type('城关镇');
  await openDropdown(page).getByTestId('org-picker-hit').filter({ hasText: '城关镇' }).first().click();

  // Monthly on the 5th, due in 5 working days, from today: the defaults of a new template.
  const rule = {
    frequency: RecurrenceFrequency.MONTHLY,
    dayOfMonth: 5,
    dueWorkingDays: 5,
    startOn: formatShanghaiDate(new Date()),
  };
  const runs = upcomingRuns(rule, rule.startOn, 3);
  await page
    .getByTestId('template-preview')
    .filter({ hasText: `接下来的登记日：${runs.join('、')}` })
    .waitFor();
  await screenshot(page, 'templates-1-form-1366');
  await page.getByTestId('template-save').click();
  await page.locator('.ant-message-success').filter({ hasText: '模板已保存' }).first().waitFor();

  const card = page.getByTestId('template-card').filter({ hasText: NAME });
  await card
    .getByTestId('template-next-runs')
    .filter({ hasText: runs.join('、') })
    .waitFor();
  await expect(card.textContent()).resolves.toContain('每月5日自动登记，登记后5个工作日内办结');
  await screenshot(page, 'templates-2-list-1366');

  await card.getByTestId('template-register').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page
    .locator('.ant-message-success')
    .filter({ hasText: /已登记 睢督〔\d{4}〕\d+号/ })
    .first()
    .waitFor();
  await page.waitForURL(/\/items\/\d+$/);
  await page
    .getByText(expandTitle(PATTERN, formatShanghaiDate(new Date())))
    .first()
    .waitFor();
  // Its trail says where it came from, with the template's name.
  await page.getByRole('tab', { name: '全流程留痕' }).click();
  await page.locator('[data-action="item.from_template"]').filter({ hasText: '由模板登记' }).waitFor();
  await expect(page.locator('[data-action="item.from_template"]').textContent()).resolves.toContain(NAME);
  await screenshot(page, 'templates-3-registered-1366');

  // In English at the smaller desktop: the same card in English words.
  await page.setViewportSize({ width: 1093, height: 615 });
  await page.getByRole('menuitem', { name: '模板与周期事项' }).click();
  await page.getByText('EN', { exact: true }).click();
  await page
    .getByTestId('template-card')
    .filter({ hasText: 'Registered on day 5 of every month, due 5 working days after registration' })
    .filter({ hasText: NAME })
    .waitFor();
  await page.getByRole('button', { name: 'Register from template' }).first().waitFor();
  expect(await sidewaysScroll(page)).toBe(0);
  await screenshot(page, 'templates-3b-list-en-1093');
});

test('on a phone the templates fit the screen, and 保存为模板 on the 立项 form opens a prefilled template', async () => {
  const phone = await signIn('suixian_supervisor', { width: 390, height: 844 });
  await phone.goto(phone.url().replace(/\/workbench.*$/, '/items/templates'));
  await phone.getByTestId('template-card').filter({ hasText: NAME }).waitFor();
  expect(await sidewaysScroll(phone)).toBe(0);
  await screenshot(phone, 'templates-4-list-390');

  await phone.goto(phone.url().replace(/\/items\/templates.*$/, '/items/new'));
  await phone.locator('#title').fill('防汛检查');
  await phone.locator('#content').fill('检查各乡镇防汛准备。');
  await phone.getByTestId('save-as-template').click();
  await phone.waitForURL('**/items/templates');
  const form = phone.getByTestId('template-form');
  await form.waitFor();
  await expect(form.locator('#name').inputValue()).resolves.toBe('防汛检查');
  await expect(form.locator('#content').inputValue()).resolves.toBe('检查各乡镇防汛准备。');
  expect(await sidewaysScroll(phone)).toBe(0);
  await screenshot(phone, 'templates-5-form-390');
});
