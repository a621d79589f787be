/*
 * 年度目标 by phase in a real browser against the real API: the city supervisor registers an item with a 节点计划
 * (the form refuses a plan whose shares do not increase, by the same rule as the API), the item page shows the
 * plan as steps and replaces it; 城关镇, handed the work ten days ago, reports below plan for milestone 1 from
 * its inbox (choosing the milestone) and is yellow with a reason naming that milestone — at the office's width
 * and a phone's, without sideways scrolling.
 */
import type { Browser, Page } from 'playwright-core';
import { formatShanghaiDate } from '@duban/rules';
import { gqlAs, handedDownDaysAgo, unitId } from './support/api';
import { adminUrl, launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

const DAY = 86_400_000;
const TITLE = `年度目标：节点推进 ${Date.now().toString(36)}`;
const dayFromNow = (days: number) => formatShanghaiDate(new Date(Date.now() + days * DAY));
const monthDay = (iso: string) => {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

async function pickDate(page: Page, row: number, iso: string) {
  const input = page.getByTestId('milestone-row').nth(row).locator('.ant-picker input');
  await input.click();
  await input.fill(iso);
  await input.press('Enter');
}

let itemId = '';

test('the city supervisor registers an item with a 节点计划 and sees it on the item page', async () => {
  const page = await newPage(browser, { width: 1366, height: 768 });
  await login(page, 'city_supervisor');
  await page.waitForURL('**/workbench');
  await page.goto(adminUrl('/items/new'));
  await page.locator('#title').fill(TITLE);
  await page.locator('#source').click();
  await openDropdown(page)
    .locator('.ant-select-item-option')
    .filter({ hasText: /^年度目标任务$/ })
    .click();
  await page.locator('#content').fill('分两个节点完成，逐节点销号。');
  await page.getByText('复杂（30天）').click();

  await page.getByTestId('milestone-add').click();
  await page.getByTestId('milestone-add').click();
  await pickDate(page, 0, dayFromNow(1));
  await page.getByTestId('milestone-percent').nth(0).fill('50');
  await pickDate(page, 1, dayFromNow(20));
  await page.getByTestId('milestone-percent').nth(1).fill('40');
  // The rules refuse shares that do not increase, before anything is sent.
  await page.getByTestId('register-assign').click();
  await page.getByText('第2节点计划进度须高于第1节点').waitFor();
  await page.getByTestId('milestone-percent').nth(1).fill('70');
  await page.getByText('第2节点计划进度须高于第1节点').waitFor({ state: 'detached' });
  await screenshot(page, 'milestones-new-item');

  await page.getByTestId('register-assign').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page.waitForURL(/\/items\/\d+$/);
  itemId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const plan = page.getByTestId('milestone-plan');
  await plan.getByText(`第1节点（${monthDay(dayFromNow(1))}）`).waitFor();
  await plan.getByText(`第2节点（${monthDay(dayFromNow(20))}）`).waitFor();
  await expect(plan.textContent()).resolves.toContain('计划70%');
  // The office replaces the plan from the item page (the API offers SET_MILESTONES).
  await page.getByTestId('milestone-edit').click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('milestone-editor') });
  await dialog.getByTestId('milestone-percent').nth(1).fill('80');
  await page.getByTestId('milestone-save').click();
  await page.locator('.ant-message-success').filter({ hasText: '节点计划已保存' }).first().waitFor();
  await plan.getByText('计划80%').waitFor();
  const { supervisionItem } = await gqlAs(
    'city_supervisor',
    `query($i: ID!) { supervisionItem(id: $i) { milestones { seq dueOn plannedPercent } } }`,
    { i: itemId },
  );
  expect(supervisionItem.milestones).toEqual([
    { seq: 1, dueOn: dayFromNow(1), plannedPercent: 50 },
    { seq: 2, dueOn: dayFromNow(20), plannedPercent: 80 },
  ]);
  await page.context().close();
});

test.each([
  { width: 1366, height: 768 },
  { width: 1093, height: 615 },
  { width: 390, height: 844 },
])('a unit below plan shows a light whose reason names the milestone, at %o', async (viewport) => {
  if (viewport.width === 1366) {
    // 城关镇 got the work ten days ago and reports 10% for milestone 1 (planned 50% by tomorrow).
    const suixian = await unitId('city_supervisor', '睢县', 'COUNTY');
    const chengguan = await unitId('city_supervisor', '城关镇', 'TOWNSHIP', suixian);
    await gqlAs(
      'city_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      {
        i: itemId,
        t: [chengguan],
      },
    );
    await handedDownDaysAgo(itemId, 10);
    const { supervisionItem } = await gqlAs(
      'chengguan_liaison',
      `query($i: ID!) { supervisionItem(id: $i) { myAssignments { id } } }`,
      {
        i: itemId,
      },
    );
    const a = supervisionItem.myAssignments[0].id;
    await gqlAs('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a });
    // The liaison reports from the inbox, for the milestone the dialog suggests (the first not cleared).
    const liaison = await newPage(browser, viewport);
    await login(liaison, 'chengguan_liaison');
    await liaison.waitForURL('**/workbench');
    await liaison.goto(adminUrl('/inbox'));
    await liaison.getByTestId('inbox-tabs').getByText('办理中', { exact: true }).click();
    await liaison
      .locator(`[data-testid="inbox-table"] tr[data-item-title="${TITLE}"]`)
      .getByTestId('inbox-progress')
      .click();
    const chosen = liaison.getByTestId('progress-milestone');
    await chosen.getByText(`第1节点（${monthDay(dayFromNow(1))}）`).waitFor();
    await liaison.locator('.ant-modal #text').fill('方案编制中');
    await liaison.getByTestId('progress-percent-input').fill('10');
    await liaison.getByTestId('progress-percent-input').blur();
    await liaison.getByTestId('action-ok').click();
    await liaison.locator('.ant-message-success').filter({ hasText: '进度已报送' }).first().waitFor();
    await liaison.context().close();
    const { assignment } = await gqlAs(
      'chengguan_liaison',
      `query($a: ID!) { assignment(id: $a) { progressUpdates { milestoneSeq percent } } }`,
      { a },
    );
    expect(assignment.progressUpdates).toEqual([{ milestoneSeq: 1, percent: 10 }]);
  }
  const page = await newPage(browser, viewport);
  await login(page, 'city_supervisor');
  await page.waitForURL('**/workbench');
  await page.goto(adminUrl(`/items/${itemId}`));
  const unit = page.getByTestId('milestone-unit').filter({ hasText: '城关镇' });
  await unit.waitFor();
  const reason = await unit.locator('[data-light]').textContent();
  expect(reason).toMatch(
    new RegExp(`^进度10%，序时进度\\d+%（第1节点（${monthDay(dayFromNow(1))}）计划50%）$`),
  );
  await expect(unit.locator('[data-light]').getAttribute('data-light')).resolves.toBe('YELLOW');
  await expect(unit.getByTestId('milestone-standing').first().textContent()).resolves.toContain(
    '实际10% / 计划50%',
  );
  await expect(sidewaysScroll(page)).resolves.toBe(0);
  await expect(page.locator('.ant-message-error').count()).resolves.toBe(0);
  await screenshot(page, `milestones-item-${viewport.width}`);
  await page.context().close();
});
