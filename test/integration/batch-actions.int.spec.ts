/**
 * 批量签收 and 批量催办 (issue 10): `acceptAssignments(ids)` and `urgeAssignments(ids, text)` run the single
 * write paths for every id in one transaction, all or nothing. A batch naming one assignment the caller may
 * not act on now — another unit's (FORBIDDEN), one already signed for (CONFLICT), one it cannot see
 * (NOT_FOUND) — fails whole, naming the unit, and changes nothing: no status, no audit event, no notice, no
 * number. Lists are bounded (1 to 200). Batch 审核 does not exist on purpose: each report must be read.
 * On the real 商丘市 tree: the city assigns items to 城关镇, 白庙乡 and 睢县.
 */
import type { DataSource } from 'typeorm';
import {
  assignmentIdOf,
  bootApi,
  codeOf,
  expectRollupMatchesRecount,
  TestApi,
  testDataSources,
  usersOf,
} from '@duban/testing';

type User = 'city_supervisor' | 'suixian_supervisor' | 'chengguan_liaison' | 'baimiao_liaison';
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => api, token);
const run = Date.now().toString(36);
const unit: Record<string, string> = {};
const items: string[] = [];

const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status allowedActions } }`;
const URGE = `mutation($ids: [ID!]!, $t: String) { urgeAssignments(ids: $ids, text: $t) { id number } }`;

/** A new item of the city's, assigned to these units (org codes); returns each unit's assignment id. */
async function assigned(...codes: string[]): Promise<string[]> {
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title: `批量操作 ${items.length + 1} ${run}`,
        source: 'LEADER_INSTRUCTION',
        content: '核验',
        deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
    },
  );
  const itemId = createSupervisionItem.id;
  items.push(itemId);
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: codes.map((c) => unit[c]),
    },
  );
  return Promise.all(codes.map((c) => assignmentIdOf(owner, itemId, unit[c])));
}

const statusOf = async (id: string) =>
  (await owner.query(`SELECT status FROM assignment WHERE id = $1`, [id]))[0].status;
const auditCount = async (ids: string[]) =>
  (
    await owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE chain_key = ANY($1::text[])`, [
      ids.map((id) => `assignment:${id}`),
    ])
  )[0].n;
const notices = async (ids: string[]) =>
  (
    await owner.query(`SELECT count(*)::int AS n FROM urge_notice WHERE assignment_id = ANY($1::bigint[])`, [
      ids,
    ])
  )[0].n;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of ['city_supervisor', 'suixian_supervisor', 'chengguan_liaison', 'baimiao_liaison'] as User[])
    token[u] = await api.login(u);
  for (const r of await owner.query(
    `SELECT code, id::text AS id FROM org_unit WHERE code IN ('411422', '411422105', '411422206')`,
  ))
    unit[r.code] = r.id;
});

afterAll(async () => {
  await expectRollupMatchesRecount(owner, ...items);
  await api?.close();
  await close?.();
});

describe('批量签收', () => {
  it('signs for every assignment named, each through the single path (audited, offered actions move on)', async () => {
    const [a] = await assigned('411422105');
    const [b] = await assigned('411422105');
    const before = await auditCount([a, b]);
    const r = await ok('chengguan_liaison', ACCEPT, { ids: [b, a, a] });
    // Each once, in id order.
    expect(r.acceptAssignments.map((x: any) => x.id)).toEqual([a, b].sort((x, y) => Number(x) - Number(y)));
    for (const x of r.acceptAssignments) {
      expect(x.status).toBe('IN_PROGRESS');
      expect(x.allowedActions).not.toContain('ACCEPT');
    }
    expect(await auditCount([a, b])).toBe(before + 2);
  });

  it('one already signed for: CONFLICT naming the unit, and the others stay unsigned', async () => {
    const [first] = await assigned('411422105');
    const [signed] = await assigned('411422105');
    await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: signed });
    const before = await auditCount([first, signed]);
    // `first` comes first (lower id) and passes; `signed` then fails the whole batch.
    const r = await as('chengguan_liaison', ACCEPT, { ids: [first, signed] });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors?.[0].message).toContain('城关镇');
    expect(r.errors?.[0].extensions.assignmentId).toBe(signed);
    expect(r.data).toBeNull();
    expect(await statusOf(first)).toBe('ASSIGNED');
    expect(await auditCount([first, signed])).toBe(before);
  });

  it('another unit’s assignment the caller can see: FORBIDDEN naming it, nothing signed for', async () => {
    const [county] = await assigned('411422');
    const [township] = await assigned('411422105');
    const r = await as('suixian_supervisor', ACCEPT, { ids: [county, township] }, 'en');
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toMatch(/^Nothing was done: 城关镇: /);
    expect(await statusOf(county)).toBe('ASSIGNED');
    expect(await statusOf(township)).toBe('ASSIGNED');
  });

  it('one the caller cannot see: NOT_FOUND as for one, revealing nothing, nothing signed for', async () => {
    const [mine, theirs] = await assigned('411422105', '411422206');
    const r = await as('chengguan_liaison', ACCEPT, { ids: [mine, theirs] });
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).not.toContain('白庙乡');
    expect(await statusOf(mine)).toBe('ASSIGNED');
    expect(await statusOf(theirs)).toBe('ASSIGNED');
  });

  it('bounds the list: none, or more than 200, is refused before anything', async () => {
    expect(codeOf(await as('chengguan_liaison', ACCEPT, { ids: [] }))).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 201 }, (_, i) => String(900_000_000 + i));
    const r = await as('chengguan_liaison', ACCEPT, { ids: many });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions.field).toBe('ids');
  });
});

describe('批量催办', () => {
  it('sends one numbered notice to each, with one text, in the urging office’s series', async () => {
    const [a, b] = await assigned('411422105', '411422206');
    const r = await ok('suixian_supervisor', URGE, { ids: [a, b], t: '请于本周内报送' });
    expect(r.urgeAssignments).toHaveLength(2);
    const numbers = r.urgeAssignments.map((n: any) => n.number);
    expect(new Set(numbers).size).toBe(2);
    for (const n of numbers) expect(n).toMatch(/^睢\S*催〔\d{4}〕\d+号$/);
    expect(await notices([a, b])).toBe(2);
  });

  it('one the caller may not urge (its own unit’s): FORBIDDEN naming it, no notice, no number used', async () => {
    const [township] = await assigned('411422105');
    const [county] = await assigned('411422');
    // The township's id is lower: it is urged first, then the county's own share fails the batch.
    expect(Number(township)).toBeLessThan(Number(county));
    const counter = async () =>
      (
        await owner.query(
          `SELECT coalesce(max(last_seq), 0)::int AS n FROM registration_counter WHERE unit_id = $1 AND series = 'URGE'`,
          [unit['411422']],
        )
      )[0].n;
    const seq = await counter();
    const r = await as('suixian_supervisor', URGE, { ids: [township, county] });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toContain('睢县');
    expect(await notices([township, county])).toBe(0);
    expect(await counter()).toBe(seq);
  });

  it('is for supervisors only', async () => {
    const [a] = await assigned('411422105');
    expect(codeOf(await as('chengguan_liaison', URGE, { ids: [a] }))).toBe('FORBIDDEN');
  });
});
