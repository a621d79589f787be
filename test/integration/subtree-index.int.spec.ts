/**
 * `assignment` keeps no index on its path (a province cascade would pay for it on every row), so the
 * lists of a subtree's assignments must reach their rows another way: through the org tree's path index
 * and then by unit id. With real volume (several items cascaded to the whole city) and a county's RLS
 * scope, the repositories' own SQL is explained and must use both indexes, and answer what a recount
 * by path says.
 */
import { bootPrivateRun, scopeOf, session, type PrivateRun } from '@duban/testing';
import { cockpitRepository } from '../../libs/server/domain/src/cockpit/cockpit.repository';
import { workbenchRepository } from '../../libs/server/domain/src/workbench/workbench.repository';

let run: PrivateRun;
const KINDS = ['COUNTY', 'TOWNSHIP', 'DEPARTMENT'];

beforeAll(async () => {
  run = await bootPrivateRun('subtree_index');
  const token = await run.api.login('city_supervisor');
  const gql = async <T>(query: string, variables: Record<string, unknown>) => {
    const r = await run.api.gql(query, variables, { token });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data as T;
  };
  const city = await scopeOf(run.owner, '4114');
  for (let n = 1; n <= 4; n++) {
    const { createSupervisionItem: item } = await gql<{ createSupervisionItem: { id: string } }>(
      `mutation($input: CreateSupervisionItemInput!) { createSupervisionItem(input: $input) { id } }`,
      {
        input: {
          title: `全市下发测试 ${n}`,
          content: '下发至全市各级各部门',
          source: 'ANNUAL_TARGET',
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      },
    );
    await gql(`mutation($i: ID!, $c: [CascadeSelector!]) { assignItem(itemId: $i, cascade: $c) { count } }`, {
      i: item.id,
      c: KINDS.map((kind) => ({ underUnitId: city.id, kind })),
    });
  }
  // Some of them overdue and red, as the two lists select.
  await run.owner.query(
    `UPDATE assignment SET overdue = true, light = 'RED' WHERE id % 7 = 0;
     ANALYZE org_unit; ANALYZE assignment`,
  );
}, 180_000);

afterAll(async () => {
  await run?.close();
});

it('explains a county’s overdue and red lists through the org tree’s index and the unit-id index', async () => {
  const [{ n }] = await run.owner.query(`SELECT count(*)::int AS n FROM assignment`);
  expect(n).toBeGreaterThan(10_000);
  const county = await scopeOf(run.owner, '411422');
  const s = session(run.app, county);
  try {
    const explain = { query: (sql: string, p?: unknown[]) => s.query(`EXPLAIN ${sql}`, p) };
    // The repositories type their rows; explained, the same calls return plan lines.
    const planOf = (rows: unknown[]) =>
      (rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
    const plans = [
      planOf(await workbenchRepository.subtreeOverdue(explain, county.path, 10)),
      planOf(await cockpitRepository.redItems(explain, county.path, county.path, 10)),
    ];
    for (const plan of plans) {
      expect(plan).toMatch(/org_unit_path_gist/);
      expect(plan).toMatch(/assignment_inbox_idx/);
      expect(plan).not.toMatch(/Seq Scan on assignment/);
    }
  } finally {
    await s.finish();
  }
});

it('lists exactly the subtree’s rows that a match on the path finds', async () => {
  const county = await scopeOf(run.owner, '411422');
  const s = session(run.app, county);
  try {
    const listed = await workbenchRepository.subtreeOverdue(s, county.path, 100_000);
    const byPath = await run.owner.query(
      `SELECT id::text AS id FROM assignment
        WHERE unit_path <@ $1::ltree AND overdue AND NOT split AND NOT not_applicable AND status NOT IN ('DONE', 'WITHDRAWN')`,
      [county.path],
    );
    expect(byPath.length).toBeGreaterThan(10);
    expect(listed.map((r) => r.id).sort()).toEqual(byPath.map((r: { id: string }) => r.id).sort());
  } finally {
    await s.finish();
  }
});
