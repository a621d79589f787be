/* Chromium for the browser suite, and the steps every test repeats. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@duban/domain';
import { ROOT } from './processes';

export const SCREENSHOT_DIR = path.join(ROOT, 'test-artifacts/screenshots');
/** The smallest desktop the offices use. */
export const VIEWPORT = { width: 1366, height: 768 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh context per test: its own localStorage, so no token or locale leaks between tests. */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = VIEWPORT,
  /** The browser's IANA time zone (an office PC set to UTC, a laptop abroad); the machine's when absent. */
  timezoneId?: string,
): Promise<Page> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({
    viewport,
    timezoneId,
    locale: 'zh-CN',
    isMobile: phone,
    hasTouch: phone,
    // Reduced motion (the admin honours it): no dialog is clicked while it still zooms in.
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

export function adminUrl(pathname: string): string {
  return `${process.env.E2E_ADMIN_URL}${pathname}`;
}

/** Signs in through the form, submitting with Enter as a keyboard user would. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(adminUrl('/login'));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#password').press('Enter');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** How far the page scrolls sideways (0: not at all, as every page must at every supported width). */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** The tree row of a unit, found by its exact name. */
export function treeNode(page: Page, name: string) {
  return page
    .locator('[data-testid="org-tree"] [role="treeitem"]')
    .filter({ has: page.locator('[data-unit-id]').getByText(name, { exact: true }) });
}
