import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roll-up counters as this migration found them (frozen here: migrations never import runtime
 * code), each as one assignment `a`'s contribution — mirrors contribution() in @duban/rules.
 */
const COLS: [string, string][] = [
  ['total', `1`],
  ['st_assigned', `(a.status = 'ASSIGNED')::int`],
  ['st_in_progress', `(a.status = 'IN_PROGRESS')::int`],
  ['st_awaiting_signature', `(a.status = 'AWAITING_SIGNATURE')::int`],
  ['st_under_review', `(a.status = 'UNDER_REVIEW')::int`],
  ['st_done', `(a.status = 'DONE')::int`],
  ['st_withdrawn', `(a.status = 'WITHDRAWN')::int`],
  ['applicable', `a.live::int`],
  ['overdue', `(a.live AND a.open AND a.overdue)::int`],
  ['done_on_time', `(a.live AND a.status = 'DONE' AND NOT a.done_late)::int`],
  ['done_late', `(a.live AND a.status = 'DONE' AND a.done_late)::int`],
  ['returned_open', `(a.live AND a.open AND a.returned)::int`],
  ['not_applicable', `a.not_applicable::int`],
  ['target_sum', `CASE WHEN a.live THEN coalesce(a.target, 0) ELSE 0 END`],
  ['achieved_sum', `CASE WHEN a.live THEN coalesce(a.achieved, 0) ELSE 0 END`],
  [
    'progress_sum',
    `CASE WHEN NOT a.live THEN 0 WHEN a.status = 'DONE' THEN 100 ELSE least(100, greatest(0, a.progress_percent)) END`,
  ],
  ['red', `(a.live AND a.light = 'RED')::int`],
  ['yellow', `(a.live AND a.light = 'YELLOW')::int`],
  ['green', `(a.live AND a.light = 'GREEN')::int`],
  ['escalated_open', `(a.live AND a.open AND a.escalated)::int`],
];

const NAMES = COLS.map(([c]) => c);
const isSum = (c: string) => c.endsWith('_sum');
/** sum(<expr>) per column, cast back to the column's type. */
const sums = (from: (c: string, expr: string) => string) =>
  COLS.map(([c, e]) => `sum(${from(c, e)})${isSum(c) ? '' : '::int'} AS ${c}`).join(',\n      ');
const LIVE_OPEN = `(NOT x.not_applicable AND x.status <> 'WITHDRAWN') AS live, x.status NOT IN ('DONE', 'WITHDRAWN') AS open`;
const addTo = (table: string) =>
  NAMES.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ') + ', updated_at = now()';

/** The new rows (ids min..max under a parent), as both versions select them. */
const NEW_ROWS = `x.id BETWEEN $3 AND $4 AND x.item_id = $1 AND x.parent_id IS NOT DISTINCT FROM $2
                       AND NOT x.split AND nlevel(x.unit_path) > 1
                       AND x.tenant_id = duban_tenant() AND x.issuer_path <@ duban_scope_path()`;
const PARENT = `ltree2text(subpath(x.unit_path, -2, 1))::bigint`;
/** What a just-created assignment is: 待签收, nothing reported, nothing flagged. */
const FRESH = `x.status = 'ASSIGNED' AND NOT x.not_applicable AND NOT x.overdue AND NOT x.done_late
               AND NOT x.returned AND NOT x.escalated AND x.achieved IS NULL AND x.progress_percent = 0`;
/**
 * A fresh row of light `light` and no target, as the contribution expressions read a row; a row's
 * own target is added on top (target_sum is linear in it).
 */
const freshRow = (
  light: string,
) => `(SELECT 'ASSIGNED'::text AS status, false AS not_applicable, false AS overdue,
                      false AS done_late, false AS returned, false AS escalated, NULL::numeric AS target,
                      NULL::numeric AS achieved, 0 AS progress_percent, ${light}::text AS light, true AS live, true AS open)`;
/** A counter of `n` fresh rows of one light whose targets sum to `target`, as `sums` takes it. */
const fresh = (n: string, target: string) => (c: string, e: string) =>
  c === 'target_sum' ? target : `${n} * (${e})`;

/** The function around `steps`: CTEs `p` (counters per parent unit) and `own` (per new row's unit). */
const addNew = (
  steps: string,
) => `CREATE OR REPLACE FUNCTION duban_rollup_add_new(p_item bigint, p_parent bigint, p_min bigint, p_max bigint)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' SET jit = off AS $f$
      DECLARE
        nestloop text := current_setting('enable_nestloop');
        indexscan text := current_setting('enable_indexscan');
      BEGIN
        IF duban_scope_path() IS NULL THEN
          RAISE EXCEPTION 'roll-up without a caller scope' USING ERRCODE = '42501';
        END IF;
        PERFORM duban_rollup_lock();
        IF p_max - p_min > 1000 THEN
          PERFORM set_config('enable_nestloop', 'off', true);
          -- The new rows lie together in id order: one bitmap scan, not the item index's random reads.
          PERFORM set_config('enable_indexscan', 'off', true);
        END IF;
        EXECUTE $q$
          WITH ${steps},
          up AS (
            SELECT g.anc::bigint AS unit_id, ${sums((c) => `p.${c}`)}
              FROM p JOIN org_unit pu ON pu.id = p.parent_id
              CROSS JOIN LATERAL unnest(string_to_array(ltree2text(pu.path), '.')) AS g(anc)
             GROUP BY g.anc),
          s AS MATERIALIZED (
            SELECT v.unit_id, o.tenant_id, o.path, ${sums((c) => `v.${c}`)}
              FROM (SELECT unit_id, ${NAMES.join(', ')} FROM own UNION ALL SELECT unit_id, ${NAMES.join(', ')} FROM up) v
              JOIN org_unit o ON o.id = v.unit_id AND o.kind <> 'DEPARTMENT'
             GROUP BY v.unit_id, o.tenant_id, o.path),
          t AS (
            INSERT INTO roll_up_total (unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
            SELECT s.unit_id, s.tenant_id, s.path, ${NAMES.map((c) => `s.${c}`).join(', ')} FROM s
            ON CONFLICT (unit_id) DO UPDATE SET ${addTo('roll_up_total')})
          INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
          SELECT $1, s.unit_id, s.tenant_id, s.path, ${NAMES.map((c) => `s.${c}`).join(', ')} FROM s
          ON CONFLICT (item_id, unit_id) DO UPDATE SET ${addTo('roll_up')}
        $q$ USING p_item, p_parent, p_min, p_max;
        PERFORM set_config('enable_nestloop', nestloop, true);
        PERFORM set_config('enable_indexscan', indexscan, true);
      END $f$`;

/**
 * A fresh cascade's roll-up (`duban_rollup_add_new`) counts its rows instead of adding up twenty
 * counters per row. Its rows are just created (the cascade and 转办 call it right after their INSERT):
 * 待签收, nothing reported or flagged, so under one parent they differ only in light and target. They
 * are counted per (parent, light) with their targets summed, and each group's counters are the
 * contribution of one such row times the count (a province cascade: ~50,000 rows → ~2,800 groups);
 * the units that hold units add one such row for their own assignment. The rows are read once, narrow,
 * in one bitmap scan of their id range. A row that is not fresh is refused (the transaction fails)
 * rather than counted wrong. Province cascade: 194 → 144 ms for this function, with equal results on
 * uniform rows and on rows of mixed lights and targets; the roll-up = recount check and the roll-up
 * tests hold it to the same sums.
 */
export class RollupAddNewFresh1765960000002 implements MigrationInterface {
  name = 'RollupAddNewFresh1765960000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION duban_require_fresh(ok boolean) RETURNS boolean
      LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        IF ok IS NOT TRUE THEN
          RAISE EXCEPTION 'roll-up of new assignments found one that is not new' USING ERRCODE = '55000';
        END IF;
        RETURN true;
      END $$`);
    await q.query(
      addNew(`r AS MATERIALIZED (
            SELECT x.unit_id, ${PARENT} AS parent_id, x.light, ${FRESH} AS fresh, x.target
              FROM assignment x WHERE ${NEW_ROWS}),
          g AS (
            SELECT r.parent_id, r.light, bool_and(r.fresh) AS fresh, count(*) AS n, coalesce(sum(r.target), 0) AS target
              FROM r GROUP BY r.parent_id, r.light),
          p AS (
            SELECT g.parent_id, ${sums(fresh('g.n', 'g.target'))}
              FROM g CROSS JOIN LATERAL ${freshRow('g.light')} a
             WHERE duban_require_fresh(g.fresh)
             GROUP BY g.parent_id),
          own AS (
            SELECT r.unit_id, ${COLS.map(([c, e]) => `${fresh('1', 'coalesce(r.target, 0)')(c, e)} AS ${c}`).join(', ')}
              FROM r JOIN org_unit o ON o.id = r.unit_id AND o.kind <> 'DEPARTMENT'
              CROSS JOIN LATERAL ${freshRow('r.light')} a)`),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      addNew(`c AS MATERIALIZED (
            SELECT a.unit_id, ${PARENT.replace('x.', 'a.')} AS parent_id, ${COLS.map(([c, e]) => `${e} AS ${c}`).join(', ')}
              FROM (SELECT x.*, ${LIVE_OPEN} FROM assignment x WHERE ${NEW_ROWS}) a),
          p AS (SELECT c.parent_id, ${sums((col) => `c.${col}`)} FROM c GROUP BY c.parent_id),
          own AS (SELECT * FROM c)`),
    );
    await q.query(`DROP FUNCTION duban_require_fresh(boolean)`);
  }
}
