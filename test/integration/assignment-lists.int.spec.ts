/**
 * Every assignment table filters and sorts on the server (issue 10): the item page's 承办单位
 * (`SupervisionItem.assignmentList`), 待办 (`myAssignments`) and 下级办理 (`subtreeAssignments`) take the
 * same filter — status, light, 已逾期, unit kind, a name search — and the same sorts — deadline, progress,
 * light, name (pinyin) — keyset paged, each within the caller's scope. The 交办 preview lists the units it
 * would create. Set up on the real 商丘市 tree: the city assigns an item to all 20 townships of 睢县 and to
 * 睢县财政局; 城关镇 is made overdue and signs for it (red), 白庙乡 signs and reports 80%.
 */
import { DataSource } from 'typeorm';
import {
  bootApi,
  codeOf,
  expectRollupMatchesRecount,
  TestApi,
  testDataSources,
  usersOf,
} from '@duban/testing';

type User =
  'city_supervisor' | 'city_leader' | 'suixian_supervisor' | 'chengguan_liaison' | 'baimiao_liaison';
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => api, token);
const run = Date.now().toString(36);
const TITLE = `列表筛选 ${run}`;
const unit: Record<string, string> = {};
let itemId = '';
let regNumber = '';

const NODE = `id status light progressPercent deadline unit { id name kind }`;
const LIST = `query($id: ID!, $f: AssignmentListFilter, $s: AssignmentSort, $n: Int, $a: String) {
  supervisionItem(id: $id) { assignmentList(filter: $f, sort: $s, first: $n, after: $a) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } } }`;

/** The item's 承办单位 as `who` lists them, every page of `n`. */
async function list(who: User, f: Record<string, unknown> = {}, s?: Record<string, unknown>, n = 50) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const d: any = await ok(who, LIST, { id: itemId, f, s: s ?? null, n, a: after });
    const conn = d.supervisionItem.assignmentList;
    nodes.push(...conn.edges.map((e: any) => e.node));
    if (!conn.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(conn.totalCount);
      return nodes;
    }
    after = conn.pageInfo.endCursor;
  }
}
const names = (nodes: any[]) => nodes.map((a) => a.unit.name);

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of [
    'city_supervisor',
    'city_leader',
    'suixian_supervisor',
    'chengguan_liaison',
    'baimiao_liaison',
  ] as User[])
    token[u] = await api.login(u);
  for (const r of await owner.query(
    `SELECT code, name, id::text AS id FROM org_unit WHERE code IN ('411422', '411422105', '411422206') OR name = '睢县财政局'`,
  ))
    unit[r.code.length > 9 ? r.name : r.code] = r.id;
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('the 交办 preview lists the units it would create', () => {
  it('names them in tree order with their count, bounded by first', async () => {
    const q = `query($t: [ID!], $c: [CascadeSelector!], $n: Int) {
      previewAssignmentUnits(targets: $t, cascade: $c, first: $n) { count units { id name parent { id name } } } }`;
    const vars = { t: [unit['睢县财政局']], c: [{ underUnitId: unit['411422'], kind: 'TOWNSHIP' }] };
    const all = (await ok('city_supervisor', q, { ...vars, n: 50 })).previewAssignmentUnits;
    expect(all.count).toBe(21);
    expect(all.units).toHaveLength(21);
    expect(new Set(all.units.map((u: any) => u.parent.name))).toEqual(new Set(['睢县']));
    expect(all.units.map((u: any) => u.name)).toEqual(
      expect.arrayContaining(['城关镇', '白庙乡', '睢县财政局']),
    );
    // The same count as the count-only preview, which uses the same SQL.
    const count = await ok(
      'city_supervisor',
      `query($t: [ID!], $c: [CascadeSelector!]) { previewAssignment(targets: $t, cascade: $c) }`,
      vars,
    );
    expect(count.previewAssignment).toBe(21);
    const few = (await ok('city_supervisor', q, { ...vars, n: 5 })).previewAssignmentUnits;
    expect(few).toMatchObject({ count: 21 });
    expect(few.units.map((u: any) => u.id)).toEqual(all.units.slice(0, 5).map((u: any) => u.id));
    // A township's own scope holds none of 睢县's other units.
    const none = (await ok('chengguan_liaison', q, { ...vars, n: 5 })).previewAssignmentUnits;
    expect(none).toEqual({ count: 0, units: [] });
  });
});

describe('filter and sort on every assignment table', () => {
  beforeAll(async () => {
    const created = await ok(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id regNumber } }`,
      {
        i: {
          title: TITLE,
          source: 'LEADER_INSTRUCTION',
          content: '核验列表',
          deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        },
      },
    );
    ({ id: itemId, regNumber } = created.createSupervisionItem);
    await ok(
      'city_supervisor',
      `mutation($i: ID!, $t: [ID!], $c: [CascadeSelector!]) { assignItem(itemId: $i, targets: $t, cascade: $c) { count } }`,
      { i: itemId, t: [unit['睢县财政局']], c: [{ underUnitId: unit['411422'], kind: 'TOWNSHIP' }] },
    );
    const mine = async (who: User) =>
      (await ok(who, `query($id: ID!) { supervisionItem(id: $id) { myAssignments { id } } }`, { id: itemId }))
        .supervisionItem.myAssignments[0].id;
    // 城关镇's deadline passed yesterday (as the owner); signing for it recomputes its light: red.
    const chengguan = await mine('chengguan_liaison');
    await owner.query(`UPDATE assignment SET deadline = now() - interval '1 day' WHERE id = $1`, [chengguan]);
    await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: chengguan });
    const baimiao = await mine('baimiao_liaison');
    await ok('baimiao_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: baimiao });
    await ok(
      'baimiao_liaison',
      `mutation($a: ID!) { submitProgress(assignmentId: $a, input: { percent: 80, text: "已完成八成" }) { id } }`,
      { a: baimiao },
    );
  });

  afterAll(() => expectRollupMatchesRecount(owner, itemId));

  it('the item page’s table: status, light, 已逾期, unit kind and name search, alone and together', async () => {
    expect(await list('city_supervisor')).toHaveLength(21);
    expect(names(await list('city_supervisor', { status: ['IN_PROGRESS'] })).sort()).toEqual(
      ['城关镇', '白庙乡'].sort(),
    );
    expect(names(await list('city_supervisor', { light: ['RED'] }))).toEqual(['城关镇']);
    expect(names(await list('city_supervisor', { overdue: true }))).toEqual(['城关镇']);
    expect(await list('city_supervisor', { overdue: false })).toHaveLength(20);
    expect(names(await list('city_supervisor', { unitKind: ['DEPARTMENT'] }))).toEqual(['睢县财政局']);
    expect(await list('city_supervisor', { unitKind: ['TOWNSHIP'] })).toHaveLength(20);
    expect(names(await list('city_supervisor', { search: '城关' }))).toEqual(['城关镇']);
    // The item's number matches every row of it; LIKE wildcards are taken literally.
    expect(await list('city_supervisor', { search: regNumber })).toHaveLength(21);
    expect(await list('city_supervisor', { search: '%' })).toHaveLength(0);
    expect(await list('city_supervisor', { status: ['IN_PROGRESS'], light: ['GREEN'] })).toHaveLength(1);
  });

  it('sorts by deadline, progress, light and name, the same across pages of any size', async () => {
    const byProgress = await list('city_supervisor', {}, { key: 'PROGRESS', descending: true }, 4);
    expect(byProgress[0].unit.name).toBe('白庙乡');
    expect(byProgress.map((a) => a.progressPercent)).toEqual(
      [...byProgress.map((a) => a.progressPercent)].sort((x, y) => y - x),
    );
    expect((await list('city_supervisor', {}, { key: 'LIGHT' }, 4))[0].unit.name).toBe('城关镇');
    expect((await list('city_supervisor', {}, { key: 'DEADLINE' }, 4))[0].unit.name).toBe('城关镇');
    expect(
      (await list('city_supervisor', {}, { key: 'DEADLINE', descending: true }, 4)).at(-1).unit.name,
    ).toBe('城关镇');
    // Pinyin: 白庙乡 (bai) before 城关镇 (cheng) before 睢县财政局 (sui); reversed descending.
    const byName = names(await list('city_supervisor', {}, { key: 'NAME' }, 3));
    expect(byName).toEqual(names(await list('city_supervisor', {}, { key: 'NAME' }, 50)));
    expect(byName.indexOf('白庙乡')).toBeLessThan(byName.indexOf('城关镇'));
    expect(byName.indexOf('城关镇')).toBeLessThan(byName.indexOf('睢县财政局'));
    expect(names(await list('city_supervisor', {}, { key: 'NAME', descending: true }, 7))).toEqual(
      [...byName].reverse(),
    );
  });

  it('refuses a page cursor of another order', async () => {
    const d = await ok('city_supervisor', LIST, { id: itemId, f: {}, s: { key: 'NAME' }, n: 2 });
    const after = d.supervisionItem.assignmentList.pageInfo.endCursor;
    const r = await as('city_supervisor', LIST, {
      id: itemId,
      f: {},
      s: { key: 'DEADLINE' },
      n: 2,
      a: after,
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions.field).toBe('after');
  });

  it('keeps each caller to its scope: 睢县 sees all, a township only its own', async () => {
    expect(await list('suixian_supervisor')).toHaveLength(21);
    expect(names(await list('chengguan_liaison'))).toEqual(['城关镇']);
    expect(await list('chengguan_liaison', { search: '白庙' })).toHaveLength(0);
  });

  it('待办 takes the same filter and sorts (NAME is the item’s title), within the tab’s statuses', async () => {
    const q = `query($st: [AssignmentStatus!], $f: AssignmentListFilter, $s: AssignmentSort) {
      myAssignments(status: $st, filter: $f, sort: $s, first: 50) { totalCount edges { node { id itemId light } } } }`;
    const red = await ok('chengguan_liaison', q, { f: { light: ['RED'], search: TITLE } });
    expect(red.myAssignments.edges.map((e: any) => e.node.itemId)).toEqual([itemId]);
    const green = await ok('chengguan_liaison', q, { f: { light: ['GREEN'], search: TITLE } });
    expect(green.myAssignments.totalCount).toBe(0);
    // The tab (待签收) and the filter (办理中) do not overlap: nothing, whatever else the unit holds.
    const none = await ok('chengguan_liaison', q, { st: ['ASSIGNED'], f: { status: ['IN_PROGRESS'] } });
    expect(none.myAssignments.totalCount).toBe(0);
    const sorted = await ok('chengguan_liaison', q, { s: { key: 'NAME' } });
    expect(sorted.myAssignments.totalCount).toBeGreaterThan(0);
  });

  it('下级办理 takes them too, on top of 逾期未签收', async () => {
    const q = `query($f: SubtreeAssignmentFilter, $s: AssignmentSort) {
      subtreeAssignments(filter: $f, sort: $s, first: 50) { totalCount edges { node { id progressPercent unit { name } } } } }`;
    const dept = await ok('suixian_supervisor', q, { f: { unitKind: ['DEPARTMENT'], search: TITLE } });
    expect(dept.subtreeAssignments.edges.map((e: any) => e.node.unit.name)).toEqual(['睢县财政局']);
    const byProgress = await ok('suixian_supervisor', q, {
      f: { search: TITLE },
      s: { key: 'PROGRESS', descending: true },
    });
    expect(byProgress.subtreeAssignments.totalCount).toBe(21);
    expect(byProgress.subtreeAssignments.edges[0].node.unit.name).toBe('白庙乡');
    const overdue = await ok('suixian_supervisor', q, {
      f: { search: TITLE, overdue: true, unsigned: false },
    });
    expect(overdue.subtreeAssignments.edges.map((e: any) => e.node.unit.name)).toEqual(['城关镇']);
  });

  it('offers 人工调整灯色 exactly where the API accepts it (supervisors and leaders above or at the unit)', async () => {
    const q = `query($id: ID!) { supervisionItem(id: $id) { myAssignments { id rollup { canOverrideLight } } } }`;
    const detail = `query($a: ID!) { assignment(id: $a) { rollup { orgUnitId canOverrideLight lightOverridden light } } }`;
    const chengguan = (await ok('chengguan_liaison', q, { id: itemId })).supervisionItem.myAssignments[0];
    expect(chengguan.rollup.canOverrideLight).toBe(false);
    for (const who of ['city_supervisor', 'city_leader', 'suixian_supervisor'] as const)
      expect({
        who,
        can: (await ok(who, detail, { a: chengguan.id })).assignment.rollup.canOverrideLight,
      }).toEqual({
        who,
        can: true,
      });
    const set = `mutation($i: ID!, $u: ID!, $l: Light, $r: String!) {
      overrideRollupLight(itemId: $i, orgUnitId: $u, light: $l, reason: $r) { light lightOverridden lightReason } }`;
    const vars = { i: itemId, u: unit['411422105'], l: 'YELLOW', r: '已约谈，限期整改' };
    expect(codeOf(await as('chengguan_liaison', set, vars))).toBe('FORBIDDEN');
    const r = await ok('suixian_supervisor', set, vars);
    expect(r.overrideRollupLight).toMatchObject({ light: 'YELLOW', lightOverridden: true });
    expect(r.overrideRollupLight.lightReason).toContain('已约谈，限期整改');
    expect((await ok('city_supervisor', detail, { a: chengguan.id })).assignment.rollup).toMatchObject({
      light: 'YELLOW',
      lightOverridden: true,
    });
  });
});
