/**
 * The same mutation sent 20 times at once (a double-clicking clerk, a retrying client, two offices at
 * the same moment): exactly one copy wins, every other copy is refused with CONFLICT — the state moved
 * under it, its input was fine — and the database holds exactly one effect, roll-ups equal to a recount.
 */
import { DataSource } from 'typeorm';
import {
  bootApi,
  CHENGGUAN,
  codeOf,
  expectRollupMatchesRecount,
  SUIXIAN,
  TestApi,
  testDataSources,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
const COPIES = 20;
const BAIMIAO = '411422203';
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const token: Record<string, string> = {};
type User = 'city_supervisor' | 'suixian_supervisor';
const { as, ok } = usersOf<User>(() => api, token);
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Sends `COPIES` copies at once; returns how many succeeded and the codes of the rest. */
async function race(user: User, query: string, variables: Record<string, unknown>) {
  const results = await Promise.all(Array.from({ length: COPIES }, () => as(user, query, variables)));
  return {
    won: results.filter((r) => !r.errors).length,
    codes: [...new Set(results.filter((r) => r.errors).map(codeOf))],
  };
}

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of ['city_supervisor', 'suixian_supervisor'] as const) token[u] = await api.login(u);
});
afterAll(async () => {
  await api?.close();
  await close?.();
});

it('交办, 签收 and 分解 each have one winner; the 19 others get CONFLICT and add nothing', async () => {
  const units = await owner.query(`SELECT code, id::text FROM org_unit WHERE code = ANY($1::text[])`, [
    [SUIXIAN, CHENGGUAN, BAIMIAO],
  ]);
  const unitOf = (code: string) => units.find((u: { code: string }) => u.code === code).id as string;
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title: '并发交办核验', source: 'LEADER_INSTRUCTION', content: '核验', deadline: at(20) } },
  );
  const itemId: string = createSupervisionItem.id;

  const assign = await race(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    { i: itemId, t: [unitOf(SUIXIAN)] },
  );
  expect(assign).toEqual({ won: 1, codes: ['CONFLICT'] });
  const rows = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [itemId]);
  expect(rows).toHaveLength(1);
  const county: string = rows[0].id;

  const accept = await race('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, {
    a: county,
  });
  expect(accept).toEqual({ won: 1, codes: ['CONFLICT'] });

  const delegate = await race(
    'suixian_supervisor',
    `mutation($a: ID!, $t: [ShareInput!], $d: DateTime) { delegateAssignment(id: $a, targets: $t, deadline: $d) { count } }`,
    { a: county, t: [{ unitId: unitOf(CHENGGUAN) }, { unitId: unitOf(BAIMIAO) }], d: at(10) },
  );
  expect(delegate).toEqual({ won: 1, codes: ['CONFLICT'] });
  const children = await owner.query(`SELECT count(*)::int AS n FROM assignment WHERE parent_id = $1`, [
    county,
  ]);
  expect(children[0].n).toBe(2);
  const audit = await owner.query(
    `SELECT action, count(*)::int AS n FROM audit_event WHERE item_id = $1 GROUP BY action ORDER BY action`,
    [itemId],
  );
  expect(audit).toEqual([
    { action: 'assignment.accepted', n: 1 },
    { action: 'assignment.delegated', n: 1 },
    { action: 'item.assigned', n: 1 },
    { action: 'item.registered', n: 1 },
  ]);
  await expectRollupMatchesRecount(owner, itemId);
});

it('a 交办 naming only units that already hold the item is a CONFLICT; units outside the subtree stay BAD_USER_INPUT', async () => {
  const units = await owner.query(`SELECT code, id::text FROM org_unit WHERE code = ANY($1::text[])`, [
    [SUIXIAN],
  ]);
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title: '重复交办核验', source: 'LEADER_INSTRUCTION', content: '核验', deadline: at(20) } },
  );
  const assign = `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`;
  const vars = { i: createSupervisionItem.id, t: [units[0].id] };
  await ok('city_supervisor', assign, vars);
  const again = await as('city_supervisor', assign, vars);
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors![0].message).toContain('已承办');
  const [{ id: county }] = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [
    createSupervisionItem.id,
  ]);
  await ok('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: county });
  // 睢县 naming itself: not below its unit, a mistake in the input, not a race.
  const self = await as(
    'suixian_supervisor',
    `mutation($a: ID!, $t: [ShareInput!]) { delegateAssignment(id: $a, targets: $t) { count } }`,
    { a: county, t: [{ unitId: units[0].id }] },
  );
  expect(codeOf(self)).toBe('BAD_USER_INPUT');
});

it('an item’s first 交办 racing another writer of the same unit is a CONFLICT that writes nothing', async () => {
  const units = await owner.query(`SELECT code, id::text FROM org_unit WHERE code = ANY($1::text[])`, [
    [SUIXIAN, CHENGGUAN],
  ]);
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id status } }`,
    { i: { title: '首次交办竞争核验', source: 'LEADER_INSTRUCTION', content: '核验', deadline: at(20) } },
  );
  const itemId: string = createSupervisionItem.id;
  // Another transaction writes 睢县's row and holds it uncommitted, unseen by the first 交办's check,
  // which therefore inserts without ON CONFLICT and meets the row in the unique index.
  const other = owner.createQueryRunner();
  await other.startTransaction();
  await other.query(
    `INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, role, deadline,
                             light, light_reason_zh, light_reason_en)
     SELECT o.tenant_id, i.id, o.id, o.path, i.issuer_unit_id, i.issuer_path, 'CO', i.deadline, 'GREEN', '-', '-'
       FROM org_unit o, supervision_item i WHERE o.code = $1 AND i.id = $2`,
    [SUIXIAN, itemId],
  );
  const assigning = as(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: units.map((u: { id: string }) => u.id),
    },
  );
  await new Promise((r) => setTimeout(r, 500)); // the 交办 is now waiting on the uncommitted row
  await other.commitTransaction();
  await other.release();
  const r = await assigning;
  expect(codeOf(r)).toBe('CONFLICT');
  expect(r.errors![0].message).toContain('同时交办');
  // Only the other writer's row; the item was not moved to 办理中 and no 交办 was logged.
  const rows = await owner.query(`SELECT unit_id::text FROM assignment WHERE item_id = $1`, [itemId]);
  expect(rows).toHaveLength(1);
  const [item] = await owner.query(`SELECT status FROM supervision_item WHERE id = $1`, [itemId]);
  expect(item.status).toBe(createSupervisionItem.status);
  const logged = await owner.query(
    `SELECT 1 FROM audit_event WHERE item_id = $1 AND action = 'item.assigned'`,
    [itemId],
  );
  expect(logged).toHaveLength(0);
});
