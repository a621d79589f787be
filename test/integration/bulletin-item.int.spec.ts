/**
 * 督查通报 ↔ 督查事项 (issue 10): a bulletin names the item it concerns, the list of bulletins filters by
 * item (`bulletins(itemId:)`) within the usual scope — issued in the caller's subtree or naming a unit in
 * it — and shows the item. On the real 商丘市 tree: the city criticises 城关镇 about one item and praises
 * 白庙乡 about another. In a database of its own: bulletins number per office and year, and count towards
 * each township's criticisms, which the assessment suite asserts from 1 on.
 */
import { bootPrivateRun, codeOf, PrivateRun, TestApi, usersOf } from '@duban/testing';
import type { DataSource } from 'typeorm';

type User = 'city_supervisor' | 'suixian_supervisor' | 'chengguan_liaison' | 'baimiao_liaison';
let run: PrivateRun;
let api: TestApi;
let owner: DataSource;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => api, token);
const stamp = Date.now().toString(36);
const unit: Record<string, string> = {};
const item: Record<'a' | 'b', string> = { a: '', b: '' };

const ISSUE = `mutation($i: IssueBulletinInput!) { issueBulletin(input: $i) { id number item { id title } } }`;
const OF_ITEM = `query($item: ID) { bulletins(itemId: $item, first: 50) {
  totalCount edges { node { id number item { id } targets { unit { name } } } } } }`;

const numbers = async (who: User, itemId: string) =>
  (await ok(who, OF_ITEM, { item: itemId })).bulletins.edges.map((e: any) => e.node.number);

beforeAll(async () => {
  run = await bootPrivateRun('bulletin_item');
  ({ api, owner } = run);
  for (const u of ['city_supervisor', 'suixian_supervisor', 'chengguan_liaison', 'baimiao_liaison'] as User[])
    token[u] = await api.login(u);
  for (const r of await owner.query(
    `SELECT code, id::text AS id FROM org_unit WHERE code IN ('411422105', '411422206')`,
  ))
    unit[r.code] = r.id;
  for (const k of ['a', 'b'] as const) {
    const d = await ok(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: {
          title: `通报关联 ${k} ${stamp}`,
          source: 'LEADER_INSTRUCTION',
          content: '核验',
          deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        },
      },
    );
    item[k] = d.createSupervisionItem.id;
  }
});

afterAll(async () => {
  await run?.close();
});

describe('bulletins and the items they concern', () => {
  let criticism = '';
  let praise = '';

  beforeAll(async () => {
    const c = await ok('city_supervisor', ISSUE, {
      i: {
        kind: 'CRITICISM',
        level: 'OFFICE',
        targetUnitIds: [unit['411422105']],
        itemId: item.a,
        title: `通报批评 ${stamp}`,
        body: '未按期签收。',
      },
    });
    expect(c.issueBulletin.item).toEqual({ id: item.a, title: `通报关联 a ${stamp}` });
    criticism = c.issueBulletin.number;
    praise = (
      await ok('city_supervisor', ISSUE, {
        i: {
          kind: 'PRAISE',
          level: 'OFFICE',
          targetUnitIds: [unit['411422206']],
          itemId: item.b,
          title: `通报表扬 ${stamp}`,
          body: '提前办结。',
        },
      })
    ).issueBulletin.number;
  });

  it('lists only the bulletins concerning the item asked for', async () => {
    expect(await numbers('city_supervisor', item.a)).toEqual([criticism]);
    expect(await numbers('city_supervisor', item.b)).toEqual([praise]);
    // Without the filter both are there, among the others of the run.
    const all = await ok('city_supervisor', OF_ITEM, { item: null });
    const listed = all.bulletins.edges.map((e: any) => e.node.number);
    expect(listed).toEqual(expect.arrayContaining([criticism, praise]));
  });

  it('keeps the usual scope: the unit named and the offices above see it, another township does not', async () => {
    expect(await numbers('chengguan_liaison', item.a)).toEqual([criticism]);
    expect(await numbers('suixian_supervisor', item.a)).toEqual([criticism]);
    expect(await numbers('baimiao_liaison', item.a)).toEqual([]);
    expect(await numbers('baimiao_liaison', item.b)).toEqual([praise]);
  });

  it('refuses an item id that is not an id, before any SQL', async () => {
    expect(codeOf(await as('city_supervisor', OF_ITEM, { item: 'x' }))).toBe('BAD_USER_INPUT');
  });
});
