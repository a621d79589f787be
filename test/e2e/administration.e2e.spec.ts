/*
 * 用户管理 and 组织架构 maintenance by the city admin, in a real browser against the real API: a new
 * SUPERVISOR account under 睢县 (the form refuses a weak password and a taken username first), which can sign
 * in until the admin deactivates it; and a new department under 城关镇. Everything it creates carries a
 * timestamp suffix and touches no item, assignment or bulletin, so the other browser tests' numbers stay.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot, treeNode } from './support/browser';

let browser: Browser;
let admin: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newPage(browser);
  await login(admin, 'admin');
  await admin.waitForURL('**/workbench');
});
afterAll(async () => {
  await browser?.close();
});

const SUFFIX = Date.now().toString(36);
const USERNAME = `e2e_sup_${SUFFIX}`;
const PASSWORD = 'Suixian2026';
const DEPARTMENT = `测试办公室${SUFFIX}`;

/** The open dropdown of an antd Select / TreeSelect (closed ones stay in the DOM, hidden). */
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
const toast = (page: Page, text: string) =>
  page.locator('.ant-message-success').filter({ hasText: text }).first().waitFor();
/** The error under a form field. */
const fieldError = (page: Page, id: string, text: string) =>
  page
    .locator('.ant-form-item')
    .filter({ has: page.locator(`#${id}`) })
    .locator('.ant-form-item-explain-error')
    .filter({ hasText: text })
    .waitFor();

test('the admin creates a SUPERVISOR under 睢县: weak password and taken username are refused first', async () => {
  await admin.getByRole('menuitem', { name: '用户管理' }).click();
  await admin.waitForURL('**/users');
  await admin.locator('[data-testid="user-table"] tr[data-username="admin"]').waitFor();

  await admin.getByTestId('user-new').click();
  const dialog = admin.locator('.ant-modal').filter({ has: admin.getByTestId('user-form') });
  await dialog.waitFor();
  await admin.locator('#username').fill(USERNAME);
  await admin.locator('#displayName').fill('睢县督查室 测试员');
  await admin.locator('#orgUnitId').click();
  await openDropdown(admin).locator('.unit-name').getByText('睢县', { exact: true }).click();
  await admin.locator('#roles').click();
  await openDropdown(admin)
    .locator('.ant-select-item-option')
    .filter({ hasText: /^督查员$/ })
    .click();
  await admin.keyboard.press('Escape');

  // A weak password: the form states the API's rule (the same function, same wording); nothing is saved.
  await admin.locator('#password').fill('abcdefgh');
  await admin.getByTestId('user-form-ok').click();
  await fieldError(admin, 'password', '密码至少10个字符');

  // A taken username passes the form's checks; the API answers CONFLICT, shown beside the field.
  await admin.locator('#password').fill(PASSWORD);
  await admin.locator('#username').fill('admin');
  await admin.getByTestId('user-form-ok').click();
  await fieldError(admin, 'username', '用户名“admin”已被占用');

  await admin.locator('#username').fill(USERNAME);
  await admin.getByTestId('user-form-ok').click();
  await toast(admin, `已创建用户 ${USERNAME}`);
  await dialog.waitFor({ state: 'hidden' });

  // The table now shows the new account (searched for), with its unit, role tag and status.
  const row = admin.locator(`[data-testid="user-table"] tr[data-username="${USERNAME}"]`);
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain('睢县');
  await expect(row.locator('[data-role]').textContent()).resolves.toBe('督查员');
  await expect(row.locator('[data-active]').textContent()).resolves.toBe('启用');
  await expect(admin.getByTestId('user-total').textContent()).resolves.toBe('共 1 条');
  await screenshot(admin, 'admin-users');
});

test('the new user signs in and lands in the app', async () => {
  const page = await newPage(browser);
  await login(page, USERNAME, PASSWORD);
  await page.waitForURL('**/workbench');
  await expect(page.getByTestId('current-user').textContent()).resolves.toBe('睢县督查室 测试员');
  await expect(page.getByTestId('current-unit').textContent()).resolves.toBe('睢县');
  // Not an admin: no 用户管理 in the menu.
  await page.getByRole('menuitem', { name: '组织架构' }).waitFor();
  await expect(page.getByRole('menuitem', { name: '用户管理' }).count()).resolves.toBe(0);
  await page.context().close();
});

test('the admin deactivates the user after confirming; their next sign-in is refused', async () => {
  const row = admin.locator(`[data-testid="user-table"] tr[data-username="${USERNAME}"]`);
  await row.getByTestId('user-toggle-active').click();
  const confirm = admin.locator('.ant-modal-confirm');
  await expect(confirm.textContent()).resolves.toContain('立即无法登录');
  await confirm.locator('.ant-btn-primary').click();
  await toast(admin, `已停用 ${USERNAME}`);
  await expect(row.locator('[data-active]').textContent()).resolves.toBe('已停用');

  const page = await newPage(browser);
  await login(page, USERNAME, PASSWORD);
  await page.locator('.ant-alert-error').getByText('用户名或密码错误').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.context().close();
});

test('the admin adds a department under 城关镇 and sees it in the tree', async () => {
  await admin.getByRole('menuitem', { name: '组织架构' }).click();
  await admin.waitForURL('**/org');
  await treeNode(admin, '睢县').locator('.ant-tree-switcher').click();
  await treeNode(admin, '城关镇').locator('.ant-tree-node-content-wrapper').click();
  await admin.getByTestId('org-detail').getByText('411422105').waitFor();

  // An empty name is not sent. Enter in the (autofocused) field submits, as a keyboard user would;
  // clicking 确定 while the dialog still zooms in could land on the mask under a loaded CI machine.
  await admin.getByTestId('org-add-department').click();
  await admin.locator('.ant-modal-title').getByText('在“城关镇”下新增部门').waitFor();
  await admin.waitForFunction(`document.activeElement?.getAttribute('data-testid') === 'org-name-input'`);
  await admin.getByTestId('org-name-input').press('Enter');
  await admin.getByText('单位名称须为1–100个字符').waitFor();

  await admin.getByTestId('org-name-input').fill(DEPARTMENT);
  await admin.getByTestId('org-name-ok').click();
  await toast(admin, `已新增部门 ${DEPARTMENT}`);
  const node = treeNode(admin, DEPARTMENT);
  await node.waitFor();
  await expect(node.locator('[data-kind]').getAttribute('data-kind')).resolves.toBe('DEPARTMENT');

  // Selected, the department offers 重命名 instead (divisions keep their official names).
  await node.locator('.ant-tree-node-content-wrapper').click();
  await admin.getByTestId('org-detail').getByText(`商丘市 / 睢县 / 城关镇 / ${DEPARTMENT}`).waitFor();
  await admin.getByTestId('org-rename').waitFor();
  await node.scrollIntoViewIfNeeded();
  await screenshot(admin, 'admin-org-department');
});
