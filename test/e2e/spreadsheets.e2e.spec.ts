/*
 * Excel in and out in a real browser against the real API and worker: 睢县's supervisor imports a filled-in
 * 年度目标任务分解表 (a bad sheet first: every bad row listed, nothing imported; then a good one: the created
 * items listed), then exports the ledger filtered to them, sees the job finish and downloads the workbook,
 * which holds exactly those items. A liaison is not offered the import.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { TARGET_COLUMNS } from '@duban/rules';
import { adminUrl, launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const RUN = `导入${Date.now().toString(36)}`;
const YEAR = new Date().getUTCFullYear() + 1;

async function sheet(rows: Record<string, ExcelJS.CellValue>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('年度目标任务分解表');
  const headers = TARGET_COLUMNS.map((c) => c.header);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (n: number, over: Record<string, ExcelJS.CellValue> = {}) => ({
  序号: n,
  事项名称: `${RUN}目标${n}`,
  '工作内容/要求': `第${n}项`,
  来源类型: '年度目标任务',
  牵头单位: '城关镇',
  完成时限: `${YEAR}-12-31`,
  ...over,
});

async function openLedger(page: Page, user: string) {
  await login(page, user);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(adminUrl('/items'));
  await page.getByTestId('ledger-table').waitFor();
}

async function uploadSheet(page: Page, body: Buffer) {
  await page.getByTestId('target-import').locator('input[type="file"]').setInputFiles({
    name: 'targets.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: body,
  });
}

it('imports a target list row by row and exports the ledger through the worker', async () => {
  const page = await newPage(browser);
  await openLedger(page, 'suixian_supervisor');
  await page.getByTestId('target-import-open').click();
  const dialog = page.getByTestId('target-import');

  const template = page.waitForEvent('download');
  await dialog.getByTestId('target-import-template').click();
  expect((await template).suggestedFilename()).toContain('年度目标任务分解表');

  await uploadSheet(
    page,
    await sheet([row(1), row(2, { 完成时限: '明年' }), row(3, { 牵头单位: '民权县' })]),
  );
  const errors = dialog.getByTestId('target-import-errors');
  await errors.waitFor({ timeout: 30_000 });
  await expect(errors.locator('tbody tr.ant-table-row').count()).resolves.toBe(2);
  await expect(errors.innerText()).resolves.toMatch(
    /3[\s\S]*完成时限[\s\S]*明年[\s\S]*4[\s\S]*牵头单位[\s\S]*民权县/,
  );
  await screenshot(page, 'target-import-errors');

  await uploadSheet(page, await sheet([row(1), row(2, { 牵头单位: '睢县财政局' })]));
  const created = dialog.getByTestId('target-import-created');
  await created.waitFor({ timeout: 30_000 });
  await expect(created.locator('tbody tr.ant-table-row').count()).resolves.toBe(2);
  await expect(created.innerText()).resolves.toContain(`${RUN}目标2`);
  await screenshot(page, 'target-import-created');
  await page.getByTestId('target-import-close').click();

  await page.getByPlaceholder('名称、内容或编号').fill(RUN);
  await page.getByPlaceholder('名称、内容或编号').press('Enter');
  await page.getByTestId('ledger-total').filter({ hasText: '共 2 条' }).waitFor();
  await page.getByTestId('ledger-export').click();
  const downloadButton = page.getByTestId('ledger-export-download');
  await downloadButton.waitFor({ timeout: 60_000 });
  await screenshot(page, 'ledger-export-done');
  const download = page.waitForEvent('download');
  await downloadButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^督查台账_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await file.path())!);
  const titles = wb.getWorksheet('督查事项')!.getColumn(2).values.slice(2);
  expect(titles.sort()).toEqual([`${RUN}目标1`, `${RUN}目标2`]);

  // 最近导出: the same file again later, from the list of the user's exports.
  await page.getByTestId('ledger-export-recent').click();
  const recent = page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-item').first();
  // The menu fetches the recent exports as it opens and shows "…" until they arrive.
  await page
    .locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-item', { hasText: '.xlsx' })
    .first()
    .waitFor();
  await expect(recent.innerText()).resolves.toContain(file.suggestedFilename());
  const again = page.waitForEvent('download');
  await recent.click();
  expect((await again).suggestedFilename()).toBe(file.suggestedFilename());
  await page.context().close();
});

it('fits a phone: the ledger with export and import, and the import dialog', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  await login(page, 'suixian_supervisor');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(adminUrl('/items'));
  await page.getByTestId('ledger-export').waitFor();
  await page.getByTestId('target-import-open').waitFor();
  expect(await sidewaysScroll(page)).toBe(0);
  await screenshot(page, 'ledger-export-phone');
  await page.getByTestId('target-import-open').click();
  await page.getByTestId('target-import').waitFor();
  expect(await sidewaysScroll(page)).toBe(0);
  await screenshot(page, 'target-import-phone');
  await page.context().close();
});

it('offers the import only to those who may register items', async () => {
  const page = await newPage(browser);
  await openLedger(page, 'chengguan_liaison');
  await page.getByTestId('ledger-export').waitFor();
  expect(await page.getByTestId('target-import-open').count()).toBe(0);
  await page.context().close();
});
