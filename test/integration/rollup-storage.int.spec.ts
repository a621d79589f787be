/**
 * How roll-ups are stored (issue 13): per-item and all-items rows only for units that can hold units,
 * kept together and equal to a recount; a department's roll-up is its own assignments. Also: an
 * assignment's item and unit are checked once per statement (no per-row foreign keys), and every RLS
 * policy reads the scope once per statement.
 */
import { DataSource } from 'typeorm';
import { rollupDifferences } from '@duban/domain';
import { bootApi, expectRollupMatchesRecount, testDataSources, TestApi } from '@duban/testing';

let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
let token: string;
const unit: Record<string, string> = {};
let itemId: string;

const ITEM = `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`;
const ASSIGN = `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  token = await api.login('city_supervisor');
  const rows = await owner.query(
    `SELECT code, id::text FROM org_unit WHERE code IN ('4114', '411422', '411422-D01', '411422105')`,
  );
  for (const r of rows) unit[r.code] = r.id;
  const created = await api.gql(
    ITEM,
    {
      i: {
        title: '汇总存储核验',
        source: 'LEADER_INSTRUCTION',
        content: '核验部门汇总',
        deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
    },
    { token },
  );
  itemId = created.data!.createSupervisionItem.id;
  const assigned = await api.gql(
    ASSIGN,
    { i: itemId, t: [unit['411422-D01'], unit['411422105']] },
    { token },
  );
  expect(assigned.data).toEqual({ assignItem: { count: 2 } });
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('roll-up rows', () => {
  it('are kept for the units that hold units, per item and over all items, not for departments', async () => {
    const stored = async (table: string, extra = '') =>
      (
        await owner.query(
          `SELECT o.code FROM ${table} r JOIN org_unit o ON o.id = r.unit_id
            WHERE r.unit_id = ANY($1::bigint[]) ${extra} ORDER BY o.code`,
          [Object.values(unit), ...(extra ? [itemId] : [])],
        )
      ).map((r: { code: string }) => r.code);
    expect(await stored('roll_up', 'AND r.item_id = $2')).toEqual(['4114', '411422', '411422105']);
    expect(await stored('roll_up_total')).toEqual(['4114', '411422', '411422105']);
    await expectRollupMatchesRecount(owner, itemId);
  });

  it('answer a department from its own assignments, per item and over all items', async () => {
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM assignment WHERE unit_id = $1 AND NOT split`,
      [unit['411422-D01']],
    );
    const r = await api.gql(
      `query($u: ID!, $d: ID!, $i: ID!) {
        orgUnit(id: $u) { rollup { total } children { id rollup { total assigned } } }
        dept: orgUnit(id: $d) { rollup(itemId: $i) { total assigned light } }
      }`,
      { u: unit['411422'], d: unit['411422-D01'], i: itemId },
      { token },
    );
    expect(r.errors).toBeUndefined();
    const child = r.data!.orgUnit.children.find((c: { id: string }) => c.id === unit['411422-D01']);
    expect(child.rollup.total).toBe(n);
    expect(r.data!.dept.rollup).toEqual({ total: 1, assigned: 1, light: 'GREEN' });
  });

  it('all-items rows equal the sum of the per-item rows everywhere (the full check)', async () => {
    const totals = (await rollupDifferences((sql, p) => owner.query(sql, p))).filter((d) => d.itemId === '*');
    expect(totals).toEqual([]);
  });
});

it('counts a cascade’s new rows only while they are new: a changed one is refused, not miscounted', async () => {
  const tx = owner.createQueryRunner();
  await tx.startTransaction();
  try {
    const [{ tenant, min, max }] = await tx.query(
      `SELECT min(tenant_id)::text AS tenant, min(id)::text AS min, max(id)::text AS max FROM assignment WHERE item_id = $1`,
      [itemId],
    );
    await tx.query(
      `SELECT set_config('duban.tenant_id', $1, true), set_config('duban.scope_path', $1, true)`,
      [tenant],
    );
    await tx.query(`UPDATE assignment SET status = 'IN_PROGRESS' WHERE id = $1`, [max]);
    await expect(
      tx.query(`SELECT duban_rollup_add_new($1, NULL, $2, $3)`, [itemId, min, max]),
    ).rejects.toMatchObject({ code: '55000' });
  } finally {
    await tx.rollbackTransaction();
    await tx.release();
  }
  await expectRollupMatchesRecount(owner, itemId);
});

describe("an assignment's references", () => {
  const insert = (itemRef: string, unitRef: string) =>
    owner.query(
      `INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, deadline)
       SELECT o.tenant_id, ${itemRef}, ${unitRef}, o.path, o.id, o.path, now() + interval '1 day'
         FROM org_unit o WHERE o.id = $1`,
      [unit['411422105']],
    );

  it('are checked once per statement: an item or a unit that does not exist is refused', async () => {
    await expect(insert('999999999', unit['411422-D01'])).rejects.toMatchObject({ code: '23503' });
    await expect(insert(itemId, '999999999')).rejects.toMatchObject({ code: '23503' });
  });

  it('stay: an assignment keeps its unit, and a unit with assignments cannot be deleted', async () => {
    await expect(
      owner.query(`UPDATE assignment SET unit_id = $2 WHERE item_id = $1 AND unit_id = $3`, [
        itemId,
        unit['411422'],
        unit['411422-D01'],
      ]),
    ).rejects.toMatchObject({ code: '23503' });
    await expect(owner.query(`DELETE FROM org_unit WHERE id = $1`, [unit['411422-D01']])).rejects.toThrow(
      /assignments/,
    );
    // Roll-up rows keep no keys of their own: a unit holding them has assignments below it, so it stays.
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM roll_up WHERE unit_id = $1`, [
      unit['411422'],
    ]);
    expect(n).toBeGreaterThan(0);
    await expect(owner.query(`DELETE FROM org_unit WHERE id = $1`, [unit['411422']])).rejects.toThrow();
    await expect(owner.query(`DELETE FROM supervision_item WHERE id = $1`, [itemId])).rejects.toThrow();
  });
});

it('row-level security reads the scope once per statement in every policy', async () => {
  const policies: { policyname: string; expr: string }[] = await owner.query(
    `SELECT policyname, coalesce(qual, '') || ' ' || coalesce(with_check, '') AS expr FROM pg_policies
      WHERE schemaname = 'public'`,
  );
  expect(policies.length).toBeGreaterThan(20);
  const direct = policies.filter((p) =>
    /(?<!SELECT )duban_(tenant|scope_path)\(\)/.test(p.expr.replace(/\(\s+SELECT/g, '(SELECT')),
  );
  expect(direct.map((p) => p.policyname)).toEqual([]);
});
