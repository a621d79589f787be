/*
 * 访问令牌 in a real browser against the real API: the city's leader makes a token over 睢县 for an outside
 * tool, copies the secret from the dialog that shows it once, and the tool (here: fetch from the test) reads
 * 睢县's users with it but none of the city's, and may not change anything; the leader revokes it after
 * confirming, and the tool's next query is refused. On a phone the list is cards and the dialog fits, in
 * English too.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { formatShanghaiDate } from '@duban/rules';
import { adminUrl, launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

let browser: Browser;
let secret: string;
const NAME = '进度看板 e2e';

interface Answer {
  data: Record<string, any> | null;
  errors?: { message: string; extensions: { code: string } }[];
}

/** What an outside tool sends: one POST with the token, nothing else. */
async function asTool(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(`${process.env.E2E_API_URL}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'zh-CN',
      authorization: `Bearer ${secret}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

const USERS = `{ users(first: 100) { edges { node { username } } } }`;
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
const row = (scope: Page | Locator) => scope.getByTestId('access-token').filter({ hasText: NAME });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the leader makes a token over 睢县, copies it once, and a tool reads 睢县 only with it', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(adminUrl('/')).origin,
  });
  await login(page, 'city_leader');
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: '访问令牌' }).click();
  await page.waitForURL('**/access-tokens');
  await page.getByTestId('token-new').click();
  await page.getByTestId('token-name').fill(NAME);
  await page.getByTestId('token-unit').click();
  await page.keyboard.type('睢县');
  await openDropdown(page).locator('.unit-name').getByText('睢县', { exact: true }).click();
  const picker = page.locator('.ant-modal #expiresAt');
  await picker.click();
  await picker.fill(formatShanghaiDate(new Date(Date.now() + 30 * 86_400_000)));
  await picker.press('Enter');
  await screenshot(page, 'access-tokens-1-new-1366');
  await page.getByTestId('token-create-ok').click();

  const shown = page.getByTestId('token-secret');
  await shown.waitFor();
  await page.getByText('令牌只显示这一次').waitFor();
  secret = (await shown.innerText()).trim();
  expect(secret).toMatch(/^dbpat_[A-Za-z0-9_-]{43}$/);
  await shown.locator('.ant-typography-copy').click();
  await expect(page.evaluate<string>('navigator.clipboard.readText()')).resolves.toBe(secret);
  await screenshot(page, 'access-tokens-2-secret-1366');
  await page.getByTestId('token-secret-done').click();
  await row(page).getByText('有效').waitFor();
  await expect(row(page).textContent()).resolves.toContain(secret.slice(0, 10));
  expect(await page.content()).not.toContain(secret.slice(10));

  const read = await asTool(USERS);
  expect(read.errors).toBeUndefined();
  const names = read.data!.users.edges.map((e: { node: { username: string } }) => e.node.username);
  expect(names).toEqual(expect.arrayContaining(['suixian_leader', 'chengguan_liaison']));
  expect(names).not.toContain('city_supervisor');
  const write = await asTool(`mutation { createAccessToken(input: { name: "more" }) { token } }`);
  expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect(write.errors?.[0].message).toBe('访问令牌为只读，不能执行修改操作');
  await page.context().close();
});

test('the leader revokes it after confirming; the tool is refused from then on', async () => {
  const page = await newPage(browser);
  await login(page, 'city_leader');
  await page.waitForURL('**/workbench');
  await page.goto(adminUrl('/access-tokens'));
  // Used once by the tool: the list says when.
  await row(page).getByText('从未使用').waitFor({ state: 'detached' });
  await row(page).getByTestId('token-revoke').click();
  await page.getByTestId('token-revoke-ok').click();
  await row(page).getByText('已撤销').waitFor();
  await expect(row(page).getByTestId('token-revoke').count()).resolves.toBe(0);
  await screenshot(page, 'access-tokens-3-revoked-1366');
  const refused = await asTool(USERS);
  expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(refused.errors?.[0].message).toBe('访问令牌已撤销');
  await page.context().close();
});

test('on a phone the tokens are cards and the new-token dialog fits, in Chinese and English', async () => {
  const phone = await newPage(browser, { width: 390, height: 844 });
  await login(phone, 'city_leader');
  await phone.waitForURL('**/workbench');
  await phone.goto(adminUrl('/access-tokens'));
  await row(phone).waitFor();
  expect(await sidewaysScroll(phone)).toBe(0);
  await screenshot(phone, 'access-tokens-4-cards-390');
  await phone.getByTestId('token-new').click();
  await phone.getByTestId('token-name').waitFor();
  expect(await sidewaysScroll(phone)).toBe(0);
  await screenshot(phone, 'access-tokens-5-new-390');
  await phone.keyboard.press('Escape');
  await phone.getByText('EN', { exact: true }).click();
  await phone.getByText('Revoked', { exact: true }).first().waitFor();
  await phone.getByTestId('token-new').click();
  await phone.getByText('Access tokens are read-only').waitFor();
  expect(await sidewaysScroll(phone)).toBe(0);
  await screenshot(phone, 'access-tokens-6-new-390-en');
  await phone.context().close();
});

test('at 125 % scaling an administrator finds the user’s tokens in 用户管理', async () => {
  const page = await newPage(browser, { width: 1093, height: 615 });
  await login(page, 'admin');
  await page.waitForURL('**/workbench');
  await page.goto(adminUrl('/access-tokens'));
  await page.getByTestId('token-new').waitFor();
  expect(await sidewaysScroll(page)).toBe(0);
  await page.goto(adminUrl('/users'));
  await page.getByPlaceholder('用户名或姓名').fill('city_leader');
  await page.getByPlaceholder('用户名或姓名').press('Enter');
  await page.locator('tr[data-username="city_leader"]').getByTestId('user-access-tokens').click();
  await row(page.locator('.ant-modal')).getByText('已撤销').waitFor();
  expect(await sidewaysScroll(page)).toBe(0);
  await screenshot(page, 'access-tokens-7-admin-1093');
  await page.context().close();
});
