/*
 * 工作台, the landing page after login, in a real browser against the real API and worker: a liaison, a head,
 * a supervisor and a leader of the demo data each sign in, land on their own 工作台, read the same counts the
 * API gives them, and follow one row to where the work is (the item, the report's text, the cockpit). Each
 * role's page is photographed at 1366×768, 1093×615 and 390×844, and never scrolls sideways.
 *
 * 睢县 arranges the state through the API first: an item waiting to be signed for at 白庙乡, one whose report
 * waits for the head, one waiting for 睢县's review, and one returned for rework (白庙乡 turns red).
 */
import type { Browser, Page } from 'playwright-core';
import { gqlAs, unitId } from './support/api';
import { launchBrowser, login, newPage, screenshot, sidewaysScroll } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const RUN = Date.now().toString(36);
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1093, height: 615 },
  { width: 390, height: 844 },
];
const CHECKLIST = { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true };
const REPORT_TEXT = `工作台核验报告 ${RUN}：已完成摸底排查，整改到位。`;

interface ApiSection {
  kind: string;
  count: number;
}

/** 立项 by 睢县 and 交办 to 白庙乡; the township's assignment. */
async function handDown(title: string, township: string): Promise<{ item: string; a: string }> {
  const { createSupervisionItem } = await gqlAs<{ createSupervisionItem: { id: string } }>(
    'suixian_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title, source: 'ANNUAL_TARGET', content: `${title}，按期办结。`, deadlineTier: 'NORMAL' } },
  );
  const item = createSupervisionItem.id;
  await gqlAs(
    'suixian_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: item,
      t: [township],
    },
  );
  const { supervisionItem } = await gqlAs<{ supervisionItem: { myAssignments: { id: string }[] } }>(
    'baimiao_liaison',
    `query($id: ID!) { supervisionItem(id: $id) { myAssignments { id } } }`,
    { id: item },
  );
  return { item, a: supervisionItem.myAssignments[0].id };
}

async function reported(a: string, content = '已按要求办理完毕'): Promise<string> {
  await gqlAs('baimiao_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a });
  const { submitReport } = await gqlAs<{ submitReport: { id: string } }>(
    'baimiao_liaison',
    `mutation($a: ID!, $c: String!) { submitReport(assignmentId: $a, input: { content: $c }) { id } }`,
    { a, c: content },
  );
  return submitReport.id;
}
const sign = (r: string) =>
  gqlAs('baimiao_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, { r });

beforeAll(async () => {
  const township = await unitId('suixian_supervisor', '白庙乡', 'TOWNSHIP');
  await handDown(`工作台·待签收 ${RUN}`, township);
  await reported((await handDown(`工作台·待签字 ${RUN}`, township)).a, REPORT_TEXT);
  await sign(await reported((await handDown(`工作台·待审核 ${RUN}`, township)).a));
  const returned = await reported((await handDown(`工作台·退回重办 ${RUN}`, township)).a);
  await sign(returned);
  await gqlAs(
    'suixian_supervisor',
    `mutation($r: ID!, $c: ReviewChecklistInput!) {
      reviewReport(reportId: $r, decision: RETURN, checklist: $c, comment: "请补充佐证材料") { id } }`,
    { r: returned, c: { ...CHECKLIST, problemSolved: false } },
  );
});

async function apiSections(username: string): Promise<ApiSection[]> {
  const { workbench } = await gqlAs<{ workbench: { sections: ApiSection[] } }>(
    username,
    `{ workbench { sections { kind count } } }`,
  );
  return workbench.sections;
}

/** The sections on the page, in their order, with the counts they show. */
async function pageSections(page: Page): Promise<ApiSection[]> {
  const cards = page.getByTestId('workbench-section');
  return Promise.all(
    (await cards.all()).map(async (c) => ({
      kind: (await c.getAttribute('data-kind')) ?? '',
      count: Number(await c.locator('[data-testid="workbench-count"]').innerText()),
    })),
  );
}

/**
 * The page shows what the API answers, card for card. Messages arrive from the worker at their own pace, so
 * a difference is read again (page reloaded) a few times before it counts as one.
 */
async function expectCountsOfApi(page: Page, username: string): Promise<ApiSection[]> {
  let shown: ApiSection[] = [];
  let api: ApiSection[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    if (attempt) {
      await page.waitForTimeout(1000);
      await page.reload();
    }
    await page.getByTestId('workbench-section').first().waitFor();
    api = await apiSections(username);
    shown = await pageSections(page);
    if (JSON.stringify(shown) === JSON.stringify(api)) break;
  }
  expect(shown).toEqual(api);
  return api;
}

/** Once the cards, dialogs and drawers have finished opening (antd animates them); spinners aside. */
const settled = (page: Page) =>
  page.waitForFunction(`document
    .getAnimations()
    .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`);

/** Signs in at a viewport, lands on the 工作台, checks its counts and layout, and photographs it. */
async function landOnWorkbench(username: string, role: string, viewport: { width: number; height: number }) {
  const page = await newPage(browser, viewport);
  await login(page, username);
  await page.waitForURL('**/workbench');
  const sections = await expectCountsOfApi(page, username);
  expect(await sidewaysScroll(page)).toBe(0);
  // Row titles keep to one line (cut with an ellipsis), never a character per line.
  for (const title of await page.locator('[data-testid="workbench-row"] > :first-child').all()) {
    const box = await title.boundingBox();
    expect(box!.height).toBeLessThan(30);
    expect(box!.width).toBeGreaterThan(60);
  }
  // One column on a phone: every card as wide as the first.
  if (viewport.width < 500) {
    const widths = await Promise.all(
      (await page.getByTestId('workbench-section').all()).map(async (c) => (await c.boundingBox())!.width),
    );
    expect(Math.min(...widths)).toBeGreaterThan(viewport.width - 40);
  }
  await settled(page);
  await screenshot(page, `workbench-${role}-${viewport.width}x${viewport.height}`);
  return { page, sections };
}

/** The section card of a kind. */
const card = (page: Page, kind: string) =>
  page.locator(`[data-testid="workbench-section"][data-kind="${kind}"]`);

test('the liaison lands on 待签收, 办理中, 临期/逾期, 退回重办 and messages, and opens an item to sign for', async () => {
  for (const viewport of VIEWPORTS) {
    const { page, sections } = await landOnWorkbench('baimiao_liaison', 'liaison', viewport);
    expect(sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['TO_ACCEPT', 'IN_PROGRESS', 'DUE', 'RETURNED', 'MESSAGES']),
    );
    expect(sections.find((s) => s.kind === 'RETURNED')!.count).toBeGreaterThan(0);
    // The returned work is red: it comes before the work merely waiting.
    expect(await card(page, 'RETURNED').getAttribute('data-urgent')).toBe('true');
    if (viewport.width === 1366) {
      const row = card(page, 'TO_ACCEPT').getByTestId('workbench-row').first();
      const itemId = await row.getAttribute('data-item-id');
      await row.getByTestId('workbench-link').click();
      await page.waitForURL(`**/items/${itemId}`);
      await page.getByTestId('item-reg-number').waitFor();
    }
    await page.context().close();
  }
});

test('the head lands on 待签字 and reads the report in one click', async () => {
  for (const viewport of VIEWPORTS) {
    const { page, sections } = await landOnWorkbench('baimiao_head', 'head', viewport);
    expect(sections.find((s) => s.kind === 'TO_SIGN')!.count).toBeGreaterThan(0);
    if (viewport.width === 1366) {
      const { reportQueue } = await gqlAs<{ reportQueue: { id: string; content: string }[] }>(
        'baimiao_head',
        `{ reportQueue(kind: SIGN) { id content } }`,
      );
      const first = card(page, 'TO_SIGN').getByTestId('workbench-open-report').first();
      const reportId = await first.getAttribute('data-report-id');
      expect(reportId).toBe(reportQueue[0].id);
      await first.click();
      const drawer = page.getByTestId('report-drawer');
      await expect(drawer.getByTestId('report-content').innerText()).resolves.toBe(reportQueue[0].content);
      await settled(page);
      await screenshot(page, 'workbench-head-report-open');
      await page.keyboard.press('Escape');
      await card(page, 'TO_SIGN').getByTestId('workbench-queue').click();
      await page.waitForURL('**/sign');
    }
    await page.context().close();
  }
});

test('the supervisor lands on 待审核, 延期申请, 上报协调, 下辖逾期 and its own items, and opens a report to review', async () => {
  for (const viewport of VIEWPORTS) {
    const { page, sections } = await landOnWorkbench('suixian_supervisor', 'supervisor', viewport);
    expect(sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['TO_REVIEW', 'EXTENSIONS', 'ESCALATIONS', 'SUBTREE_OVERDUE', 'RECENT_ITEMS']),
    );
    expect(sections.find((s) => s.kind === 'TO_REVIEW')!.count).toBeGreaterThan(0);
    if (viewport.width === 1366) {
      const row = card(page, 'TO_REVIEW').getByTestId('workbench-row').first();
      const itemId = await row.getAttribute('data-item-id');
      await row.getByTestId('workbench-link').click();
      await page.waitForURL(`**/items/${itemId}`);
      // The item page offers the review the 工作台 pointed to.
      await page.getByTestId('item-review-alert').waitFor();
    }
    await page.context().close();
  }
});

test('the leader lands on the red list and what changed, and drills into a red unit in the cockpit', async () => {
  for (const viewport of VIEWPORTS) {
    const { page, sections } = await landOnWorkbench('suixian_leader', 'leader', viewport);
    expect(sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['RED_LIST', 'CHANGES']));
    // 白庙乡's returned report makes it red.
    expect(sections.find((s) => s.kind === 'RED_LIST')!.count).toBeGreaterThan(0);
    await card(page, 'CHANGES').getByTestId('workbench-since').waitFor();
    if (viewport.width === 1366) {
      const first = card(page, 'RED_LIST').locator('[data-unit-id]').first();
      const id = await first.getAttribute('data-unit-id');
      const name = await first.locator('a').innerText();
      await first.locator('a').click();
      await page.waitForURL(new RegExp(`/cockpit\\?unit=${id}$`));
      await expect(page.getByTestId('cockpit-breadcrumb').innerText()).resolves.toContain(name);
    }
    await page.context().close();
  }
});
