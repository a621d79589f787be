/*
 * Chasing and deadlines along the chain, in a real browser: the city cascades an item straight to all
 * townships of 睢县 (set up through the API, ten days ago); 睢县's supervisor opens 下级办理, filters the shares
 * not signed for in time and urges townships, one and then a batch; the view works in English, at 1093×615 and
 * on a phone. Then on a second item, assigned to 睢县 and split by it to 白庙乡: the township asks for an
 * extension beyond 睢县's own deadline (withdrawing a first request), 睢县 agrees and is told it goes to the city,
 * the city approves, and the township sees its new deadline; an escalation goes 白庙乡 → 睢县 → 商丘市 with 睢县's
 * opinion and the answer comes back. Last, 睢县 adjusts the quantified shares of a split with the live sum.
 * What a test is not about is set up through the API. The tests run in order and share the items.
 */
import type { Browser, Page } from 'playwright-core';
import { DAY_MS, formatShanghaiDate } from '@duban/rules';
import { createItem, gqlAs, handedDownDaysAgo, myAssignment, unitId } from './support/api';
import { adminUrl, launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = Date.now().toString(36);
const CASCADED = `乡镇人居环境整治 ${run}`;
const SPLIT = `农村道路养护 ${run}`;
let cascadedId = '';
let splitId = '';
/** 睢县's own deadline on the split item, and the later date 白庙乡 asks for. */
let countyDeadline = '';
let requested = '';

async function signIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(browser, viewport);
  await login(page, username);
  // Everyone lands on their 工作台.
  await page.waitForURL('**/workbench');
  return page;
}

const toast = (page: Page, text: string) =>
  page.locator('.ant-message-success').filter({ hasText: text }).first().waitFor();

/** Screenshots show the page from its top, once drawers and tabs have finished moving. */
async function settle(page: Page) {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(400);
}

const rowsOf = (page: Page, itemId: string) =>
  page.locator(`[data-testid="subtree-row"][data-item-id="${itemId}"]`);
const rowOf = (page: Page, itemId: string, unit: string) =>
  page.locator(`[data-testid="subtree-row"][data-item-id="${itemId}"][data-unit="${unit}"]`);

test('the city cascades an item to all 20 townships of 睢县, handed down ten days ago', async () => {
  const suixian = await unitId('city_supervisor', '睢县', 'COUNTY');
  cascadedId = await createItem(CASCADED);
  const r = await gqlAs<{ assignItem: { count: number } }>(
    'city_supervisor',
    `mutation($id: ID!, $c: [CascadeSelector!]) { assignItem(itemId: $id, cascade: $c) { count } }`,
    { id: cascadedId, c: [{ underUnitId: suixian, kind: 'TOWNSHIP' }] },
  );
  expect(r.assignItem.count).toBe(20);
  // Ten days pass for all but 城关镇 (handed down today): the others are past the 签收时限, still unsigned.
  const chengguan = await unitId('city_supervisor', '城关镇', 'TOWNSHIP', suixian);
  await expect(handedDownDaysAgo(cascadedId, 10, [chengguan])).resolves.toBe(19);
});

test('睢县’s supervisor opens 下级办理, filters 逾期未签收 and urges one township, then two at once', async () => {
  const page = await signIn('suixian_supervisor');
  await page.getByRole('menuitem', { name: '下级办理' }).click();
  await page.waitForURL('**/subtree');
  // The city's item, held by 睢县's townships although the city assigned it straight to them.
  await expect(
    rowsOf(page, cascadedId)
      .first()
      .waitFor()
      .then(() => rowsOf(page, cascadedId).count()),
  ).resolves.toBe(20);

  await page.getByTestId('subtree-unsigned').click();
  await rowOf(page, cascadedId, '城关镇').waitFor({ state: 'detached' });
  await expect(rowsOf(page, cascadedId).count()).resolves.toBe(19);
  await screenshot(page, 'subtree-1-unsigned-1366');

  // One township: 催办 on its row.
  const row = rowOf(page, cascadedId, '白庙乡');
  await row.getByTestId('subtree-urge').click();
  await page.getByTestId('prompt-text').fill('请于明日前签收并报送进度。');
  await page.getByTestId('prompt-ok').click();
  await toast(page, '已发出催办通知');

  // Two more, selected: one batch 催办, a numbered notice each.
  const others = page.locator(
    `[data-testid="subtree-row"][data-item-id="${cascadedId}"]:not([data-unit="白庙乡"])`,
  );
  for (const i of [0, 1]) await others.nth(i).locator('.ant-checkbox-input').check();
  await page.getByTestId('subtree-urge-selected').click();
  await page.getByTestId('prompt-ok').click();
  await toast(page, '已向 2 个单位发出催办通知');

  // The row opens 白庙乡's assignment: the notice is there.
  await row.locator('td').nth(2).click();
  const drawer = page.getByTestId('assignment-drawer');
  await drawer.getByText('请于明日前签收并报送进度。').waitFor();
  await settle(page);
  await screenshot(page, 'subtree-2-urged-drawer-1366');
  await page.keyboard.press('Escape');

  // The same view in English.
  await page.getByText('EN', { exact: true }).click();
  await page.getByText('Work below', { exact: true }).first().waitFor();
  await page.getByText('Not signed for in time').waitFor();
  // The API words the lights in the language asked for: the list is asked again.
  await page
    .getByText(/^on track/)
    .first()
    .waitFor();
  await settle(page);
  await screenshot(page, 'subtree-3-english-1366');
  await page.getByText('中文', { exact: true }).click();

  // A smaller desktop: still no horizontal scrolling.
  await page.setViewportSize({ width: 1093, height: 615 });
  await page.getByTestId('subtree-table').waitFor();
  await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  await settle(page);
  await screenshot(page, 'subtree-4-1093');
  await page.context().close();
});

test('on a phone 下级办理 is a list of cards, without horizontal scrolling', async () => {
  const page = await signIn('suixian_supervisor', { width: 390, height: 844 });
  // The menu opens from the header's toggle and closes once a page is chosen.
  await page.getByTestId('menu-toggle').click();
  await page.getByRole('menuitem', { name: '下级办理' }).click();
  await page.waitForURL('**/subtree');
  await page.getByTestId('subtree-cards').waitFor();
  await rowsOf(page, cascadedId).first().waitFor();
  await expect(page.getByTestId('subtree-table').count()).resolves.toBe(0);
  await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  await screenshot(page, 'subtree-5-phone-390');

  await rowOf(page, cascadedId, '白庙乡').click();
  const drawer = page.getByTestId('assignment-drawer');
  await drawer.getByText('请于明日前签收并报送进度。').waitFor();
  await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  await settle(page);
  await screenshot(page, 'subtree-6-phone-drawer-390');
  await page.context().close();
});

test('白庙乡 asks to extend its share of 睢县’s split beyond 睢县’s own deadline, withdrawing a first request', async () => {
  const suixian = await unitId('city_supervisor', '睢县', 'COUNTY');
  const baimiao = await unitId('suixian_supervisor', '白庙乡', 'TOWNSHIP');
  splitId = await createItem(SPLIT);
  await gqlAs(
    'city_supervisor',
    `mutation($id: ID!, $t: [ID!]) { assignItem(itemId: $id, targets: $t) { count } }`,
    {
      id: splitId,
      t: [suixian],
    },
  );
  const county = await myAssignment('suixian_supervisor', splitId);
  countyDeadline = county.deadline;
  requested = formatShanghaiDate(new Date(Date.parse(countyDeadline) + 10 * DAY_MS));
  await gqlAs('suixian_supervisor', `mutation($id: ID!) { acceptAssignment(id: $id) { id } }`, {
    id: county.id,
  });
  await gqlAs(
    'suixian_supervisor',
    `mutation($id: ID!, $t: [ShareInput!]) { delegateAssignment(id: $id, targets: $t) { count } }`,
    { id: county.id, t: [{ unitId: baimiao }] },
  );

  const page = await signIn('baimiao_liaison');
  await page.getByRole('menuitem', { name: '待办事项' }).click();
  const row = page.locator(`[data-testid="inbox-table"] tr[data-item-title="${SPLIT}"]`);
  const ask = async (reason: string) => {
    await row.getByTestId('inbox-more').click();
    await page
      .locator('.ant-dropdown:not(.ant-dropdown-hidden)')
      .getByText('申请延期', { exact: true })
      .click();
    await page.locator('.ant-modal #newDeadline').fill(requested);
    await page.locator('.ant-modal #newDeadline').press('Enter');
    await page.locator('.ant-modal #reason').fill(reason);
    await page.getByTestId('action-ok').click();
    await toast(page, '延期申请已提交');
  };
  await ask('雨季施工受阻。');

  // The first request is withdrawn by the unit itself before anyone decides it.
  await row.getByTestId('inbox-more').click();
  await page
    .locator('.ant-dropdown:not(.ant-dropdown-hidden)')
    .getByText('撤回延期申请', { exact: true })
    .click();
  await page.getByTestId('cancel-extension-ok').click();
  await toast(page, '延期申请已撤回');

  await ask('雨季施工受阻，路基需晾晒两周。');
  await page.locator('.ant-modal').waitFor({ state: 'detached' });
  await row.getByText('延期申请中').waitFor();
  await screenshot(page, 'subtree-7-township-requested');
  await page.context().close();
});

test('睢县 agrees, is told it goes beyond its own deadline, and the request is forwarded to the city', async () => {
  const page = await signIn('suixian_supervisor');
  await page.goto(adminUrl('/subtree'));
  await rowOf(page, splitId, '白庙乡').locator('td').nth(2).click();
  const drawer = page.getByTestId('assignment-drawer');
  await drawer.getByTestId('extension-approve').click();
  const warning = page.getByTestId('extension-forward-warning');
  await expect(warning.textContent()).resolves.toContain('超出本级时限，同意后将转报上级审批');
  await page.getByTestId('prompt-text').fill('情况属实，建议同意。');
  await settle(page);
  await screenshot(page, 'subtree-8-forward-warning');
  await page.getByTestId('prompt-ok').click();
  await toast(page, '已转报上级审批');
  await drawer.locator('[data-extension-status="FORWARDED"]').waitFor();
  await page.context().close();
});

test('the city approves the forwarded request, and 白庙乡 sees its new deadline', async () => {
  const city = await signIn('city_supervisor');
  await city.goto(adminUrl(`/items/${splitId}`));
  await city
    .locator('[data-testid="assignment-table"] tr[data-unit="睢县"]')
    .first()
    .getByTestId('chain-open')
    .click();
  const drawer = city.getByTestId('assignment-drawer');
  const pending = drawer.locator('[data-extension-status="PENDING"]');
  await expect(pending.textContent()).resolves.toContain('情况属实，建议同意。');
  await pending.getByTestId('extension-approve').click();
  // 睢县's assignment is the item's own top level: the city decides it itself, nothing goes further.
  await expect(city.getByTestId('extension-forward-warning').count()).resolves.toBe(0);
  await settle(city);
  await screenshot(city, 'subtree-9-city-approves');
  await city.getByTestId('prompt-ok').click();
  await toast(city, '已同意延期');
  await city.context().close();

  const township = await signIn('baimiao_liaison');
  await township.getByRole('menuitem', { name: '待办事项' }).click();
  await township.getByTestId('inbox-tabs').getByText('全部', { exact: true }).click();
  const row = township.locator(`[data-testid="inbox-table"] tr[data-item-title="${SPLIT}"]`);
  await expect(row.textContent()).resolves.toContain(requested);
  await settle(township);
  await screenshot(township, 'subtree-10-township-new-deadline');
  await township.context().close();
});

test('an escalation goes 白庙乡 → 睢县 → 商丘市 with 睢县’s opinion, and the city’s answer comes back down', async () => {
  const share = await myAssignment('baimiao_liaison', splitId);
  await gqlAs(
    'baimiao_liaison',
    `mutation($id: ID!, $r: String!) { escalateAssignment(assignmentId: $id, reason: $r) { id } }`,
    {
      id: share.id,
      r: '路基需占用少量基本农田，需协调用地手续。',
    },
  );

  const county = await signIn('suixian_supervisor');
  await county.goto(adminUrl('/subtree'));
  await rowOf(county, splitId, '白庙乡').locator('td').nth(2).click();
  const history = county.getByTestId('assignment-drawer').getByTestId('escalation-history');
  await history.getByTestId('escalation-forward').click();
  await county.getByTestId('prompt-text').fill('县自然资源局无权审批，请市里协调。');
  await county.getByTestId('prompt-ok').click();
  await toast(county, '已转报上级协调');
  await history.locator('[data-escalation-status="FORWARDED"]').waitFor();
  await settle(county);
  await screenshot(county, 'subtree-11-escalation-forwarded');

  // The city sees it counted in its roll-up, and answers it on 睢县's assignment.
  const city = await signIn('city_supervisor');
  await city.goto(adminUrl(`/items/${splitId}`));
  const escalated = city.getByTestId('item-rollup').locator('[data-stat="escalated"] .ant-statistic-content');
  await expect(escalated.textContent().then(Number)).resolves.toBeGreaterThan(0);
  await city
    .locator('[data-testid="assignment-table"] tr[data-unit="睢县"]')
    .first()
    .getByTestId('chain-open')
    .click();
  await city.getByTestId('escalation-resolve').click();
  await city.getByTestId('prompt-text').fill('已协调市自然资源局，按临时用地办理。');
  await city.getByTestId('prompt-ok').click();
  await toast(city, '操作成功');
  await city.context().close();

  await county.reload();
  await rowOf(county, splitId, '白庙乡').locator('td').nth(2).click();
  const resolved = history.locator('[data-escalation-status="RESOLVED"]');
  await expect(resolved.textContent()).resolves.toContain('已协调市自然资源局，按临时用地办理。');
  await expect(resolved.textContent()).resolves.toContain('县自然资源局无权审批，请市里协调。');
  await settle(county);
  await screenshot(county, 'subtree-12-escalation-answered');
  await county.context().close();
});

test('睢县 adjusts the shares of its split, the live sum checking them against its own 100 公里', async () => {
  const title = `道路硬化里程 ${run}`;
  const suixian = await unitId('city_supervisor', '睢县', 'COUNTY');
  const itemId = await createItem(title, { target: 100, targetUnit: '公里' });
  await gqlAs(
    'city_supervisor',
    `mutation($id: ID!, $s: [ShareInput!]) { assignItem(itemId: $id, shares: $s) { count } }`,
    {
      id: itemId,
      s: [{ unitId: suixian, target: 100 }],
    },
  );
  const county = await myAssignment('suixian_supervisor', itemId);
  await gqlAs('suixian_supervisor', `mutation($id: ID!) { acceptAssignment(id: $id) { id } }`, {
    id: county.id,
  });
  const [chengguan, baimiao] = await Promise.all(
    ['城关镇', '白庙乡'].map((name) => unitId('suixian_supervisor', name, 'TOWNSHIP')),
  );
  await gqlAs(
    'suixian_supervisor',
    `mutation($id: ID!, $t: [ShareInput!]) { delegateAssignment(id: $id, targets: $t) { count } }`,
    {
      id: county.id,
      t: [
        { unitId: chengguan, target: 60 },
        { unitId: baimiao, target: 40 },
      ],
    },
  );

  const page = await signIn('suixian_supervisor');
  await page.getByRole('menuitem', { name: '待办事项' }).click();
  await page.getByTestId('inbox-tabs').getByText('办理中', { exact: true }).click();
  await page
    .locator(`[data-testid="inbox-table"] tr[data-item-title="${title}"]`)
    .getByTestId('inbox-more')
    .click();
  await page
    .locator('.ant-dropdown:not(.ant-dropdown-hidden)')
    .getByText('调整分解指标', { exact: true })
    .click();
  const dialog = page.getByTestId('adjust-shares');
  await dialog.locator('[data-testid="adjust-row"][data-unit="城关镇"] input').fill('50');
  await dialog
    .locator('[data-testid="share-sum"][data-adds-up="false"]')
    .filter({ hasText: '还差 10' })
    .waitFor();
  await dialog.locator('[data-testid="adjust-row"][data-unit="白庙乡"] input').fill('50');
  await dialog.locator('[data-testid="share-sum"][data-adds-up="true"]').waitFor();
  await dialog.locator('#reason').fill('白庙乡新增两条通村道路。');
  await settle(page);
  await screenshot(page, 'subtree-13-adjust-shares');
  await page.getByTestId('adjust-ok').click();
  await toast(page, '已调整 2 个单位的分解指标');
  await page.context().close();
});
