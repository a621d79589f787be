/**
 * Leaders' 批示 / 阅示 and 复查复议 through GraphQL on the real 商丘市 tree, on a database of this
 * suite's own (the 复查复议率 is counted per office and year, exactly).
 *
 * 睢县's office registers an item for 城关镇; 睢县's leader writes a 批示 on it at once, and one on
 * 城关镇's signed report; 睢县 accepts and feeds the result back; the leader reads it (圈阅), then gives a
 * further instruction that reopens the item with a new deadline; 城关镇 redoes it; the office then
 * reopens it once more by a 复查 of its own. Every refusal leaves nothing behind; after every change
 * the roll-up equals a recount.
 */
import { importRegion, instructionRepository } from '@duban/domain';
import {
  bootPrivateRun,
  codeOf,
  ensureUser,
  expectRollupMatchesRecount,
  type PrivateRun,
  toldOf,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const USERS = [
  'city_supervisor',
  'city_leader',
  'suixian_supervisor',
  'suixian_leader',
  'chengguan_liaison',
  'chengguan_head',
  'minquan_leader',
  'xinyang_leader',
] as const;
type User = (typeof USERS)[number];

let run: PrivateRun;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => run.api, token);
const unit: Record<string, string> = {};
let itemId: string;
let share: string;
let cityItem: string;

const INSTRUCT_ITEM = `mutation($i: ID!, $t: String!) { instructItem(itemId: $i, text: $t) {
  id target kind text leaderName leaderUnit { name } createdAt } }`;
const INSTRUCT_REPORT = `mutation($r: ID!, $t: String!) { instructReport(reportId: $r, text: $t) { id target kind reportId } }`;
const READ = `mutation($i: ID!, $k: InstructionKind!, $t: String, $d: DateTime) {
  readFeedback(itemId: $i, kind: $k, text: $t, deadline: $d) { id kind text reopenDeadline } }`;
const RECHECK = `mutation($i: ID!, $r: String!, $d: DateTime!) { recheckItem(itemId: $i, reason: $r, deadline: $d) {
  id status deadline reopenCount reopenReason } }`;

/** What any refused attempt may not change. */
async function trace() {
  const [row] = await run.owner.query(
    `SELECT i.status, i.deadline, i.reopen_count AS "reopenCount",
            (SELECT count(*)::int FROM instruction WHERE item_id = i.id) AS instructions,
            (SELECT count(*)::int FROM audit_event WHERE item_id = i.id) AS events,
            (SELECT count(*)::int FROM outbox WHERE payload->>'itemId' = i.id::text) AS outbox,
            (SELECT array_agg(a.status || ':' || a.deadline::text ORDER BY a.id) FROM assignment a WHERE a.item_id = i.id) AS assignments
       FROM supervision_item i WHERE i.id = $1`,
    [itemId],
  );
  return row;
}

async function expectRefused(user: User, query: string, vars: Record<string, unknown>, code: string) {
  const before = await trace();
  const r = await as(user, query, vars);
  expect({ code: codeOf(r), data: r.data ?? null }).toEqual({ code, data: null });
  expect(r.errors![0].message).toBeTruthy();
  expect(await trace()).toEqual(before);
  return r.errors![0].message;
}

/** 城关镇 reports, its head signs, 睢县 accepts: the item waits for feedback. */
async function workDone(text: string): Promise<string> {
  const { submitReport } = await ok(
    'chengguan_liaison',
    `mutation($a: ID!, $c: String!) { submitReport(assignmentId: $a, input: { content: $c }) { id } }`,
    { a: share, c: text },
  );
  await ok('chengguan_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, { r: submitReport.id });
  await ok(
    'suixian_supervisor',
    `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
      checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id } }`,
    { r: submitReport.id },
  );
  return submitReport.id;
}

const feedBack = (text: string) =>
  ok(
    'suixian_supervisor',
    `mutation($i: ID!, $f: String!) { feedBackItem(itemId: $i, feedback: $f) { status } }`,
    {
      i: itemId,
      f: text,
    },
  );

const itemState = async (user: User = 'suixian_leader') =>
  (
    await ok(
      user,
      `query($i: ID!) { supervisionItem(id: $i) { status reopenCount reopenReason firstConcludedAt deadline allowedActions
        instructions { target kind text leaderName } events(first: 100) { edges { node { action text } } } } }`,
      { i: itemId },
    )
  ).supervisionItem;

beforeAll(async () => {
  run = await bootPrivateRun('instructions');
  await ensureUser(run.owner, 'minquan_leader', '411421', ['LEADER'], '民权县 钱县长');
  await importRegion({ query: (sql, p) => run.owner.query(sql, p) }, '4115');
  await ensureUser(run.owner, 'xinyang_leader', '4115', ['LEADER'], '信阳市 孙书记');
  for (const u of USERS) token[u] = await run.api.login(u);
  for (const r of await run.owner.query(
    `SELECT code, id::text AS id FROM org_unit WHERE code IN ('411422', '411422105')`,
  ))
    unit[r.code] = r.id;
  const { createSupervisionItem } = await ok(
    'suixian_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: { title: '老旧小区改造', source: 'LEADER_INSTRUCTION', content: '年内完成改造。', deadline: at(30) },
    },
  );
  itemId = createSupervisionItem.id;
  const city = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title: '市级事项', source: 'COMMITTEE_DECISION', content: '全市推进。', deadline: at(30) } },
  );
  cityItem = city.createSupervisionItem.id;
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: cityItem,
      t: [unit['411422']],
    },
  );
}, 180_000);

afterAll(async () => {
  await run?.close();
});

describe('批示 at registration', () => {
  it('睢县’s leader writes a 批示 on the new item: recorded with leader and time, in the timeline, told to the office', async () => {
    expect((await itemState()).allowedActions).toEqual(['INSTRUCT']);
    const { instructItem } = await ok('suixian_leader', INSTRUCT_ITEM, {
      i: itemId,
      t: '  务必在汛期前完成  ',
    });
    expect(instructItem).toMatchObject({
      target: 'ITEM',
      kind: 'INSTRUCTION',
      text: '务必在汛期前完成',
      leaderName: '睢县 周县长',
      leaderUnit: { name: '睢县' },
    });
    const item = await itemState('suixian_supervisor');
    expect(item.instructions).toEqual([
      { target: 'ITEM', kind: 'INSTRUCTION', text: '务必在汛期前完成', leaderName: '睢县 周县长' },
    ]);
    expect(item.events.edges.map((e: any) => e.node)).toContainEqual({
      action: 'item.instructed',
      text: '务必在汛期前完成',
    });
    const [{ id }] = await run.owner.query(
      `SELECT id::text FROM outbox WHERE topic = 'instruction.given' AND payload->>'itemId' = $1`,
      [itemId],
    );
    await run.deliverOutbox();
    expect(await toldOf(run.owner, id)).toEqual({
      suixian_supervisor: '睢县 周县长批示：务必在汛期前完成（老旧小区改造）',
    });
  });

  it('the city’s leader, above the issuing office, may write on it too', async () => {
    expect(
      (await ok('city_leader', INSTRUCT_ITEM, { i: itemId, t: '市里关注' })).instructItem.leaderName,
    ).toBe('市委 李书记');
  });

  it('refuses a leader outside the subtree, another tenant, a non-leader and an empty 批示, changing nothing', async () => {
    // 民权县's leader and the other tenant's cannot even see 睢县's item.
    await expectRefused('minquan_leader', INSTRUCT_ITEM, { i: itemId, t: '越权' }, 'NOT_FOUND');
    await expectRefused('xinyang_leader', INSTRUCT_ITEM, { i: itemId, t: '越权' }, 'NOT_FOUND');
    await expectRefused('suixian_supervisor', INSTRUCT_ITEM, { i: itemId, t: '督查员' }, 'FORBIDDEN');
    await expectRefused('suixian_leader', INSTRUCT_ITEM, { i: itemId, t: '   ' }, 'BAD_USER_INPUT');
    // 睢县's leader sees the city's item (assigned to 睢县) but it lies outside 睢县's subtree.
    const r = await as('suixian_leader', INSTRUCT_ITEM, { i: cityItem, t: '越级' }, 'zh');
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0].message).toBe('只有本单位或上级单位的领导可以批示');
    expect(await run.owner.query(`SELECT id FROM instruction WHERE item_id = $1`, [cityItem])).toEqual([]);
  });

  it('a 阅示 before any result is fed back is refused', async () => {
    await expectRefused('suixian_leader', READ, { i: itemId, k: 'READ' }, 'CONFLICT');
    await expectRefused('suixian_leader', READ, { i: itemId, k: 'INSTRUCTION', t: '错类' }, 'BAD_USER_INPUT');
  });
});

describe('批示 on a report, 阅示 of the result', () => {
  it('城关镇 works; the leader writes on its signed report, and 城关镇 reads it', async () => {
    await ok(
      'suixian_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      {
        i: itemId,
        t: [unit['411422105']],
      },
    );
    [{ id: share }] = await run.owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [itemId]);
    await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: share });
    const { submitReport } = await ok(
      'chengguan_liaison',
      `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "已完成80%" }) { id } }`,
      { a: share },
    );
    await ok('chengguan_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, {
      r: submitReport.id,
    });
    const offered = await ok('suixian_leader', `query($r: ID!) { report(id: $r) { allowedActions } }`, {
      r: submitReport.id,
    });
    expect(offered.report.allowedActions).toEqual(['INSTRUCT']);
    const { instructReport } = await ok('suixian_leader', INSTRUCT_REPORT, {
      r: submitReport.id,
      t: '数据再核实',
    });
    expect(instructReport).toMatchObject({
      target: 'REPORT',
      kind: 'INSTRUCTION',
      reportId: submitReport.id,
    });
    const seen = await ok(
      'chengguan_liaison',
      `query($r: ID!) { report(id: $r) { instructions { text leaderName } } }`,
      {
        r: submitReport.id,
      },
    );
    expect(seen.report.instructions).toEqual([{ text: '数据再核实', leaderName: '睢县 周县长' }]);
    // Not a leader above 城关镇's report: 民权县's leader cannot see it.
    const r = await as('minquan_leader', INSTRUCT_REPORT, { r: submitReport.id, t: '越权' });
    expect(codeOf(r)).toBe('NOT_FOUND');
    await ok(
      'suixian_supervisor',
      `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
        checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id } }`,
      { r: submitReport.id },
    );
    expect((await feedBack('改造完成')).feedBackItem.status).toBe('CONCLUDED');
  });

  it('the leader reads the result (圈阅); a deadline belongs to a further instruction only', async () => {
    expect(await itemState()).toMatchObject({ allowedActions: ['INSTRUCT', 'READ_FEEDBACK'] });
    expect((await itemState('suixian_supervisor')).allowedActions).toEqual(['RECHECK', 'ARCHIVE']);
    await expectRefused('suixian_leader', READ, { i: itemId, k: 'READ', d: at(5) }, 'BAD_USER_INPUT');
    const { readFeedback } = await ok('suixian_leader', READ, { i: itemId, k: 'READ' });
    expect(readFeedback).toEqual({ id: readFeedback.id, kind: 'READ', text: null, reopenDeadline: null });
    expect((await itemState()).status).toBe('CONCLUDED');
  });
});

describe('复查复议', () => {
  it('a further instruction without words, without a deadline or with a past one is refused, changing nothing', async () => {
    const further = { i: itemId, k: 'FURTHER_INSTRUCTION' };
    await expectRefused('suixian_leader', READ, { ...further, d: at(10) }, 'BAD_USER_INPUT');
    await expectRefused('suixian_leader', READ, { ...further, t: '再查' }, 'BAD_USER_INPUT');
    const past = await expectRefused(
      'suixian_leader',
      READ,
      { ...further, t: '再查', d: at(-1) },
      'BAD_USER_INPUT',
    );
    expect(past).toBe('复查复议的新办理时限必须晚于当前时间');
    const inEnglish = await as('suixian_leader', READ, { ...further, t: '再查', d: at(-1) }, 'en');
    expect(inEnglish.errors![0].message).toBe('The new deadline must be in the future');
    await expectRefused('minquan_leader', READ, { ...further, t: '越权', d: at(10) }, 'NOT_FOUND');
    await expectRefused('xinyang_leader', READ, { ...further, t: '越权', d: at(10) }, 'NOT_FOUND');
  });

  it('a further instruction on the result reopens the item and 城关镇’s assignment with the new deadline', async () => {
    const deadline = at(12);
    const { readFeedback } = await ok('suixian_leader', READ, {
      i: itemId,
      k: 'FURTHER_INSTRUCTION',
      t: '楼道照明仍未整改，复查',
      d: deadline,
    });
    expect(readFeedback.reopenDeadline).toBe(deadline);
    const item = await itemState('suixian_supervisor');
    expect(item).toMatchObject({
      status: 'IN_PROGRESS',
      reopenCount: 1,
      reopenReason: '楼道照明仍未整改，复查',
    });
    expect(item.deadline).toBe(deadline);
    expect(item.events.edges.map((e: any) => e.node.action)).toEqual(
      expect.arrayContaining(['item.feedback_read', 'item.rechecked']),
    );
    const a = await ok(
      'chengguan_liaison',
      `query($a: ID!) { assignment(id: $a) { status deadline doneAt allowedActions } }`,
      { a: share },
    );
    expect(a.assignment).toMatchObject({ status: 'IN_PROGRESS', deadline, doneAt: null });
    expect(a.assignment.allowedActions).toContain('SUBMIT_REPORT');
    await expectRollupMatchesRecount(run.owner, itemId);
    const [{ id }] = await run.owner.query(
      `SELECT id::text FROM outbox WHERE topic = 'assignment.reopened' AND payload->>'assignmentId' = $1`,
      [share],
    );
    await run.deliverOutbox();
    expect(Object.keys(await toldOf(run.owner, id)).sort()).toEqual(['chengguan_head', 'chengguan_liaison']);
  });

  it('城关镇 redoes it; the item concludes again and still counts as first closed when it first was', async () => {
    const first = (await itemState()).firstConcludedAt;
    await workDone('照明已整改');
    expect((await feedBack('复查后整改完成')).feedBackItem.status).toBe('CONCLUDED');
    expect((await itemState()).firstConcludedAt).toBe(first);
    await expectRollupMatchesRecount(run.owner, itemId);
  });

  it('the office’s 复查: refused without a reason, with a past deadline, by others, or on an open item', async () => {
    await expectRefused('suixian_supervisor', RECHECK, { i: itemId, r: ' ', d: at(5) }, 'BAD_USER_INPUT');
    await expectRefused('suixian_supervisor', RECHECK, { i: itemId, r: '复查', d: at(-2) }, 'BAD_USER_INPUT');
    await expectRefused('suixian_leader', RECHECK, { i: itemId, r: '复查', d: at(5) }, 'FORBIDDEN');
    await expectRefused('city_supervisor', RECHECK, { i: itemId, r: '复查', d: at(5) }, 'FORBIDDEN');
    const r = await as('suixian_supervisor', RECHECK, { i: cityItem, r: '复查', d: at(5) });
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('the office reopens it by a 复查 of its own; a second one while it is open is a conflict', async () => {
    const { recheckItem } = await ok('suixian_supervisor', RECHECK, {
      i: itemId,
      r: '群众仍有反映',
      d: at(8),
    });
    expect(recheckItem).toMatchObject({
      status: 'IN_PROGRESS',
      reopenCount: 2,
      reopenReason: '群众仍有反映',
    });
    await expectRollupMatchesRecount(run.owner, itemId);
    await expectRefused('suixian_supervisor', RECHECK, { i: itemId, r: '再复查', d: at(8) }, 'CONFLICT');
    await workDone('已再次整改');
    await feedBack('再次办结');
    await expectRollupMatchesRecount(run.owner, itemId);
  });
});

describe('for the printed forms', () => {
  it('lists everything leaders wrote on the item, its report included, oldest first, with names', async () => {
    const lines = await instructionRepository.linesOfItem({ query: (q, p) => run.owner.query(q, p) }, itemId);
    expect(lines.map((l) => [l.target, l.kind, l.leaderName, l.leaderUnitName, l.reportUnitName])).toEqual([
      ['ITEM', 'INSTRUCTION', '睢县 周县长', '睢县', null],
      ['ITEM', 'INSTRUCTION', '市委 李书记', '商丘市', null],
      ['REPORT', 'INSTRUCTION', '睢县 周县长', '睢县', '城关镇'],
      ['FEEDBACK', 'READ', '睢县 周县长', '睢县', null],
      ['FEEDBACK', 'FURTHER_INSTRUCTION', '睢县 周县长', '睢县', null],
    ]);
  });
});

describe('复查复议率 beside the 退回率', () => {
  it('counts 睢县’s closed items once and the reopened ones once, per year, apart from returned reports', async () => {
    // A second 睢县 item, concluded and never reopened: 1 of 2 closed items was reopened.
    const { createSupervisionItem } = await ok(
      'suixian_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      { i: { title: '背街小巷硬化', source: 'LEADER_INSTRUCTION', content: '硬化道路。', deadline: at(30) } },
    );
    const second = createSupervisionItem.id;
    await ok(
      'suixian_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      {
        i: second,
        t: [unit['411422105']],
      },
    );
    const [{ id }] = await run.owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [second]);
    await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: id });
    [share, itemId] = [id, second];
    await workDone('已硬化');
    await feedBack('硬化完成');

    const { scoreboard } = await ok(
      'city_supervisor',
      `{ scoreboard { unitId closedItems reopenedItems reReviewRate meetsReReviewTarget reviewed returned returnRate } }`,
    );
    const suixian = scoreboard.find((r: any) => r.unitId === unit['411422']);
    expect(suixian).toEqual({
      unitId: unit['411422'],
      closedItems: 2,
      reopenedItems: 1,
      reReviewRate: 0.5,
      meetsReReviewTarget: false,
      reviewed: 4,
      returned: 0,
      returnRate: 0,
    });
  });
});
