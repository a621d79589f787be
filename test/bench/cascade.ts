/*
 * §5 cascade: one item to every unit of the tree through the API mutation, against the floor of a raw
 * INSERT … SELECT of the same rows on the same database, plus a breakdown of where the API's time goes.
 */
import { Client } from 'pg';
import { targetUnitsSql } from '@duban/domain';
import { GqlClient } from './http';
import { Tree } from './setup';
import { timed } from './stats';

const KINDS = ['CITY', 'COUNTY', 'TOWNSHIP', 'DEPARTMENT'] as const;

export async function createItem(api: GqlClient, token: string, title: string): Promise<string> {
  const deadline = new Date(Date.now() + 60 * 86_400_000).toISOString();
  const data = await api.must<{ createSupervisionItem: { id: string } }>(
    `mutation Create($input: CreateSupervisionItemInput!) { createSupervisionItem(input: $input) { id regNumber } }`,
    {
      input: {
        title,
        content: `性能基准：${title}，下发至全省各级各部门`,
        source: 'ANNUAL_TARGET',
        deadline,
      },
    },
    token,
  );
  return data.createSupervisionItem.id;
}

/** assignItem with a whole-level selector for every kind below the root: every unit of the tree. */
export async function cascadeViaApi(
  api: GqlClient,
  token: string,
  itemId: string,
  tree: Tree,
): Promise<{ ms: number; count: number }> {
  const cascade = KINDS.map((kind) => ({ underUnitId: tree.rootId, kind }));
  const { ms, value } = await timed(() =>
    api.must<{ assignItem: { count: number } }>(
      `mutation Cascade($item: ID!, $cascade: [CascadeSelector!]) { assignItem(itemId: $item, cascade: $cascade) { count } }`,
      { item: itemId, cascade },
      token,
    ),
  );
  return { ms, count: value.assignItem.count };
}

/** The values the API wrote for a cascaded item, so the floor inserts identical rows. */
interface AssignmentTemplate {
  issuerUnitId: string;
  issuerPath: string;
  deadline: Date;
  light: string;
  reasonZh: string;
  reasonEn: string;
}

export async function templateOf(owner: Client, itemId: string): Promise<AssignmentTemplate> {
  const { rows } = await owner.query(
    `SELECT issuer_unit_id::text AS "issuerUnitId", issuer_path::text AS "issuerPath", deadline, light,
            light_reason_zh AS "reasonZh", light_reason_en AS "reasonEn"
       FROM assignment WHERE item_id = $1 LIMIT 1`,
    [itemId],
  );
  if (!rows.length) throw new Error(`item ${itemId} has no assignments to copy`);
  return rows[0];
}

/**
 * The floor: the same rows written by one plain INSERT … SELECT FROM org_unit as the owner, timed with
 * its COMMIT (the API's time includes its commit too). It commits into a throwaway item, which then
 * counts towards the volume phase (its roll-up is rebuilt there).
 */
export async function cascadeFloor(
  owner: Client,
  itemId: string,
  tree: Tree,
  t: AssignmentTemplate,
): Promise<{ ms: number; count: number }> {
  const { ms, value } = await timed(async () => {
    await owner.query('BEGIN');
    const res = await owner.query(
      `INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, role, deadline,
                               light, light_reason_zh, light_reason_en)
       SELECT o.tenant_id, $1, o.id, o.path, $2, $3::ltree, 'CO', $4, $5, $6, $7
         FROM org_unit o WHERE o.tenant_id = $8 AND o.id <> $8`,
      [itemId, t.issuerUnitId, t.issuerPath, t.deadline, t.light, t.reasonZh, t.reasonEn, tree.tenantId],
    );
    await owner.query('COMMIT');
    return res.rowCount ?? 0;
  });
  return { ms, count: value };
}

export interface Breakdown {
  insertMs: number;
  rollupMs: number;
  plans: string;
}

/**
 * Where the cascade's time goes, on the app role under RLS as the API runs it: the service's
 * INSERT … SELECT for an item's first cascade (no ON CONFLICT: no unit holds the item yet; rebuilt
 * here from targetUnitsSql, the service's own target SQL) and the
 * duban_rollup_add_new() call, each timed, in a transaction that is rolled back. A second, also
 * rolled-back run records the plans with auto_explain (nested statements included), sent to the
 * client as notices, for the write-up.
 */
export async function cascadeBreakdown(
  owner: Client,
  tree: Tree,
  itemId: string,
  t: AssignmentTemplate,
): Promise<Breakdown> {
  const params: unknown[] = [];
  const targets = targetUnitsSql(
    params,
    tree.rootPath,
    [],
    KINDS.map((kind) => ({ underUnitId: tree.rootId, kind }) as never),
  );
  const p = (v: unknown) => `$${params.push(v)}`;
  const insert = `WITH t AS (${targets}), ins AS (
      INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, role, deadline, target,
                              light, light_reason_zh, light_reason_en)
      SELECT t.tenant_id, ${p(itemId)}, t.id, t.path, ${p(t.issuerUnitId)}, ${p(t.issuerPath)}::ltree,
             CASE WHEN t.id = ${p(null)}::bigint THEN 'LEAD' ELSE 'CO' END, ${p(t.deadline)}, s.target,
             ${p(t.light)}, ${p(t.reasonZh)}, ${p(t.reasonEn)}
        FROM t LEFT JOIN unnest(${p([])}::bigint[], ${p([])}::numeric[]) AS s(unit_id, target) ON s.unit_id = t.id
      RETURNING id)
    SELECT count(*)::int AS n, min(id) AS min, max(id) AS max FROM ins`;

  const runOnce = async (explain: boolean) => {
    await owner.query('BEGIN');
    try {
      if (explain) {
        await owner.query(`LOAD 'auto_explain'`);
        for (const [k, v] of Object.entries({
          'auto_explain.log_min_duration': '20',
          'auto_explain.log_analyze': 'on',
          'auto_explain.log_buffers': 'on',
          'auto_explain.log_triggers': 'on', // the foreign-key checks are a large part of an insert
          'auto_explain.log_nested_statements': 'on',
          'auto_explain.log_level': 'notice',
          client_min_messages: 'notice',
        }))
          await owner.query(`SELECT set_config($1, $2, true)`, [k, v]);
      }
      await owner.query(`SET LOCAL ROLE duban_app`);
      await owner.query(
        `SELECT set_config('duban.tenant_id', $1, true), set_config('duban.scope_path', $2, true)`,
        [tree.tenantId, tree.rootPath],
      );
      const ins = await timed(() => owner.query(insert, params));
      const { min, max } = ins.value.rows[0];
      const rollup = await timed(() =>
        owner.query(`SELECT duban_rollup_add_new($1, NULL, $2, $3)`, [itemId, min, max]),
      );
      return { insertMs: ins.ms, rollupMs: rollup.ms };
    } finally {
      await owner.query('ROLLBACK');
    }
  };

  const timing = await runOnce(false);
  const notices: string[] = [];
  const onNotice = (n: { message?: string }) => n.message && notices.push(n.message);
  owner.on('notice', onNotice);
  try {
    await runOnce(true);
  } finally {
    owner.off('notice', onNotice);
  }
  return { ...timing, plans: notices.join('\n\n') };
}
