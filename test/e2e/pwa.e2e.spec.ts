/*
 * On a liaison's phone the admin installs as an app (manifest, icons) and opens without a network from its
 * cached shell, saying that it is offline rather than spinning.
 */
import type { Browser } from 'playwright-core';
import { adminUrl, launchBrowser, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

test('the admin is installable: a manifest with a name, standalone display and icons that load', async () => {
  const page = await newPage(browser, PHONE);
  await page.goto(adminUrl('/login'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const res = await page.request.get(adminUrl(`/${href!.replace(/^\//, '')}`));
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as {
    name: string;
    display: string;
    start_url: string;
    lang: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: '督查督办', display: 'standalone', start_url: '/', lang: 'zh-CN' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const img = await page.request.get(adminUrl(`/${icon.src}`));
    expect(img.ok()).toBe(true);
    expect(img.headers()['content-type']).toBe('image/png');
  }
  await page.context().close();
});

test('without a network the installed shell still opens and says it is offline', async () => {
  const page = await newPage(browser, PHONE);
  await page.goto(adminUrl('/login'));
  // The service worker installs and takes control (it claims open pages as soon as it activates).
  await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 30_000 });
  await expect(page.getByTestId('offline-banner').count()).resolves.toBe(0);

  await page.context().setOffline(true);
  await page.reload();
  await page.locator('#username').waitFor();
  await page.getByTestId('offline-banner').getByText('当前处于离线状态', { exact: false }).waitFor();
  await screenshot(page, 'pwa-offline-phone');

  await page.context().setOffline(false);
  await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
  await page.context().close();
});
