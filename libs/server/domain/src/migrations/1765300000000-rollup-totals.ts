import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roll-up counters as this migration found them (frozen here: migrations never import runtime
 * code), each as one assignment `a`'s contribution — mirrors contribution() in @duban/rules.
 * `a.live` = not 不适用 and not withdrawn; `a.open` = not done/withdrawn. A recount sums them.
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
const typed = NAMES.map((c) => `${c} ${isSum(c) ? 'numeric' : 'int'}`).join(', ');
/** sum(<expr>) over rows of `from`, cast back to the column's type. */
const sums = (from: (c: string, expr: string) => string) =>
  COLS.map(([c, e]) => `sum(${from(c, e)})${isSum(c) ? '' : '::int'} AS ${c}`).join(',\n      ');
/** The assignments as the contribution expressions read them. */
const LIVE_OPEN = `(NOT x.not_applicable AND x.status <> 'WITHDRAWN') AS live, x.status NOT IN ('DONE', 'WITHDRAWN') AS open`;
const addTo = (table: string) =>
  NAMES.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ') + ', updated_at = now()';

/**
 * Two changes to the roll-up (issue 13: the leader's query and the province-wide cascade).
 *
 * 1. Rows only for units that can hold units: not for departments (部门下不能再设部门). A department's
 *    roll-up is its own assignments, counted as the recount counts them (`duban_rollup_own`), so a
 *    province-wide cascade writes ~2,800 rows instead of ~49,700. Ancestors are summed per parent
 *    first and then up the path by integer id, not by sorting (row, ancestor) pairs by ltree.
 * 2. `roll_up_total`: one row per such unit with its counters over all items, kept by the same
 *    functions that keep the per-item rows. A leader's cross-item view reads one row per unit instead
 *    of summing every item's row (≈1,200 rows for a province and its children, per request).
 *
 * Every writer first locks the tenant root's all-items row: it is an ancestor of every unit, so the
 * roll-up writers of a tenant queue there and cannot deadlock on roll-up rows, whatever order the
 * rest of their rows come in (duban_rollup_apply takes it first by taking ancestors root first; the
 * set-based functions call duban_rollup_lock). The application runs these functions last in its
 * transaction, together with the COMMIT, so that lock is held only for the roll-up and the commit.
 */
export class RollupTotals1765300000000 implements MigrationInterface {
  name = 'RollupTotals1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE roll_up_total (
      unit_id bigint PRIMARY KEY REFERENCES org_unit(id),
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      ${NAMES.map((c) => `${c} ${isSum(c) ? 'numeric' : 'int'} NOT NULL DEFAULT 0`).join(',\n      ')},
      updated_at timestamptz NOT NULL DEFAULT now()
    ) WITH (fillfactor = 70)`); // room for HOT updates: every report updates the root's row
    await q.query(`ALTER TABLE roll_up_total ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY roll_up_total_scope ON roll_up_total
      USING (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
    // Written only by the definer functions below.
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON roll_up_total FROM duban_app`);

    await q.query(`DELETE FROM roll_up r USING org_unit o WHERE o.id = r.unit_id AND o.kind = 'DEPARTMENT'`);
    await q.query(`INSERT INTO roll_up_total (unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
      SELECT o.id, o.tenant_id, o.path, ${NAMES.map((c) => `s.${c}`).join(', ')}
        FROM (SELECT r.unit_id, ${sums((c) => `r.${c}`)} FROM roll_up r GROUP BY r.unit_id) s
        JOIN org_unit o ON o.id = s.unit_id`);

    await q.query(`CREATE FUNCTION duban_rollup_lock() RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        PERFORM 1 FROM roll_up_total WHERE unit_id = duban_tenant() FOR UPDATE;
        IF NOT FOUND THEN
          INSERT INTO roll_up_total (unit_id, tenant_id, unit_path)
            SELECT o.id, o.tenant_id, o.path FROM org_unit o WHERE o.id = duban_tenant() AND o.parent_id IS NULL
            ON CONFLICT (unit_id) DO NOTHING;
          PERFORM 1 FROM roll_up_total WHERE unit_id = duban_tenant() FOR UPDATE;
        END IF;
      END $$`);

    // Units' own assignments counted per item, or over all items (item_id null) when p_items is null:
    // a department's roll-up. Runs with the caller's rights, under RLS.
    await q.query(`CREATE FUNCTION duban_rollup_own(p_units bigint[], p_items bigint[])
      RETURNS TABLE (unit_id bigint, item_id bigint, ${typed})
      LANGUAGE sql STABLE AS $$
        SELECT a.unit_id, CASE WHEN p_items IS NULL THEN NULL ELSE a.item_id END, ${sums((_, e) => e)}
          FROM (SELECT x.*, ${LIVE_OPEN} FROM assignment x
                 WHERE x.unit_id = ANY (p_units) AND (p_items IS NULL OR x.item_id = ANY (p_items)) AND NOT x.split) a
         GROUP BY a.unit_id, CASE WHEN p_items IS NULL THEN NULL ELSE a.item_id END
      $$`);

    // The truth for one item's rows: every ancestor (integer ids from the path), departments left out.
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_recount(p_item bigint)
      RETURNS TABLE (unit_id bigint, tenant_id bigint, unit_path ltree, ${typed})
      LANGUAGE sql STABLE AS $$
        SELECT o.id, o.tenant_id, o.path, ${NAMES.map((c) => `s.${c}`).join(', ')}
          FROM (SELECT g.anc::bigint AS anc, ${sums((_, e) => e)}
                  FROM (SELECT x.*, ${LIVE_OPEN} FROM assignment x WHERE x.item_id = p_item AND NOT x.split) a
                  CROSS JOIN LATERAL unnest(string_to_array(ltree2text(a.unit_path), '.')) AS g(anc)
                 GROUP BY g.anc) s
          JOIN org_unit o ON o.id = s.anc AND o.kind <> 'DEPARTMENT'
      $$`);

    // What the all-items rows of these units must hold: their per-item rows summed (departments have none).
    await q.query(`CREATE FUNCTION duban_rollup_totals_of(p_units bigint[])
      RETURNS TABLE (unit_id bigint, tenant_id bigint, unit_path ltree, ${typed})
      LANGUAGE sql STABLE AS $$
        SELECT o.id, o.tenant_id, o.path, ${NAMES.map((c) => `coalesce(s.${c}, 0)`).join(', ')}
          FROM org_unit o
          LEFT JOIN (SELECT r.unit_id, ${sums((c) => `r.${c}`)} FROM roll_up r
                      WHERE r.unit_id = ANY (p_units) GROUP BY r.unit_id) s ON s.unit_id = o.id
         WHERE o.id = ANY (p_units) AND o.kind <> 'DEPARTMENT'
      $$`);
    await q.query(`CREATE FUNCTION duban_rollup_set_totals(p_units bigint[]) RETURNS void
      LANGUAGE sql SET search_path = public AS $$
        INSERT INTO roll_up_total (unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
        SELECT * FROM duban_rollup_totals_of(p_units)
        ON CONFLICT (unit_id) DO UPDATE SET ${NAMES.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
      $$`);

    // Root first: the all-items rows, then the item's (the root's all-items row is the tenant's lock).
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_apply(p_item bigint, p_path ltree, d numeric[])
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF duban_scope_path() IS NULL OR NOT (p_path <@ duban_scope_path()) THEN
          RAISE EXCEPTION 'roll-up delta outside the caller scope' USING ERRCODE = '42501';
        END IF;
        INSERT INTO roll_up_total (unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
        SELECT o.id, o.tenant_id, o.path, ${NAMES.map((_, i) => `d[${i + 1}]`).join(', ')}
          FROM org_unit o WHERE o.path @> p_path AND o.tenant_id = duban_tenant() AND o.kind <> 'DEPARTMENT'
          ORDER BY o.depth
        ON CONFLICT (unit_id) DO UPDATE SET ${addTo('roll_up_total')};
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
        SELECT p_item, o.id, o.tenant_id, o.path, ${NAMES.map((_, i) => `d[${i + 1}]`).join(', ')}
          FROM org_unit o WHERE o.path @> p_path AND o.tenant_id = duban_tenant() AND o.kind <> 'DEPARTMENT'
          ORDER BY o.depth
        ON CONFLICT (item_id, unit_id) DO UPDATE SET ${addTo('roll_up')};
      END $$`);

    // A fresh cascade's rows (ids min..max under a parent): summed per parent (the parent's id is the
    // path's last label but one), then added to that parent and every unit above it; plus each new
    // row's own unit when it can hold units. Planned per call: for thousands of rows hash joins, not
    // an index probe per row (the new rows are not in the statistics yet). Without JIT: at the costs
    // that forbidding nested loops reports, it compiled for ~0.8 s, four times the query. No status
    // condition: it steered the plan to the partial index of all unsigned rows (the new rows are all
    // 待签收 anyway, and counted as they are).
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_add_new(p_item bigint, p_parent bigint, p_min bigint, p_max bigint)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' SET jit = off AS $f$
      DECLARE
        nestloop text := current_setting('enable_nestloop');
      BEGIN
        IF duban_scope_path() IS NULL THEN
          RAISE EXCEPTION 'roll-up without a caller scope' USING ERRCODE = '42501';
        END IF;
        PERFORM duban_rollup_lock();
        IF p_max - p_min > 1000 THEN PERFORM set_config('enable_nestloop', 'off', true); END IF;
        EXECUTE $q$
          WITH c AS MATERIALIZED (
            SELECT a.unit_id, ltree2text(subpath(a.unit_path, -2, 1))::bigint AS parent_id,
                   ${COLS.map(([c, e]) => `${e} AS ${c}`).join(', ')}
              FROM (SELECT x.*, ${LIVE_OPEN} FROM assignment x
                     WHERE x.id BETWEEN $3 AND $4 AND x.item_id = $1 AND x.parent_id IS NOT DISTINCT FROM $2
                       AND NOT x.split AND nlevel(x.unit_path) > 1
                       AND x.tenant_id = duban_tenant() AND x.issuer_path <@ duban_scope_path()) a),
          up AS (
            SELECT g.anc::bigint AS unit_id, ${sums((c) => `p.${c}`)}
              FROM (SELECT c.parent_id, ${sums((col) => `c.${col}`)} FROM c GROUP BY c.parent_id) p
              JOIN org_unit pu ON pu.id = p.parent_id
              CROSS JOIN LATERAL unnest(string_to_array(ltree2text(pu.path), '.')) AS g(anc)
             GROUP BY g.anc),
          s AS MATERIALIZED (
            SELECT v.unit_id, o.tenant_id, o.path, ${sums((c) => `v.${c}`)}
              FROM (SELECT unit_id, ${NAMES.join(', ')} FROM c UNION ALL SELECT unit_id, ${NAMES.join(', ')} FROM up) v
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
      END $f$`);

    // After a set-based change (a withdrawal): the item's rows from its recount, then the all-items rows
    // of its units recomputed from their per-item rows (no other roll-up writer meanwhile: the lock).
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_rebuild(p_item bigint)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' SET jit = off AS $$
      BEGIN
        IF duban_scope_path() IS NULL OR NOT EXISTS (
          SELECT 1 FROM supervision_item i WHERE i.id = p_item AND i.tenant_id = duban_tenant()
             AND i.issuer_path <@ duban_scope_path()) THEN
          RAISE EXCEPTION 'roll-up rebuild outside the caller scope' USING ERRCODE = '42501';
        END IF;
        PERFORM duban_rollup_lock();
        DELETE FROM roll_up WHERE item_id = p_item;
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
        SELECT p_item, r.unit_id, r.tenant_id, r.unit_path, ${NAMES.map((c) => `r.${c}`).join(', ')}
          FROM duban_rollup_recount(p_item) r;
        PERFORM duban_rollup_set_totals(ARRAY(SELECT unit_id FROM roll_up WHERE item_id = p_item));
      END $$`);

    for (const fn of [
      'duban_rollup_lock()',
      'duban_rollup_own(bigint[], bigint[])',
      'duban_rollup_totals_of(bigint[])',
      'duban_rollup_set_totals(bigint[])',
    ])
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    // With the caller's rights (RLS applies): reads of departments' roll-ups go through it.
    await q.query(`GRANT EXECUTE ON FUNCTION duban_rollup_own(bigint[], bigint[]) TO duban_app`);
  }

  /** Back to per-item rows for every unit (departments included) and no all-items rows. */
  async down(q: QueryRunner): Promise<void> {
    const anc = `FROM (SELECT x.*, ${LIVE_OPEN}, subpath(x.unit_path, 0, g.lvl) AS anc
                  FROM assignment x CROSS JOIN LATERAL generate_series(1, nlevel(x.unit_path)) AS g(lvl)`;
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_recount(p_item bigint)
      RETURNS TABLE (unit_id bigint, tenant_id bigint, unit_path ltree, ${typed})
      LANGUAGE sql STABLE AS $$
        SELECT ltree2text(subpath(a.anc, -1))::bigint, a.tenant_id, a.anc, ${sums((_, e) => e)}
        ${anc} WHERE x.item_id = p_item AND NOT x.split) a
        GROUP BY a.anc, a.tenant_id
      $$`);
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_apply(p_item bigint, p_path ltree, d numeric[])
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF duban_scope_path() IS NULL OR NOT (p_path <@ duban_scope_path()) THEN
          RAISE EXCEPTION 'roll-up delta outside the caller scope' USING ERRCODE = '42501';
        END IF;
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
        SELECT p_item, o.id, o.tenant_id, o.path, ${NAMES.map((_, i) => `d[${i + 1}]`).join(', ')}
          FROM org_unit o WHERE o.path @> p_path AND o.tenant_id = duban_tenant()
          ORDER BY o.depth
        ON CONFLICT (item_id, unit_id) DO UPDATE SET ${addTo('roll_up')};
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_add_new(p_item bigint, p_parent bigint, p_min bigint, p_max bigint)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' AS $$
      BEGIN
        IF duban_scope_path() IS NULL THEN
          RAISE EXCEPTION 'roll-up without a caller scope' USING ERRCODE = '42501';
        END IF;
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
        SELECT p_item, ltree2text(subpath(a.anc, -1))::bigint, a.tenant_id, a.anc, ${sums((_, e) => e)}
        ${anc}
                 WHERE x.item_id = p_item AND x.id BETWEEN p_min AND p_max AND x.parent_id IS NOT DISTINCT FROM p_parent
                   AND x.status = 'ASSIGNED' AND NOT x.split
                   AND x.tenant_id = duban_tenant() AND x.issuer_path <@ duban_scope_path()) a
         GROUP BY a.anc, a.tenant_id
        ON CONFLICT (item_id, unit_id) DO UPDATE SET ${addTo('roll_up')};
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION duban_rollup_rebuild(p_item bigint)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' AS $$
      BEGIN
        IF duban_scope_path() IS NULL OR NOT EXISTS (
          SELECT 1 FROM supervision_item i WHERE i.id = p_item AND i.tenant_id = duban_tenant()
             AND i.issuer_path <@ duban_scope_path()) THEN
          RAISE EXCEPTION 'roll-up rebuild outside the caller scope' USING ERRCODE = '42501';
        END IF;
        DELETE FROM roll_up WHERE item_id = p_item;
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
        SELECT p_item, r.unit_id, r.tenant_id, r.unit_path, ${NAMES.map((c) => `r.${c}`).join(', ')}
          FROM duban_rollup_recount(p_item) r;
      END $$`);
    for (const fn of [
      'duban_rollup_set_totals(bigint[])',
      'duban_rollup_totals_of(bigint[])',
      'duban_rollup_own(bigint[], bigint[])',
      'duban_rollup_lock()',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`DROP TABLE roll_up_total`);
    // The departments' per-item rows again, from the recount.
    await q.query(`DELETE FROM roll_up`);
    await q.query(`INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${NAMES.join(', ')})
      SELECT i.id, r.unit_id, r.tenant_id, r.unit_path, ${NAMES.map((c) => `r.${c}`).join(', ')}
        FROM supervision_item i CROSS JOIN LATERAL duban_rollup_recount(i.id) r`);
  }
}
