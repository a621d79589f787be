/**
 * Over 400 lines on purpose: each refusal of 编辑 and 归档 is checked on the same item, row, trail and outbox.
 *
 * 编辑 and 归档 of an item through GraphQL on the real 商丘市 tree, on a database of this suite's own.
 *
 * 睢县's office registers an item for 城关镇 and 长岗镇 (due in 20 days); 城关镇 accepts and reports
 * progress. The office edits title, content and deadline, removes 长岗镇 (not started) and adds another
 * township: one audited diff, notices to the units concerned. Every refusal — a deadline earlier than
 * a unit's, one in the past, a stranger, another tenant, a stale form, bad text, removing a unit that
 * reported — leaves row, trail and outbox as they were. Concluded items are archived one by one and by
 * 年度归档 (idempotent); archived ones refuse every change and stay searchable with 含已归档.
 */
import { importRegion } from '@duban/domain';
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
  'suixian_supervisor',
  'suixian_leader',
  'chengguan_liaison',
  'chengguan_head',
  'minquan_supervisor',
  'xinyang_supervisor',
] as const;
type User = (typeof USERS)[number];

let run: PrivateRun;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => run.api, token);
const unit: Record<string, string> = {};
const unitName: Record<string, string> = {};
let itemId: string;

const CREATE = `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id version } }`;
const ASSIGN = `mutation($i: ID!, $t: [ID!], $d: DateTime) { assignItem(itemId: $i, targets: $t, deadline: $d) { count } }`;
const EDIT = `mutation($i: ID!, $in: EditSupervisionItemInput!) { editSupervisionItem(itemId: $i, input: $in) {
  id title content requirements deadline version status allowedActions } }`;
const ARCHIVE = `mutation($i: ID!) { archiveSupervisionItem(itemId: $i) { id status allowedActions } }`;
const YEAR_COUNT = `query($y: Int!) { archivableItemCount(year: $y) }`;
const YEAR_ARCHIVE = `mutation($y: Int!) { archiveConcludedItems(year: $y) }`;
const LEDGER = `query($f: SupervisionItemFilter) { supervisionItems(filter: $f, first: 50) { edges { node { id status } } } }`;
const year = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

/** What any refused attempt may not change: the row, its trail, the outbox, its assignments. */
async function trace(id = itemId) {
  const [row] = await run.owner.query(
    `SELECT i.title, i.content, i.requirements, i.status, i.deadline, i.version,
            (SELECT count(*)::int FROM audit_event WHERE item_id = i.id) AS events,
            (SELECT count(*)::int FROM outbox WHERE payload->>'itemId' = i.id::text) AS outbox,
            (SELECT array_agg(a.unit_id || ':' || a.status || ':' || a.deadline::text ORDER BY a.id)
               FROM assignment a WHERE a.item_id = i.id) AS assignments
       FROM supervision_item i WHERE i.id = $1`,
    [id],
  );
  return row;
}

async function expectRefused(
  user: User,
  query: string,
  vars: Record<string, unknown>,
  code: string,
  id = itemId,
) {
  const before = await trace(id);
  const r = await as(user, query, vars);
  expect({ code: codeOf(r), data: r.data ?? null }).toEqual({ code, data: null });
  expect(r.errors![0].message).toBeTruthy();
  expect(await trace(id)).toEqual(before);
  return r.errors![0].message;
}

const version = async (id = itemId): Promise<number> => (await trace(id)).version;
const edit = async (input: Record<string, unknown>, id = itemId) => ({
  i: id,
  in: { expectedVersion: await version(id), ...input },
});

/** An item of 睢县 for 城关镇, worked through to 已办结. */
async function concludedItem(title: string): Promise<string> {
  const { createSupervisionItem } = await ok('suixian_supervisor', CREATE, {
    i: { title, source: 'LEADER_INSTRUCTION', content: '办结后归档。', deadline: at(30) },
  });
  const id = createSupervisionItem.id;
  await ok('suixian_supervisor', ASSIGN, { i: id, t: [unit['411422105']] });
  const [{ id: a }] = await run.owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [id]);
  await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a });
  const { submitReport } = await ok(
    'chengguan_liaison',
    `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "已完成" }) { id } }`,
    { a },
  );
  await ok('chengguan_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, { r: submitReport.id });
  await ok(
    'suixian_supervisor',
    `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
      checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id } }`,
    { r: submitReport.id },
  );
  await ok(
    'suixian_supervisor',
    `mutation($i: ID!) { feedBackItem(itemId: $i, feedback: "已办结") { status } }`,
    {
      i: id,
    },
  );
  return id;
}

beforeAll(async () => {
  run = await bootPrivateRun('item_edit');
  await ensureUser(run.owner, 'minquan_supervisor', '411421', ['SUPERVISOR'], '民权县 督查员');
  await importRegion({ query: (sql, p) => run.owner.query(sql, p) }, '4115');
  await ensureUser(run.owner, 'xinyang_supervisor', '4115', ['SUPERVISOR'], '信阳市 督查员');
  for (const u of USERS) token[u] = await run.api.login(u);
  for (const r of await run.owner.query(
    `SELECT code, id::text AS id, name FROM org_unit WHERE code IN ('411422', '411422105', '411422206', '411422100')`,
  )) {
    unit[r.code] = r.id;
    unitName[r.code] = r.name;
  }
  const { createSupervisionItem } = await ok('suixian_supervisor', CREATE, {
    i: { title: '老旧小区改造', source: 'LEADER_INSTRUCTION', content: '年内完成改造。', deadline: at(30) },
  });
  itemId = createSupervisionItem.id;
  await ok('suixian_supervisor', ASSIGN, {
    i: itemId,
    t: [unit['411422105'], unit['411422206']],
    d: at(20),
  });
  const [{ id: chengguan }] = await run.owner.query(
    `SELECT id::text FROM assignment WHERE item_id = $1 AND unit_id = $2`,
    [itemId, unit['411422105']],
  );
  await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: chengguan });
  await ok(
    'chengguan_liaison',
    `mutation($a: ID!) { submitProgress(assignmentId: $a, input: { percent: 30, text: "已开工" }) { id } }`,
    { a: chengguan },
  );
}, 180_000);

afterAll(() => run?.close());

describe('编辑 refusals: nothing changes', () => {
  it('offers EDIT to the issuing office only', async () => {
    const q = `query($i: ID!) { supervisionItem(id: $i) { allowedActions } }`;
    expect((await ok('suixian_supervisor', q, { i: itemId })).supervisionItem.allowedActions).toContain(
      'EDIT',
    );
    expect((await ok('city_supervisor', q, { i: itemId })).supervisionItem.allowedActions).not.toContain(
      'EDIT',
    );
  });

  it('refuses a deadline earlier than a unit’s, naming the unit', async () => {
    const msg = await expectRefused(
      'suixian_supervisor',
      EDIT,
      await edit({ deadline: at(10) }),
      'BAD_USER_INPUT',
    );
    expect(msg).toContain('城关镇');
    expect(msg).toContain('下级时限不得晚于上级');
  });

  it('refuses a deadline in the past', async () => {
    expect(
      await expectRefused('suixian_supervisor', EDIT, await edit({ deadline: at(-1) }), 'BAD_USER_INPUT'),
    ).toBe('办理时限必须晚于当前时间');
  });

  it('refuses an office above, a sibling county and another tenant', async () => {
    const input = await edit({ title: '越权修改' });
    // The city sees the item but did not issue it; the sibling county and the other tenant do not see it.
    await expectRefused('city_supervisor', EDIT, input, 'FORBIDDEN');
    await expectRefused('suixian_leader', EDIT, input, 'FORBIDDEN');
    await expectRefused('minquan_supervisor', EDIT, input, 'NOT_FOUND');
    await expectRefused('xinyang_supervisor', EDIT, input, 'NOT_FOUND');
  });

  it('refuses units outside the office’s subtree, unnamed, whether or not the form is stale', async () => {
    const [{ id: minquan }] = await run.owner.query(`SELECT id::text FROM org_unit WHERE code = '411421'`);
    for (const field of ['addUnitIds', 'removeUnitIds']) {
      const input = await edit({ [field]: [minquan] });
      input.in.expectedVersion -= 1;
      expect(await expectRefused('suixian_supervisor', EDIT, input, 'BAD_USER_INPUT')).toBe(
        '所选单位不在本单位管辖范围内',
      );
    }
  });

  it('refuses a stale form with CONFLICT', async () => {
    const input = await edit({ title: '过期表单' });
    input.in.expectedVersion -= 1;
    expect(await expectRefused('suixian_supervisor', EDIT, input, 'CONFLICT')).toBe(
      '该事项在您打开后已被修改，请刷新后重新编辑',
    );
  });

  it('refuses an empty title, a too long one, and an edit that changes nothing', async () => {
    await expectRefused('suixian_supervisor', EDIT, await edit({ title: '  ' }), 'BAD_USER_INPUT');
    await expectRefused(
      'suixian_supervisor',
      EDIT,
      await edit({ title: '长'.repeat(201) }),
      'BAD_USER_INPUT',
    );
    await expectRefused('suixian_supervisor', EDIT, await edit({ content: '' }), 'BAD_USER_INPUT');
    expect(
      await expectRefused(
        'suixian_supervisor',
        EDIT,
        await edit({ title: '老旧小区改造' }),
        'BAD_USER_INPUT',
      ),
    ).toBe('没有需要保存的修改');
  });

  it('refuses removing a unit that reported progress, and one that does not hold the item', async () => {
    const msg = await expectRefused(
      'suixian_supervisor',
      EDIT,
      await edit({ removeUnitIds: [unit['411422105']] }),
      'CONFLICT',
    );
    expect(msg).toContain('城关镇已报送办理情况或已办结');
    await expectRefused(
      'suixian_supervisor',
      EDIT,
      await edit({ title: '新名称', removeUnitIds: [unit['411422100']] }),
      'BAD_USER_INPUT',
    );
  });
});

describe('编辑', () => {
  it('changes fields and units in one audited step, and tells the units concerned', async () => {
    const long = `${'改造内容'.repeat(2000)}。`;
    const deadline = at(25);
    const before = await trace();
    const { editSupervisionItem: edited } = await ok(
      'suixian_supervisor',
      EDIT,
      await edit({
        title: '老旧小区改造（调整）',
        content: long,
        requirements: '每月报送进展',
        deadline,
        addUnitIds: [unit['411422100']],
        removeUnitIds: [unit['411422206']],
      }),
    );
    expect(edited).toMatchObject({
      title: '老旧小区改造（调整）',
      content: long,
      requirements: '每月报送进展',
      status: 'IN_PROGRESS',
    });
    expect(new Date(edited.deadline).toISOString()).toBe(deadline);
    expect(edited.version).toBeGreaterThan(before.version);

    const units = await run.owner.query(
      `SELECT o.code, a.status, a.deadline FROM assignment a JOIN org_unit o ON o.id = a.unit_id
        WHERE a.item_id = $1 ORDER BY a.id`,
      [itemId],
    );
    expect(units.map((u: { code: string; status: string }) => [u.code, u.status])).toEqual([
      ['411422105', 'IN_PROGRESS'],
      ['411422206', 'WITHDRAWN'],
      ['411422100', 'ASSIGNED'],
    ]);
    // The added unit gets the item's new deadline.
    expect(new Date(units[2].deadline).toISOString()).toBe(deadline);

    const [event] = await run.owner.query(
      `SELECT before, after, text FROM audit_event WHERE item_id = $1 AND action = 'item.edited'`,
      [itemId],
    );
    expect(event.before).toEqual({
      title: '老旧小区改造',
      content: '年内完成改造。',
      requirements: null,
      deadline: new Date(before.deadline).toISOString(),
    });
    expect(event.after).toEqual({
      title: '老旧小区改造（调整）',
      content: long,
      requirements: '每月报送进展',
      deadline,
      unitsAdded: [unitName['411422100']],
      unitsRemoved: [unitName['411422206']],
    });
    expect(event.text).toBe(
      `修改：事项名称、事项内容、工作要求、办理时限；增加承办单位：${unitName['411422100']}；移除承办单位：${unitName['411422206']}`,
    );

    const topics = await run.owner.query(
      `SELECT topic, payload FROM outbox WHERE payload->>'itemId' = $1 AND id > 0 ORDER BY id DESC LIMIT 3`,
      [itemId],
    );
    expect(topics.map((t: { topic: string }) => t.topic).sort()).toEqual([
      'assignment.withdrawn',
      'item.assigned',
      'item.edited',
    ]);
    const editedEvent = topics.find((t: { topic: string }) => t.topic === 'item.edited');
    expect(editedEvent.payload).toMatchObject({
      unitIds: [unit['411422105']],
      fields: ['title', 'content', 'requirements', 'deadline'],
    });
    await run.deliverOutbox();
    const [{ id: outboxId }] = await run.owner.query(
      `SELECT id::text FROM outbox WHERE topic = 'item.edited' AND payload->>'itemId' = $1`,
      [itemId],
    );
    const told = await toldOf(run.owner, outboxId);
    expect(told.chengguan_liaison).toContain('督办事项已调整：事项名称、事项内容、工作要求、办理时限');
    expect(told.chengguan_head).toContain('老旧小区改造（调整）');
    await expectRollupMatchesRecount(run.owner, itemId);
  });

  it('shows the edit in the item’s trail with both sides', async () => {
    const { supervisionItem } = await ok(
      'suixian_supervisor',
      `query($i: ID!) { supervisionItem(id: $i) { events(first: 100) { edges { node { action before after } } } } }`,
      { i: itemId },
    );
    const e = supervisionItem.events.edges.find(
      (x: { node: { action: string } }) => x.node.action === 'item.edited',
    ).node;
    expect(JSON.parse(e.before).title).toBe('老旧小区改造');
    expect(JSON.parse(e.after).title).toBe('老旧小区改造（调整）');
  });

  it('answers in English too', async () => {
    const r = await as('suixian_supervisor', EDIT, await edit({ deadline: at(5) }), 'en');
    expect(r.errors![0].message).toMatch(/^The new deadline is earlier than these units' deadlines/);
  });
});

describe('归档 and 年度归档', () => {
  let single: string;
  let yearly: string;

  beforeAll(async () => {
    single = await concludedItem('归档测试甲');
    yearly = await concludedItem('归档测试乙');
  }, 120_000);

  it('refuses archiving an open item, and editing a concluded one', async () => {
    expect(await expectRefused('suixian_supervisor', ARCHIVE, { i: itemId }, 'CONFLICT')).toBe(
      '事项当前为“督办中”，不能执行“归档”',
    );
    expect(
      await expectRefused('suixian_supervisor', EDIT, await edit({ title: 'x' }, single), 'CONFLICT', single),
    ).toBe('事项当前为“已办结”，不能执行“编辑”');
    await expectRefused('suixian_leader', ARCHIVE, { i: single }, 'FORBIDDEN', single);
  });

  it('archives a concluded item; an archived one takes no change', async () => {
    const q = `query($i: ID!) { supervisionItem(id: $i) { allowedActions } }`;
    expect((await ok('suixian_supervisor', q, { i: single })).supervisionItem.allowedActions).toEqual(
      expect.arrayContaining(['ARCHIVE']),
    );
    const { archiveSupervisionItem } = await ok('suixian_supervisor', ARCHIVE, { i: single });
    expect(archiveSupervisionItem.status).toBe('ARCHIVED');
    expect(archiveSupervisionItem.allowedActions).not.toContain('ARCHIVE');
    expect(archiveSupervisionItem.allowedActions).not.toContain('EDIT');
    await expectRefused('suixian_supervisor', ARCHIVE, { i: single }, 'CONFLICT', single);
    await expectRefused('suixian_supervisor', EDIT, await edit({ title: 'x' }, single), 'CONFLICT', single);
    const [{ id: a }] = await run.owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [single]);
    await expectRefused(
      'chengguan_liaison',
      `mutation($a: ID!) { submitProgress(assignmentId: $a, input: { percent: 100, text: "再报" }) { id } }`,
      { a },
      'CONFLICT',
      single,
    );
  });

  it('年度归档 archives the office’s concluded items of the year once, audited per item', async () => {
    await expectRefused('suixian_leader', YEAR_ARCHIVE, { y: year() }, 'FORBIDDEN', yearly);
    await expectRefused('suixian_supervisor', YEAR_ARCHIVE, { y: 1999 }, 'BAD_USER_INPUT', yearly);
    await expectRefused('suixian_supervisor', YEAR_ARCHIVE, { y: year() + 1 }, 'BAD_USER_INPUT', yearly);
    expect((await ok('suixian_supervisor', YEAR_COUNT, { y: year() })).archivableItemCount).toBe(1);
    expect((await ok('city_supervisor', YEAR_COUNT, { y: year() })).archivableItemCount).toBe(0);
    expect((await ok('suixian_supervisor', YEAR_ARCHIVE, { y: year() })).archiveConcludedItems).toBe(1);
    const after = await trace(yearly);
    expect(after.status).toBe('ARCHIVED');
    expect((await ok('suixian_supervisor', YEAR_ARCHIVE, { y: year() })).archiveConcludedItems).toBe(0);
    expect(await trace(yearly)).toEqual(after);
    const [{ text }] = await run.owner.query(
      `SELECT text FROM audit_event WHERE item_id = $1 AND action = 'item.archived'`,
      [yearly],
    );
    expect(text).toBe(`${year()}年度归档`);
    // The open item was left alone.
    expect((await trace()).status).toBe('IN_PROGRESS');
    for (const id of [single, yearly]) {
      const { itemAuditChain } = await ok(
        'suixian_supervisor',
        `query($i: ID!) { itemAuditChain(itemId: $i, first: 100) { verified } }`,
        { i: id },
      );
      expect(itemAuditChain.verified).toBe(true);
    }
  });

  it('keeps archived items out of the everyday ledger, and finds them with 含已归档', async () => {
    const ids = async (f: Record<string, unknown>) =>
      (await ok('suixian_supervisor', LEDGER, { f })).supervisionItems.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids({ keyword: '归档测试' })).toEqual([]);
    expect((await ids({ keyword: '归档测试', includeArchived: true })).sort()).toEqual(
      [single, yearly].sort(),
    );
    expect((await ids({ status: ['ARCHIVED'] })).sort()).toEqual([single, yearly].sort());
    expect(await ids({})).toContain(itemId);
    // Readable as before.
    const { supervisionItem } = await ok(
      'chengguan_liaison',
      `query($i: ID!) { supervisionItem(id: $i) { title status } }`,
      {
        i: yearly,
      },
    );
    expect(supervisionItem).toEqual({ title: '归档测试乙', status: 'ARCHIVED' });
  });
});
