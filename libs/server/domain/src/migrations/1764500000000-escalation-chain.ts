import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roll-up counters as this migration found them (frozen here: migrations never import runtime
 * code), each with its recount expression over one assignment `a` and an ancestor — mirrors
 * contribution() in @duban/rules. `a.live` = not 不适用 and not withdrawn; `a.open` = not done/withdrawn.
 */
const BEFORE: [string, string][] = [
  ['total', `count(*)::int`],
  ['st_assigned', `count(*) FILTER (WHERE a.status = 'ASSIGNED')::int`],
  ['st_in_progress', `count(*) FILTER (WHERE a.status = 'IN_PROGRESS')::int`],
  ['st_awaiting_signature', `count(*) FILTER (WHERE a.status = 'AWAITING_SIGNATURE')::int`],
  ['st_under_review', `count(*) FILTER (WHERE a.status = 'UNDER_REVIEW')::int`],
  ['st_done', `count(*) FILTER (WHERE a.status = 'DONE')::int`],
  ['st_withdrawn', `count(*) FILTER (WHERE a.status = 'WITHDRAWN')::int`],
  ['applicable', `count(*) FILTER (WHERE a.live)::int`],
  ['overdue', `count(*) FILTER (WHERE a.live AND a.open AND a.overdue)::int`],
  ['done_on_time', `count(*) FILTER (WHERE a.live AND a.status = 'DONE' AND NOT a.done_late)::int`],
  ['done_late', `count(*) FILTER (WHERE a.live AND a.status = 'DONE' AND a.done_late)::int`],
  ['returned_open', `count(*) FILTER (WHERE a.live AND a.open AND a.returned)::int`],
  ['not_applicable', `count(*) FILTER (WHERE a.not_applicable)::int`],
  ['target_sum', `coalesce(sum(a.target) FILTER (WHERE a.live), 0)`],
  ['achieved_sum', `coalesce(sum(a.achieved) FILTER (WHERE a.live), 0)`],
  [
    'progress_sum',
    `coalesce(sum(CASE WHEN a.status = 'DONE' THEN 100 ELSE least(100, greatest(0, a.progress_percent)) END)
      FILTER (WHERE a.live), 0)`,
  ],
  ['red', `count(*) FILTER (WHERE a.live AND a.light = 'RED')::int`],
  ['yellow', `count(*) FILTER (WHERE a.live AND a.light = 'YELLOW')::int`],
  ['green', `count(*) FILTER (WHERE a.live AND a.light = 'GREEN')::int`],
];

/** The new counter, last in the delta array: open applicable assignments that are 上报协调中. */
const AFTER: [string, string][] = [
  ...BEFORE,
  ['escalated_open', `count(*) FILTER (WHERE a.live AND a.open AND a.escalated)::int`],
];

const names = (cols: [string, string][]) => cols.map(([c]) => c);
const typed = (cols: [string, string][]) =>
  cols.map(([c]) => `${c} ${c.endsWith('_sum') ? 'numeric' : 'int'}`).join(', ');

/** duban_rollup_apply over `cols` (same signature, so CREATE OR REPLACE keeps its grants). */
const applySql = (
  cols: [string, string][],
) => `CREATE OR REPLACE FUNCTION duban_rollup_apply(p_item bigint, p_path ltree, d numeric[])
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    IF duban_scope_path() IS NULL OR NOT (p_path <@ duban_scope_path()) THEN
      RAISE EXCEPTION 'roll-up delta outside the caller scope' USING ERRCODE = '42501';
    END IF;
    INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${names(cols).join(', ')})
    SELECT p_item, o.id, o.tenant_id, o.path, ${cols.map((_, i) => `d[${i + 1}]`).join(', ')}
      FROM org_unit o WHERE o.path @> p_path AND o.tenant_id = duban_tenant()
      ORDER BY o.depth
    ON CONFLICT (item_id, unit_id) DO UPDATE SET
      ${names(cols)
        .map((c) => `${c} = roll_up.${c} + EXCLUDED.${c}`)
        .join(',\n      ')},
      updated_at = now();
  END $$`;

/** duban_rollup_recount returning `cols` (a new return type: dropped and created, not replaced). */
const recountSql = (cols: [string, string][]) => `CREATE FUNCTION duban_rollup_recount(p_item bigint)
  RETURNS TABLE (unit_id bigint, tenant_id bigint, unit_path ltree, ${typed(cols)})
  LANGUAGE sql STABLE AS $$
    SELECT ltree2text(subpath(a.anc, -1))::bigint, a.tenant_id, a.anc,
      ${cols.map(([, expr]) => expr).join(',\n      ')}
    FROM (SELECT x.*, (NOT x.not_applicable AND x.status <> 'WITHDRAWN') AS live,
                 x.status NOT IN ('DONE', 'WITHDRAWN') AS open, subpath(x.unit_path, 0, g.lvl) AS anc
            FROM assignment x CROSS JOIN LATERAL generate_series(1, nlevel(x.unit_path)) AS g(lvl)
           WHERE x.item_id = p_item AND NOT x.split) a
    GROUP BY a.anc, a.tenant_id
  $$`;

/** duban_rollup_rebuild inserting `cols` by name from the recount (same signature: replaced). */
const rebuildSql = (
  cols: [string, string][],
) => `CREATE OR REPLACE FUNCTION duban_rollup_rebuild(p_item bigint)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' AS $$
  BEGIN
    IF duban_scope_path() IS NULL OR NOT EXISTS (
      SELECT 1 FROM supervision_item i WHERE i.id = p_item AND i.tenant_id = duban_tenant()
         AND i.issuer_path <@ duban_scope_path()) THEN
      RAISE EXCEPTION 'roll-up rebuild outside the caller scope' USING ERRCODE = '42501';
    END IF;
    DELETE FROM roll_up WHERE item_id = p_item;
    INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${names(cols).join(', ')})
    SELECT p_item, r.unit_id, r.tenant_id, r.unit_path, ${names(cols)
      .map((c) => `r.${c}`)
      .join(', ')} FROM duban_rollup_recount(p_item) r;
  END $$`;

/**
 * Escalation along the chain (上报协调 level by level): the assigning office forwards an escalation,
 * with its opinion, to the office above as an escalation on its own assignment (`forwarded_to`); the
 * answer given at any level is recorded on every escalation below it (`resolution`, `resolved_by`,
 * `resolved_at`). The assignment shows that its escalation waits upstairs (`escalation_forwarded`).
 *
 * Open escalations count in the roll-up: `roll_up.escalated_open`, the 20th entry of the delta array.
 * duban_rollup_add_new is unchanged: a fresh cascade's rows are never escalated, and its upsert
 * leaves the new column as it is.
 */
export class EscalationChain1764500000000 implements MigrationInterface {
  name = 'EscalationChain1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignment ADD COLUMN escalation_forwarded boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE escalation ADD COLUMN forwarded_to bigint REFERENCES escalation(id)`);
    await q.query(`ALTER TABLE escalation ADD COLUMN forward_opinion text`);
    await q.query(`ALTER TABLE escalation ADD COLUMN resolution text`);
    await q.query(`ALTER TABLE escalation ADD COLUMN resolved_by bigint`);
    await q.query(`ALTER TABLE escalation ADD COLUMN resolved_at timestamptz`);
    await q.query(`CREATE INDEX escalation_assignment_idx ON escalation (assignment_id, id)`);
    await q.query(
      `CREATE INDEX escalation_forwarded_to_idx ON escalation (forwarded_to) WHERE forwarded_to IS NOT NULL`,
    );
    // One open escalation per assignment: the flag on the assignment stands for it.
    await q.query(
      `CREATE UNIQUE INDEX escalation_one_open ON escalation (assignment_id) WHERE status = 'OPEN'`,
    );

    await q.query(`ALTER TABLE roll_up ADD COLUMN escalated_open int NOT NULL DEFAULT 0`);
    await q.query(applySql(AFTER));
    // plpgsql bodies are not dependencies: rebuild survives the drop and is replaced just below.
    await q.query(`DROP FUNCTION duban_rollup_recount(bigint)`);
    await q.query(recountSql(AFTER));
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_recount(bigint) FROM PUBLIC`);
    await q.query(rebuildSql(AFTER));
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_rebuild(bigint) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_rollup_rebuild(bigint) TO duban_app`);
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_apply(bigint, ltree, numeric[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_rollup_apply(bigint, ltree, numeric[]) TO duban_app`);

    // Backfill: the open escalations already there, counted at every ancestor (as the recount does).
    await q.query(`UPDATE roll_up r SET escalated_open = c.n
      FROM (SELECT x.item_id, ltree2text(subpath(x.unit_path, 0, g.lvl))::bigint AS unit_id, count(*)::int AS n
              FROM assignment x CROSS JOIN LATERAL generate_series(1, nlevel(x.unit_path)) AS g(lvl)
             WHERE x.escalated AND NOT x.split AND NOT x.not_applicable AND x.status NOT IN ('DONE', 'WITHDRAWN')
             GROUP BY 1, 2) c
     WHERE r.item_id = c.item_id AND r.unit_id = c.unit_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(applySql(BEFORE));
    await q.query(`DROP FUNCTION duban_rollup_recount(bigint)`);
    await q.query(recountSql(BEFORE));
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_recount(bigint) FROM PUBLIC`);
    await q.query(rebuildSql(BEFORE));
    await q.query(`ALTER TABLE roll_up DROP COLUMN escalated_open`);
    await q.query(`DROP INDEX escalation_one_open`);
    await q.query(`DROP INDEX escalation_forwarded_to_idx`);
    await q.query(`DROP INDEX escalation_assignment_idx`);
    for (const c of ['resolved_at', 'resolved_by', 'resolution', 'forward_opinion', 'forwarded_to'])
      await q.query(`ALTER TABLE escalation DROP COLUMN ${c}`);
    await q.query(`ALTER TABLE assignment DROP COLUMN escalation_forwarded`);
  }
}
