/*
 * The leader in a real browser against the real API: the city leader writes a 批示 on a newly registered
 * item from its page (at the office's width, a small laptop's and a phone's, without the page scrolling
 * sideways), reads a concluded item's result with a further instruction that reopens it (复查复议), and the
 * cockpit draws the registered/closed trend the API counted, weekly and monthly.
 */
import type { Browser, Page } from 'playwright-core';
import { formatShanghaiDate } from '@duban/rules';
import { concludedItem, createItem, gqlAs } from './support/api';
import { adminUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = `背街小巷照明 ${Date.now().toString(36)}`;
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

/** Polls `read` until it equals `expected` (10 s), then asserts it, so a failure shows the last value. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  let last = await read();
  for (let i = 0; i < 50 && JSON.stringify(last) !== JSON.stringify(expected); i++) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read();
  }
  expect(last).toEqual(expected);
}

const sideways = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth + 1');

test.each(WIDTHS)('the city leader writes a 批示 on a new item at %o', async (viewport) => {
  const itemId = await createItem(`${TITLE} ${viewport.width}`);
  const text = `请市城管局牵头，汛前完成（${viewport.width}）`;
  const page = await signIn('city_leader', viewport);
  await page.goto(adminUrl(`/items/${itemId}`));
  const card = page.getByTestId('item-instructions');
  await card.waitFor();
  await page.getByTestId('instruct-item').click();
  await page.getByTestId('prompt-text').fill(text);
  await page.getByTestId('prompt-ok').click();
  const written = card
    .locator('[data-testid="instruction"][data-kind="INSTRUCTION"]')
    .filter({ hasText: text });
  await written.waitFor();
  await expect(written.textContent()).resolves.toContain('市委 李书记');
  await expect(sideways(page)).resolves.toBe(false);
  // Nothing else on the page failed along the way.
  await expect(page.locator('.ant-message-error').count()).resolves.toBe(0);
  await screenshot(page, `leader-instruction-${viewport.width}`);
  // Recorded on the server with the leader, and in the item's timeline.
  const { supervisionItem } = await gqlAs(
    'city_supervisor',
    `query($i: ID!) { supervisionItem(id: $i) { instructions { kind text leaderName }
      events(first: 50) { edges { node { action } } } } }`,
    { i: itemId },
  );
  expect(supervisionItem.instructions).toEqual([{ kind: 'INSTRUCTION', text, leaderName: '市委 李书记' }]);
  expect(supervisionItem.events.edges.map((e: any) => e.node.action)).toContain('item.instructed');
  await page.context().close();
});

test('the supervisor is offered no 批示', async () => {
  const itemId = await createItem(`${TITLE} 督查员`);
  const page = await signIn('city_supervisor');
  await page.goto(adminUrl(`/items/${itemId}`));
  await page.getByTestId('item-reg-number').waitFor();
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('instruct-item').count()).resolves.toBe(0);
  await page.context().close();
});

test('the city leader reads a result with a further instruction, which reopens the item', async () => {
  const itemId = await concludedItem(`${TITLE} 复查`);
  const page = await signIn('city_leader');
  await page.goto(adminUrl(`/items/${itemId}`));
  await page.getByTestId('read-feedback').click();
  await page.getByText('进一步批示', { exact: true }).click();
  await page.getByTestId('read-feedback-text').fill('仍有路段未亮灯，复查整改');
  const day = formatShanghaiDate(new Date(Date.now() + 10 * 86_400_000));
  const picker = page.locator('.ant-modal #deadline');
  await picker.click();
  await picker.fill(day);
  await picker.press('Enter');
  await page.getByTestId('read-feedback-ok').click();
  await page.getByTestId('item-reopened').waitFor();
  await expect(page.getByTestId('item-reopened').textContent()).resolves.toContain(
    '仍有路段未亮灯，复查整改',
  );
  await page
    .locator('[data-testid="instruction"][data-kind="FURTHER_INSTRUCTION"]')
    .filter({ hasText: '仍有路段未亮灯' })
    .waitFor();
  await expect(page.locator('.ant-message-error').count()).resolves.toBe(0);
  await screenshot(page, 'leader-further-instruction');
  const { supervisionItem } = await gqlAs(
    'city_supervisor',
    `query($i: ID!) { supervisionItem(id: $i) { status deadline reopenCount } }`,
    { i: itemId },
  );
  expect(supervisionItem).toMatchObject({ status: 'IN_PROGRESS', reopenCount: 1 });
  expect(formatShanghaiDate(new Date(supervisionItem.deadline))).toBe(day);
  await page.context().close();
});

test('the cockpit draws the trend the API counted, by week and by month', async () => {
  const page = await signIn('city_leader');
  await page.goto(adminUrl('/cockpit'));
  const trend = page.getByTestId('trend-data');
  await trend.waitFor();
  const counted = async (granularity: 'WEEK' | 'MONTH') => {
    const { cockpit } = await gqlAs(
      'city_leader',
      `query($g: TrendGranularity!) { cockpit { workTrend(granularity: $g, periods: 12) { registered closed } } }`,
      { g: granularity },
    );
    return {
      registered: cockpit.workTrend.map((p: any) => p.registered).join(','),
      closed: cockpit.workTrend.map((p: any) => p.closed).join(','),
    };
  };
  const shown = async () => ({
    registered: await trend.getAttribute('data-registered'),
    closed: await trend.getAttribute('data-closed'),
  });
  const weekly = await counted('WEEK');
  await eventually(shown, weekly);
  // This week holds at least the items the tests above registered.
  expect(Number(weekly.registered.split(',').at(-1))).toBeGreaterThanOrEqual(3);
  await page.getByTestId('trend-granularity').getByText('按月').click();
  const monthly = await counted('MONTH');
  await eventually(shown, monthly);
  await page.getByTestId('chart-trend').waitFor();
  await screenshot(page, 'leader-cockpit-trend');
  await page.context().close();
});
