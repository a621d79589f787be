/*
 * Every role's main flow at an office desktop (1366×768), the same screen at 125 % scaling (1093×615) and a
 * township liaison's phone (390×844): the liaison (inbox → item → report dialog), the head (sign queue), the
 * supervisor (ledger → item with its assignments → review queue) and the leader (cockpit → 下级办理). Each page
 * keeps a screenshot (width-<role>-<page>-<w>.png) and holds its layout: no sideways scrolling, no table column
 * squeezed below 48 px, no header broken one character per line, and on the phone a hidden menu behind a button.
 */
import type { Browser, Page } from 'playwright-core';
import { adminUrl, launchBrowser, login, newPage, screenshot } from './support/browser';
import { arrangeFlows, type FlowItems } from './support/flows';

const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 1093, height: 615 },
  { width: 390, height: 844 },
];

let browser: Browser;
let items: FlowItems;
beforeAll(async () => {
  browser = await launchBrowser();
  items = await arrangeFlows(`宽度 ${Date.now().toString(36)}`);
});
afterAll(async () => {
  await browser?.close();
});

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction('!document.querySelector(".ant-spin-spinning, .ant-skeleton-active")');
  await page.waitForTimeout(300);
}

/** What breaks a layout, measured in the page: overflow, squeezed columns, headers one character wide. */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const d = document.documentElement;
  if (d.scrollWidth > d.clientWidth + 1) problems.push('page scrolls sideways: ' + d.scrollWidth + ' > ' + d.clientWidth);
  for (const th of document.querySelectorAll('.ant-table-thead th')) {
    if (th.matches('.ant-table-selection-column, .ant-table-row-expand-icon-cell') || !th.offsetParent) continue;
    const text = th.textContent.trim();
    if (!text) continue;
    const w = th.getBoundingClientRect().width;
    if (w < 48) problems.push('column "' + text + '" is ' + Math.round(w) + ' px wide');
    const line = parseFloat(getComputedStyle(th).lineHeight) || 22;
    if (th.getBoundingClientRect().height > 3 * line + 24) problems.push('header "' + text + '" wraps over 3 lines');
  }
  return problems;
})()`;

async function check(page: Page, role: string, name: string, width: number): Promise<void> {
  await settled(page);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, `width-${role}-${name}-${width}`);
  const problems = await page.evaluate<string[]>(LAYOUT_PROBLEMS);
  expect({ page: `${role} ${name} @${width}`, problems }).toEqual({
    page: `${role} ${name} @${width}`,
    problems: [],
  });
}

/** On a phone the menu is hidden behind the header's button, which opens it. */
async function phoneMenu(page: Page): Promise<void> {
  await page.getByTestId('menu-toggle').waitFor();
  const siderWidth = () =>
    page.evaluate<number>('document.querySelector(".ant-layout-sider").getBoundingClientRect().width');
  await expect(siderWidth()).resolves.toBe(0);
  await page.getByTestId('menu-toggle').click();
  await page.getByRole('menuitem').first().waitFor();
  await expect(siderWidth()).resolves.toBeGreaterThan(100);
  await page.getByTestId('menu-toggle').click();
}

async function signIn(username: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await newPage(browser, viewport);
  await login(page, username);
  await page.waitForURL('**/workbench');
  if (viewport.width < 500) await phoneMenu(page);
  return page;
}

describe.each(WIDTHS)('at $width×$height', (viewport) => {
  const w = viewport.width;

  test('the liaison: inbox → item page → report dialog', async () => {
    const page = await signIn('baimiao_liaison', viewport);
    await page.goto(adminUrl('/inbox'));
    await check(page, 'liaison', 'inbox', w);
    await page.goto(adminUrl(`/items/${items.inProgress}`));
    await check(page, 'liaison', 'item', w);
    await page.goto(adminUrl('/inbox'));
    await page.getByTestId('inbox-tabs').getByText('办理中', { exact: true }).click();
    await page.locator(`[data-item-title="${items.titles.inProgress}"]`).getByTestId('inbox-report').click();
    await page.locator('.ant-modal #content').waitFor();
    await check(page, 'liaison', 'report', w);
    await page.context().close();
  });

  test('the head: sign queue', async () => {
    const page = await signIn('baimiao_head', viewport);
    await page.goto(adminUrl('/sign'));
    await page.getByTestId('sign-queue').filter({ hasText: items.titles.toSign }).waitFor();
    await check(page, 'head', 'sign', w);
    await page.context().close();
  });

  test('the supervisor: ledger → item page with its assignments → review queue', async () => {
    const page = await signIn('suixian_supervisor', viewport);
    await page.goto(adminUrl('/items'));
    await check(page, 'supervisor', 'ledger', w);
    await page.goto(adminUrl(`/items/${items.toReview}`));
    await check(page, 'supervisor', 'item', w);
    await page.goto(adminUrl('/review'));
    await check(page, 'supervisor', 'review', w);
    await page.context().close();
  });

  test('the leader: cockpit → 下级办理', async () => {
    const page = await signIn('suixian_leader', viewport);
    await page.goto(adminUrl('/cockpit'));
    await page.getByTestId('cockpit').waitFor();
    await check(page, 'leader', 'cockpit', w);
    await page.goto(adminUrl('/subtree'));
    await check(page, 'leader', 'subtree', w);
    await page.context().close();
  });
});
