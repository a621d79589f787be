/*
 * 打印 in a real browser: the city's clerk opens an item and prints its 督促检查登记单 as PDF; the file
 * arrives (a real PDF); on the public verification page, without signing in, the record of its code is
 * shown and the file dropped there matches the record, while a copy with one byte changed does not.
 * Printed from the browser itself, the item page shows its content without the navigation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createItem } from './support/api';
import { adminUrl, launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const RUN = Date.now().toString(36);

it('a clerk prints a 登记单, the verification page says it matches, print media hides the navigation', async () => {
  const title = `打印登记单 ${RUN}`;
  const itemId = await createItem(title, { requirements: '每月报送进展' });

  const page = await newPage(browser);
  await login(page, 'city_supervisor');
  await page.waitForURL(/\/workbench/);
  await page.goto(adminUrl(`/items/${itemId}`));
  await page.getByTestId('item-reg-number').waitFor();
  await page.getByTestId('print-ITEM_REGISTRATION').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('print-ITEM_REGISTRATION-PDF').click(),
  ]);
  const file = path.join(await download.path().then((p) => path.dirname(p)), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(download.suggestedFilename()).toMatch(/^督促检查登记单_.+\.pdf$/);
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  const notice = await page.locator('.ant-message-success').filter({ hasText: '核验码' }).first().innerText();
  const code = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/.exec(notice)?.[0];
  expect(code).toBeDefined();

  // Printed from the browser: content only, no menu, header or buttons.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
  expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
  expect(await page.getByTestId('print-ITEM_REGISTRATION').isVisible()).toBe(false);
  expect(await page.getByTestId('item-reg-number').isVisible()).toBe(true);
  const content = await page.locator('.ant-layout-content').boundingBox();
  expect(content?.x).toBe(0);
  await page.emulateMedia({ media: 'screen' });
  expect(await page.locator('.ant-layout-header').isVisible()).toBe(true);

  // Someone holding only the file, not signed in.
  const visitor = await newPage(browser);
  await visitor.goto(adminUrl(`/verify/${code}`));
  const record = visitor.getByTestId('verify-record');
  await record.waitFor();
  const shown = await record.innerText();
  for (const text of ['督促检查登记单', title, '商丘市督查室', '已立项']) expect(shown).toContain(text);
  await visitor.locator('[data-testid="verify-drop"] input[type=file]').setInputFiles(file);
  const verdict = visitor.getByTestId('verify-verdict');
  await visitor.locator('[data-testid="verify-verdict"][data-matches="true"]').waitFor();
  expect(await verdict.innerText()).toContain('与存档一致');
  await screenshot(visitor, 'print-verify-matches');

  const edited = Buffer.from(bytes);
  edited[Math.floor(edited.length / 2)] ^= 0x01;
  const forged = path.join(path.dirname(file), `edited-${download.suggestedFilename()}`);
  writeFileSync(forged, edited);
  await visitor.locator('[data-testid="verify-drop"] input[type=file]').setInputFiles(forged);
  await visitor.locator('[data-testid="verify-verdict"][data-matches="false"]').waitFor();
  expect(await verdict.innerText()).toContain('不一致');

  await visitor.goto(adminUrl('/verify/0000-0000-0000-0000'));
  await visitor.getByTestId('verify-not-found').waitFor();
  await visitor.context().close();
  await page.context().close();
});

it('the print buttons and the verification page fit the office screens and a phone', async () => {
  const itemId = await createItem(`打印按钮宽度 ${RUN}`);
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1093, height: 615 },
    { width: 390, height: 844 },
  ]) {
    const page = await newPage(browser, viewport);
    await login(page, 'city_supervisor');
    await page.waitForURL(/\/workbench/);
    await page.goto(adminUrl(`/items/${itemId}`));
    await page.getByTestId('print-ITEM_REGISTRATION').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(1);
    await screenshot(page, `print-item-${viewport.width}`);
    await page.goto(adminUrl('/verify/0000-0000-0000-0000'));
    await page.getByTestId('verify-not-found').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(1);
    await screenshot(page, `print-verify-${viewport.width}`);
    await page.context().close();
  }
});
