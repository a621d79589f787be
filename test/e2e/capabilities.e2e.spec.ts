/*
 * Every capability where its role looks for it (issue 10), in a real browser: the unit picker searches the whole
 * tree (not only what is expanded) and tells same-named units apart by their path; the 交办 preview lists the units
 * it will create; the item page's 承办单位 table filters and sorts (and urges what it lists); a bulletin is issued
 * about an item found by search and the item page lists it; a county's supervisor sets its 机关代字; a liaison
 * signs for two assignments at once; a report returned for rework opens its dialog from the returned text. What a
 * test is not about is set up through the API. Screenshots at 1366×768 and one at 390×844.
 */
import type { Browser, Page } from 'playwright-core';
import { createItem, gqlAs, myAssignment, unitId } from './support/api';
import { adminUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = Date.now().toString(36);
const ITEM = `能力核验 ${run}`;
let itemId = '';
let suixian = '';

/** Signs in and waits until the admin has left the sign-in page (wherever it lands). */
async function signIn(username: string, password?: string, viewport?: { width: number; height: number }) {
  const page = await newPage(browser, viewport);
  await login(page, username, password);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
const toast = (page: Page, text: string) =>
  page.locator('.ant-message-success').filter({ hasText: text }).first().waitFor();
/** A search hit of the open unit picker, by its path (睢县 / 城关镇). */
const hit = (page: Page, path: string) =>
  openDropdown(page)
    .getByTestId('org-picker-hit')
    .filter({ has: page.locator('.unit-path').getByText(path, { exact: true }) });
/** A table's search box (antd puts the test id on the input or around it). */
const searchBox = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
const chainRows = (page: Page) => page.locator('[data-testid="chain-tree"] tr.chain-link');

beforeAll(async () => {
  suixian = await unitId('city_supervisor', '睢县', 'COUNTY');
  itemId = await createItem(ITEM);
  await gqlAs(
    'city_supervisor',
    `mutation($id: ID!, $c: [CascadeSelector!]) { assignItem(itemId: $id, cascade: $c) { count } }`,
    { id: itemId, c: [{ underUnitId: suixian, kind: 'TOWNSHIP' }] },
  );
  // 白庙乡 signs for it and reports 80%; 城关镇 signs for it.
  const baimiao = await myAssignment('baimiao_liaison', itemId);
  await gqlAs('baimiao_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: baimiao.id });
  await gqlAs(
    'baimiao_liaison',
    `mutation($a: ID!) { submitProgress(assignmentId: $a, input: { percent: 80, text: "已完成八成" }) { id } }`,
    { a: baimiao.id },
  );
  const chengguan = await myAssignment('chengguan_liaison', itemId);
  await gqlAs('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, {
    a: chengguan.id,
  });
});

test('the unit picker finds any unit of the tree by name, with its path, and the preview lists the units', async () => {
  const page = await signIn('city_supervisor');
  await page.goto(adminUrl('/items/new'));
  const co = page.getByTestId('co-units');
  await co.click();
  // Nothing below 商丘市 is expanded: the search asks the API and finds every 城关镇, each with its county.
  await page.keyboard.type('城关镇');
  await hit(page, '睢县 / 城关镇').waitFor();
  expect(await openDropdown(page).getByTestId('org-picker-hit').count()).toBeGreaterThan(1);
  await screenshot(page, 'capabilities-1-picker-search-1366');
  await hit(page, '睢县 / 城关镇').click();
  await page.keyboard.type('白庙');
  await hit(page, '睢县 / 白庙乡').click();
  await page.keyboard.press('Escape');
  // The chosen units keep their names although their levels were never opened.
  const chosen = page.locator(
    '.ant-select:has([data-testid="co-units"]) .ant-select-selection-item, [data-testid="co-units"] .ant-select-selection-item',
  );
  await chosen.filter({ hasText: '城关镇' }).waitFor();
  await chosen.filter({ hasText: '白庙乡' }).waitFor();

  // The preview names the units: first the two chosen, then all 20 townships of 睢县 (folded after 12).
  const preview = page.getByTestId('assign-preview');
  await page.locator('[data-testid="assign-preview"][data-count="2"]').waitFor();
  await preview.getByText('睢县 / 城关镇').waitFor();
  await page.getByTestId('cascade-add').click();
  const row = page.getByTestId('cascade-row').first();
  await row.getByTestId('cascade-under').click();
  await openDropdown(page).locator('.unit-name').getByText('睢县', { exact: true }).click();
  await row.getByTestId('cascade-scope').click();
  await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: '所有乡镇/街道' }).click();
  await page.locator('[data-testid="assign-preview"][data-count="20"]').waitFor();
  const tags = page.getByTestId('assign-preview-units').locator('.ant-tag');
  await expect(tags.count()).resolves.toBe(12);
  await page.getByTestId('assign-preview-toggle').click();
  await expect(tags.count()).resolves.toBe(20);
  await preview.scrollIntoViewIfNeeded();
  await screenshot(page, 'capabilities-2-preview-units-1366');
  await page.context().close();
});

test('the item page’s 承办单位 table filters and sorts on the server, and urges what it lists', async () => {
  const page = await signIn('city_supervisor');
  await page.goto(adminUrl(`/items/${itemId}`));
  await chainRows(page).first().waitFor();
  // A name: only 白庙乡, listed flat.
  await searchBox(page, 'chain-search').fill('白庙');
  await page.locator('[data-testid="chain-flat-total"][data-count="1"]').waitFor();
  await expect(chainRows(page).getAttribute('data-unit')).resolves.toBe('白庙乡');
  await searchBox(page, 'chain-search').fill('');
  // 办理中, highest progress first: 白庙乡 (80%) before 城关镇.
  await page.getByTestId('chain-status').click();
  await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: '办理中' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('chain-sort').click();
  await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: '进度由高到低' }).click();
  await page.locator('[data-testid="chain-flat-total"][data-count="2"]').waitFor();
  // The count is 2 before the sorted page arrives too: wait for the order itself.
  await page.waitForFunction(
    `[...document.querySelectorAll('[data-testid="chain-tree"] tr.chain-link')]
       .map((r) => r.getAttribute('data-unit')).join() === '白庙乡,城关镇'`,
  );
  await screenshot(page, 'capabilities-3-item-table-filter-1366');

  // 待签收 only: the 18 townships not yet signed for, urged in one go (all or nothing).
  await page.getByTestId('chain-status').click();
  await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: '办理中' }).click();
  await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: '待签收' }).click();
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="chain-flat-total"][data-count="18"]').waitFor();
  await page.getByTestId('chain-urge-listed').click();
  await page.getByTestId('urge-units').waitFor();
  await page.getByTestId('prompt-ok').click();
  await toast(page, '已向 18 个单位发出催办通知');
  await page.context().close();
});

test('a bulletin names the item it concerns, found by search, and the item page lists it', async () => {
  const page = await signIn('city_supervisor');
  await page.goto(adminUrl('/bulletins'));
  await page.getByRole('button', { name: '发布通报' }).click();
  const modal = page.locator('.ant-modal').filter({ hasText: '通报正文' });
  await modal.locator('#title').fill(`关于表扬白庙乡的通报 ${run}`);
  await modal.locator('.ant-tree-select').click();
  await page.keyboard.type('白庙');
  await hit(page, '睢县 / 白庙乡').click();
  await page.keyboard.press('Escape');
  await modal.getByTestId('bulletin-item').click();
  await page.keyboard.type(run);
  await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: ITEM }).click();
  await modal.locator('#body').fill('白庙乡进度领先，予以通报表扬。');
  await screenshot(page, 'capabilities-4-bulletin-item-1366');
  await modal.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await toast(page, '已发布通报');
  // The list shows the item and opens it.
  await page
    .getByTestId('bulletin-table')
    .getByRole('link', { name: new RegExp(ITEM) })
    .first()
    .click();
  await page.waitForURL(`**/items/${itemId}`);
  await page.getByRole('tab', { name: '督查通报' }).click();
  await page
    .getByTestId('item-bulletin')
    .filter({ hasText: `关于表扬白庙乡的通报 ${run}` })
    .waitFor();
  await screenshot(page, 'capabilities-5-item-bulletins-1366');
  await page.context().close();
});

test('a county’s supervisor sets its 机关代字 on the org page; the city sees it but may not change it', async () => {
  const yucheng = await unitId('city_supervisor', '虞城县', 'COUNTY');
  const password = 'Capab1lity-Check!';
  const username = `yc_sup_${run}`;
  await gqlAs('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { username, displayName: '虞城县督查室 核验', orgUnitId: yucheng, roles: ['SUPERVISOR'], password },
  });
  const page = await signIn(username, password);
  await page.goto(adminUrl('/org'));
  const setting = page.getByTestId('office-prefix');
  await expect(setting.getAttribute('data-prefix')).resolves.toBe('虞督');
  await expect(page.getByTestId('office-prefix-example').textContent()).resolves.toMatch(/虞督〔\d{4}〕12号/);
  await page.getByTestId('office-prefix-edit').click();
  const input = page.getByTestId('office-prefix-input');
  await input.fill('YC');
  await page.getByTestId('office-prefix-ok').click();
  await page.locator('.ant-form-item-explain-error').filter({ hasText: '机关代字须为2至8个汉字' }).waitFor();
  await input.fill('虞城督');
  await page
    .getByTestId('office-prefix-preview')
    .getByText(/虞城督〔\d{4}〕12号/)
    .waitFor();
  await page.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
  await screenshot(page, 'capabilities-6-office-prefix-1366');
  await page.getByTestId('office-prefix-ok').click();
  await toast(page, '机关代字已设为“虞城督”');
  await page.locator('[data-testid="office-prefix"][data-prefix="虞城督"]').waitFor();
  await page.context().close();

  // The city's supervisor reads it on 虞城县 but is not offered to change it.
  const city = await signIn('city_supervisor');
  await city.goto(adminUrl('/org'));
  await city.getByPlaceholder('搜索单位名称').fill('虞城县');
  await city.getByPlaceholder('搜索单位名称').press('Enter');
  await city.getByTestId('org-search-results').getByText('虞城县').first().click();
  await city.locator('[data-testid="office-prefix"][data-prefix="虞城督"]').waitFor();
  await expect(city.getByTestId('office-prefix-edit').count()).resolves.toBe(0);
  await city.context().close();
});

test('a liaison signs for two assignments at once from 待签收', async () => {
  const titles = [`批量签收甲 ${run}`, `批量签收乙 ${run}`];
  const chengguan = await unitId('city_supervisor', '城关镇', 'TOWNSHIP', suixian);
  for (const title of titles) {
    const id = await createItem(title);
    await gqlAs(
      'city_supervisor',
      `mutation($id: ID!, $t: [ID!]) { assignItem(itemId: $id, targets: $t) { count } }`,
      {
        id,
        t: [chengguan],
      },
    );
  }
  const page = await signIn('chengguan_liaison');
  await page.goto(adminUrl('/inbox'));
  for (const title of titles)
    await page
      .locator(`[data-testid="inbox-table"] tr[data-item-title="${title}"] .ant-checkbox-input`)
      .check();
  await page.getByTestId('inbox-accept-selected').click();
  await page.getByTestId('accept-many-items').getByText(titles[0]).waitFor();
  await screenshot(page, 'capabilities-7-batch-accept-1366');
  await page.getByTestId('accept-many-ok').click();
  await toast(page, '已签收 2 项交办');
  for (const title of titles)
    await page
      .locator(`[data-testid="inbox-table"] tr[data-item-title="${title}"]`)
      .waitFor({ state: 'detached' });
  await page.context().close();
});

test('a report returned for rework opens its dialog from the returned report, on a phone too', async () => {
  const title = `退回重办 ${run}`;
  const chengguan = await unitId('city_supervisor', '城关镇', 'TOWNSHIP', suixian);
  const id = await createItem(title);
  await gqlAs(
    'city_supervisor',
    `mutation($id: ID!, $t: [ID!]) { assignItem(itemId: $id, targets: $t) { count } }`,
    {
      id,
      t: [chengguan],
    },
  );
  const a = await myAssignment('chengguan_liaison', id);
  await gqlAs('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: a.id });
  const content = '城关镇已完成排查整改，共整改隐患12处。';
  const { submitReport } = await gqlAs<{ submitReport: { id: string } }>(
    'chengguan_liaison',
    `mutation($a: ID!, $c: String!) { submitReport(assignmentId: $a, input: { content: $c, progressPercent: 90 }) { id } }`,
    { a: a.id, c: content },
  );
  await gqlAs('chengguan_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, {
    r: submitReport.id,
  });
  await gqlAs(
    'city_supervisor',
    `mutation($r: ID!) { reviewReport(reportId: $r, decision: RETURN, comment: "请补充整改照片和验收单",
      checklist: { factsAccurate: true, policyCompliant: true, problemSolved: false, formatCorrect: true }) { id } }`,
    { r: submitReport.id },
  );

  const page = await signIn('chengguan_liaison', undefined, { width: 390, height: 844 });
  await page.goto(adminUrl('/inbox'));
  await page.getByTestId('inbox-tabs').getByText('办理中', { exact: true }).click();
  // On a phone the inbox is cards.
  const row = page.locator(`[data-testid="inbox-card"][data-item-title="${title}"]`);
  await row.getByTestId('inbox-report').click();
  const dialog = page.getByTestId('action-report');
  await page.getByTestId('report-redo').getByText('请补充整改照片和验收单').waitFor();
  await expect(dialog.locator('#content').inputValue()).resolves.toBe(content);
  await expect(dialog.locator('#percent').inputValue()).resolves.toBe('90');
  await screenshot(page, 'capabilities-8-redo-prefill-390');
  await page.context().close();
});
