/*
 * Every role's main flow at an office desktop (1366×768), the same screen at 125 % scaling (1093×615), a
 * township liaison's phone (390×844), and in English from the narrowest desktop (1024×768) to the widest
 * (1920×1080), and on the phone in English too: the liaison (inbox → item → report dialog), the head (sign queue), the
 * supervisor (ledger → item with its assignments → review queue) and the leader (cockpit → 下级办理 → 考评记分). Each page keeps a screenshot
 * (width-<role>-<page>-<w>[-en].png) and holds its layout: no sideways scrolling, no table column squeezed below
 * 48 px, no header broken one character per line, and on the phone a hidden menu behind a button and cards instead
 * of the inbox's and the ledger's tables.
 */
import type { Browser, Page } from 'playwright-core';
import { adminUrl, launchBrowser, login, newPage, screenshot } from './support/browser';
import { checkA11y } from './support/a11y';
import { arrangeFlows, type FlowItems } from './support/flows';

const WIDTHS: { width: number; height: number; lang: 'zh' | 'en' }[] = [
  { width: 1366, height: 768, lang: 'zh' },
  { width: 1093, height: 615, lang: 'zh' },
  { width: 390, height: 844, lang: 'zh' },
  // English labels are longer: the inbox's status switch and the cockpit's chart row once widened the page.
  { width: 390, height: 844, lang: 'en' },
  { width: 1024, height: 768, lang: 'en' },
  { width: 1920, height: 1080, lang: 'en' },
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

/** What breaks a layout, measured in the page: overflow, squeezed columns, headers one character wide or broken
 * mid-word. */
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
    // A Latin word split over two lines ("Completi/on"): the column is too narrow for its English header.
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      for (const m of node.data.matchAll(/[A-Za-z][A-Za-z0-9'-]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push('header "' + text + '" breaks "' + m[0] + '" mid-word');
      }
    }
  }
  // A button running past its table cell is cut off (the cell hides the overflow).
  for (const button of document.querySelectorAll('.ant-table-tbody td button')) {
    const cell = button.closest('td').getBoundingClientRect();
    const b = button.getBoundingClientRect();
    if (b.width && b.right > cell.right + 1) problems.push('button "' + button.textContent.trim() + '" is cut off');
  }
  return problems;
})()`;

async function checkLayout(
  page: Page,
  role: string,
  name: string,
  width: number,
  lang: string,
): Promise<void> {
  await settled(page);
  await page.evaluate('window.scrollTo(0, 0)');
  const label = `${role} ${name} @${width} ${lang}`;
  await screenshot(page, `width-${role}-${name}-${width}${lang === 'zh' ? '' : `-${lang}`}`);
  const problems = await page.evaluate<string[]>(LAYOUT_PROBLEMS);
  expect({ page: label, problems }).toEqual({ page: label, problems: [] });
}

/** On a phone a list is cards, not a table; on a desktop the table stays. */
async function listShape(page: Page, list: 'inbox' | 'ledger', phone: boolean): Promise<void> {
  await page.getByTestId(phone ? `${list}-cards` : `${list}-table`).waitFor();
  await expect(page.locator(`[data-testid="${list}-table"]`).count()).resolves.toBe(phone ? 0 : 1);
  await expect(page.locator('.ant-table').count()).resolves.toBe(phone ? 0 : 1);
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

async function signIn(username: string, { lang, ...viewport }: (typeof WIDTHS)[number]): Promise<Page> {
  const page = await newPage(browser, viewport);
  await login(page, username);
  await page.waitForURL('**/workbench');
  if (viewport.width < 500) await phoneMenu(page);
  // The header's 中文/EN switch; the choice is kept for the following pages.
  if (lang === 'en') {
    await page.getByText('EN', { exact: true }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  }
  return page;
}

describe.each(WIDTHS)('at $width×$height ($lang)', (viewport) => {
  const w = viewport.width;
  const phone = w < 500;
  const check = (page: Page, role: string, name: string) => checkLayout(page, role, name, w, viewport.lang);

  test('the liaison: inbox → item page → report dialog', async () => {
    const page = await signIn('baimiao_liaison', viewport);
    await page.goto(adminUrl('/inbox'));
    await listShape(page, 'inbox', phone);
    await check(page, 'liaison', 'inbox');
    if (phone) await checkA11y(page, 'the liaison inbox cards');
    await page.goto(adminUrl(`/items/${items.inProgress}`));
    await check(page, 'liaison', 'item');
    await page.goto(adminUrl('/inbox'));
    await page
      .getByTestId('inbox-tabs')
      .getByText(/^(办理中|In progress)$/)
      .click();
    await page.locator(`[data-item-title="${items.titles.inProgress}"]`).getByTestId('inbox-report').click();
    await page.locator('.ant-modal #content').waitFor();
    await check(page, 'liaison', 'report');
    await page.context().close();
  });

  test('the head: sign queue', async () => {
    const page = await signIn('baimiao_head', viewport);
    await page.goto(adminUrl('/sign'));
    await page.getByTestId('sign-queue').filter({ hasText: items.titles.toSign }).waitFor();
    await check(page, 'head', 'sign');
    await page.context().close();
  });

  test('the supervisor: ledger → item page with its assignments → review queue', async () => {
    const page = await signIn('suixian_supervisor', viewport);
    await page.goto(adminUrl('/items'));
    await listShape(page, 'ledger', phone);
    await check(page, 'supervisor', 'ledger');
    if (phone) await checkA11y(page, 'the ledger cards');
    await page.goto(adminUrl(`/items/${items.toReview}`));
    await check(page, 'supervisor', 'item');
    await page.goto(adminUrl('/review'));
    await check(page, 'supervisor', 'review');
    await page.context().close();
  });

  test('the leader: cockpit → 下级办理 → 考评记分', async () => {
    const page = await signIn('suixian_leader', viewport);
    await page.goto(adminUrl('/cockpit'));
    await page.getByTestId('cockpit').waitFor();
    await check(page, 'leader', 'cockpit');
    await page.goto(adminUrl('/subtree'));
    await check(page, 'leader', 'subtree');
    // Eleven columns: the table scrolls within itself, never the page.
    await page.goto(adminUrl('/scoreboard'));
    await page.getByTestId('scoreboard').waitFor();
    await check(page, 'leader', 'scoreboard');
    await page.context().close();
  });
});
