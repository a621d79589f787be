/*
 * 佐证材料 in a real browser against the real API: a township liaison (白庙乡) reports progress with a photo taken
 * on site (a real JPEG made with sharp), watching it upload; the reviewing office above (睢县) opens the unit's
 * assignment on the item page, sees the photo's thumbnail and downloads it byte for byte. On a phone the same
 * dialog offers the camera.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { adminUrl, launchBrowser, login, newPage, screenshot } from './support/browser';
import { arrangeFlows, type FlowItems } from './support/flows';

let browser: Browser;
let items: FlowItems;
let photo: Buffer;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  browser = await launchBrowser();
  items = await arrangeFlows(`佐证 ${Date.now().toString(36)}`);
  // A site photo: a gradient, so the JPEG is a real image of some size rather than a flat colour.
  const width = 1200;
  const height = 900;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    raw[i * 3] = (i % width) & 255;
    raw[i * 3 + 1] = Math.floor(i / width) & 255;
    raw[i * 3 + 2] = 96;
  }
  photo = await sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(browser, viewport);
  await login(page, username);
  await page.waitForURL('**/workbench');
  return page;
}

/** Opens 报送进展 on the in-progress item from the liaison's inbox (办理中: a table, on a phone cards). */
async function openProgress(page: Page) {
  await page.goto(adminUrl('/inbox'));
  await page.getByTestId('inbox-tabs').getByText('办理中', { exact: true }).click();
  const row = page
    .locator('[data-testid="inbox-table"] tr, [data-testid="inbox-card"]')
    .and(page.locator(`[data-item-title="${items.titles.inProgress}"]`));
  await row.getByTestId('inbox-progress').click();
  await page.getByTestId('progress-evidence').waitFor();
}

test('a township liaison reports progress with a photo; the office above sees its thumbnail and downloads it', async () => {
  const liaison = await signIn('baimiao_liaison');
  await openProgress(liaison);
  await liaison.locator('.ant-modal #text').fill('道路隐患点已整改，附现场照片。');
  await liaison
    .getByTestId('progress-evidence')
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: photo });
  // Done when the server has answered: the list shows the stored size.
  const uploaded = liaison.getByTestId('progress-evidence').locator('.ant-upload-list-item-container');
  await uploaded.getByText('现场照片.jpg').waitFor();
  await uploaded.getByText(/\d+ KB$/).waitFor();
  await screenshot(liaison, 'evidence-1-progress-upload');
  await liaison.getByTestId('action-ok').click();
  await liaison.locator('.ant-message-success').filter({ hasText: '进度已报送' }).first().waitFor();
  await liaison.context().close();

  const reviewer = await signIn('suixian_supervisor');
  await reviewer.goto(adminUrl(`/items/${items.inProgress}`));
  await reviewer
    .locator('[data-testid="chain-tree"] tr[data-unit="白庙乡"]')
    .getByTestId('chain-open')
    .click();
  const drawer = reviewer.getByTestId('assignment-drawer');
  const attachment = drawer.getByTestId('progress-attachments').getByTestId('attachment').first();
  await attachment.getByText('现场照片.jpg').waitFor();
  const thumb = attachment.getByTestId('attachment-thumbnail');
  await thumb.waitFor();
  // The thumbnail is decoded (fetched with the reviewer's token, about 320 px wide).
  await expect(
    thumb.evaluate((node) => {
      const img = node as unknown as { decode(): Promise<void>; naturalWidth: number };
      return img.decode().then(() => img.naturalWidth);
    }),
  ).resolves.toBe(320);
  await screenshot(reviewer, 'evidence-2-reviewer-thumbnail');
  const [download] = await Promise.all([
    reviewer.waitForEvent('download'),
    attachment.getByTestId('attachment-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('现场照片.jpg');
  expect(sha256(await readFile((await download.path())!))).toBe(sha256(photo));
  await reviewer.context().close();
});

test('on a phone the evidence field offers the camera as well as files', async () => {
  const phone = await signIn('baimiao_liaison', { width: 390, height: 844 });
  await openProgress(phone);
  const field = phone.getByTestId('progress-evidence');
  await field.getByTestId('evidence-camera').waitFor();
  const inputs = field.locator('input[type="file"]');
  await expect(inputs.nth(0).getAttribute('accept')).resolves.toContain('.pdf');
  await expect(inputs.nth(1).getAttribute('capture')).resolves.toBe('environment');
  await expect(inputs.nth(1).getAttribute('accept')).resolves.toBe('image/*');
  await screenshot(phone, 'evidence-3-phone-dialog');
  await phone.context().close();
});
