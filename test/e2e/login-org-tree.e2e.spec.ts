/*
 * The admin's first journey in a real browser against the real API: sign in, browse the org tree
 * level by level, respect the caller's scope, switch language, and stay within the weight budget.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { adminUrl, launchBrowser, login, newPage, screenshot, treeNode } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Resolves with the variables of the next OrgChildren request, i.e. the level the tree fetched. */
function nextChildrenRequest(page: Page): Promise<{ id: string }> {
  return page
    .waitForRequest((r) => r.url().endsWith('/graphql') && r.postDataJSON()?.operationName === 'OrgChildren')
    .then((r) => r.postDataJSON().variables);
}

const TREE = '[data-testid="org-tree"]';

/** Signed in, the user lands on the 工作台; the org tree (组织架构) is one menu click away. */
async function openOrgFromMenu(page: Page): Promise<void> {
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: '组织架构' }).click();
  await page.waitForURL('**/org');
}

test('a wrong password is shown in the form and the user stays on the login page', async () => {
  const page = await newPage(browser);
  await login(page, 'city_supervisor', 'not-the-password');
  await expect(page.locator('.ant-alert-error').textContent()).resolves.toContain('用户名或密码错误');
  expect(new URL(page.url()).pathname).toBe('/login');
  await screenshot(page, 'login-wrong-password');
  await page.context().close();
});

test('an empty form is not sent: both fields say what is missing', async () => {
  const page = await newPage(browser);
  await page.goto(adminUrl('/login'));
  await page.locator('#username').press('Enter');
  await page.getByText('请输入用户名').waitFor();
  await page.getByText('请输入密码').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.context().close();
});

test('the city supervisor expands 商丘市 → 睢县, which loads its 20 townships, and opens 城关镇', async () => {
  const page = await newPage(browser);
  await login(page, 'city_supervisor');
  await openOrgFromMenu(page);
  await expect(page.getByTestId('current-user').textContent()).resolves.toBe('市督查室 王督查');
  await expect(page.getByTestId('current-unit').textContent()).resolves.toBe('商丘市');
  await expect(page.getByTestId('current-roles').textContent()).resolves.toBe('督查员');

  // The root is the user's own unit, opened at once: its counties are there, no township yet.
  await treeNode(page, '睢县').waitFor();
  expect(await page.locator(`${TREE} [data-kind="TOWNSHIP"]`).count()).toBe(0);

  const request = nextChildrenRequest(page);
  await treeNode(page, '睢县').locator('.ant-tree-switcher').click();
  const suixianId = await treeNode(page, '睢县').locator('[data-unit-id]').getAttribute('data-unit-id');
  await expect(request).resolves.toEqual({ id: suixianId });
  await treeNode(page, '城关镇').waitFor();
  expect(await page.locator(`${TREE} [data-kind="TOWNSHIP"]`).count()).toBe(20);
  // Townships are leaves only if they have no departments; 城关镇 can be expanded further.
  await expect(treeNode(page, '城关镇').locator('.ant-tree-switcher_close').count()).resolves.toBe(1);

  await treeNode(page, '城关镇').locator('.ant-tree-node-content-wrapper').click();
  const detail = page.getByTestId('org-detail');
  await detail.getByText('411422105').waitFor();
  await expect(detail.textContent()).resolves.toContain('商丘市 / 睢县 / 城关镇');
  await expect(detail.textContent()).resolves.toContain('乡镇');
  await treeNode(page, '城关镇').scrollIntoViewIfNeeded();
  await screenshot(page, 'org-tree-city-supervisor');
  await page.context().close();
});

test('a township liaison sees only their own subtree; the units above appear only as a breadcrumb', async () => {
  const page = await newPage(browser);
  await login(page, 'chengguan_liaison');
  await openOrgFromMenu(page);
  await expect(page.getByTestId('current-user').textContent()).resolves.toBe('城关镇联络员 刘敏');

  const breadcrumb = page.getByTestId('org-breadcrumb');
  await expect(breadcrumb.textContent()).resolves.toBe('商丘市/睢县/城关镇');
  const root = page.locator(`${TREE} [role="treeitem"]`).first();
  await expect(root.locator('[data-unit-id]').textContent()).resolves.toMatch(/^城关镇/);
  // Its own departments load below it; no other township and nothing above it is in the tree.
  await page.locator(`${TREE} [data-kind="DEPARTMENT"]`).first().waitFor();
  expect(await page.locator(`${TREE} [data-kind="TOWNSHIP"]`).count()).toBe(1);
  expect(await page.locator(`${TREE} [data-kind="COUNTY"], ${TREE} [data-kind="CITY"]`).count()).toBe(0);

  // Searching for a sibling township finds nothing: the search is scoped like the tree.
  await page.getByPlaceholder('搜索单位名称').fill('白庙');
  await page.getByPlaceholder('搜索单位名称').press('Enter');
  await page.getByTestId('org-search-results').getByText('没有匹配的单位').waitFor();
  await screenshot(page, 'org-tree-township-liaison');
  await page.context().close();
});

test('search finds a unit deep in the tree and reveals it', async () => {
  const page = await newPage(browser);
  await login(page, 'city_supervisor');
  await openOrgFromMenu(page);
  await page.getByPlaceholder('搜索单位名称').fill('白庙');
  await page.getByPlaceholder('搜索单位名称').press('Enter');
  const results = page.getByTestId('org-search-results');
  await results.getByText('白庙乡', { exact: true }).click();
  // Opening the path loads 睢县 on the way; 白庙乡 is then selected and shown in the detail panel.
  await page.getByTestId('org-detail').getByText('商丘市 / 睢县 / 白庙乡').waitFor();
  await expect(treeNode(page, '白庙乡').getAttribute('aria-selected')).resolves.toBe('true');
  await screenshot(page, 'org-search-reveal');
  await page.context().close();
});

test('switching to English relabels the interface and is remembered', async () => {
  const page = await newPage(browser);
  await login(page, 'city_supervisor');
  await openOrgFromMenu(page);
  await page.getByText('EN', { exact: true }).click();
  await page.getByText('Organisation tree').waitFor();
  await page.getByRole('menuitem', { name: 'Organisation' }).waitFor();
  await expect(page.getByTestId('current-roles').textContent()).resolves.toBe('Supervisor');
  await expect(page.locator(`${TREE} [data-kind="CITY"]`).textContent()).resolves.toBe('商丘市City');
  await page.reload();
  await page.getByText('Unit details').waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await screenshot(page, 'org-tree-english');

  // Signing out lands on the login page, still in English.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.context().close();
});

test('a rejected session returns to the login page with the reason', async () => {
  const page = await newPage(browser);
  await page.goto(adminUrl('/login'));
  // A token the API does not accept (expired, revoked or forged) — test code runs without DOM types.
  await page.evaluate(`localStorage.setItem('duban.token', 'not-a-valid-token')`);
  await page.goto(adminUrl('/org'));
  await page.waitForURL('**/login');
  await expect(page.locator('.ant-alert-warning').textContent()).resolves.toContain('登录已失效，请重新登录');
  // Signing in again continues to the page that was asked for.
  await page.locator('#username').fill('city_supervisor');
  await page.locator('#password').fill('Duban@2026');
  await page.locator('#password').press('Enter');
  await page.waitForURL('**/org');
  await page.context().close();
});

test('the first page stays under 500 KB of gzipped JavaScript', async () => {
  const page = await newPage(browser);
  const scripts = new Map<string, number>();
  // Every body is read before the page closes, and a read that fails is named: a late script (the
  // service worker's) once outlived the page under CI load, and its rejection failed the whole file.
  const reads: Promise<void>[] = [];
  const unread: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      reads.push(
        r.body().then(
          (body) => void scripts.set(r.url(), gzipSync(body).length),
          () => void unread.push(r.url()),
        ),
      );
  });
  await page.goto(adminUrl('/login'), { waitUntil: 'networkidle' });
  await Promise.all(reads);
  expect(unread).toEqual([]);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  console.log(
    `first page (/login): ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KB gzipped\n` +
      [...scripts]
        .map(([url, size]) => `  ${(size / 1024).toFixed(1).padStart(6)} KB  ${new URL(url).pathname}`)
        .join('\n'),
  );
  expect(total).toBeLessThan(500 * 1024);
  await page.context().close();
});
