import { ROLLUP_COLUMNS } from './rollup-columns';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface RollupDifference {
  /** `*` for a unit's all-items row (roll_up_total). */
  itemId: string;
  unitId: string;
  column: string;
  stored: number;
  recounted: number;
}

/** The units whose all-items rows these items touch (their per-item rows' units and their holders). */
const unitsOf = (items: string) => `SELECT unit_id FROM roll_up WHERE item_id = ANY(${items})
  UNION SELECT unit_id FROM assignment WHERE item_id = ANY(${items})`;

/**
 * Compares the incrementally maintained roll-up with a recount from the assignments (all items, or
 * one): the per-item rows with duban_rollup_recount(), and the all-items rows of the units involved
 * with the sum of their per-item rows (duban_rollup_totals_of; departments have neither: their
 * roll-up is their own assignments). Runs as the table owner: it sees every tenant. Empty = agree.
 */
export async function rollupDifferences(query: Query, itemId?: string | null): Promise<RollupDifference[]> {
  const pairs = ROLLUP_COLUMNS.map(
    (c) => `coalesce(r.${c}, 0)::float8 AS "r_${c}", coalesce(s.${c}, 0)::float8 AS "s_${c}"`,
  );
  const differs = ROLLUP_COLUMNS.map((c) => `coalesce(r.${c}, 0) <> coalesce(s.${c}, 0)`).join(' OR ');
  // The recount once, then compared (inlined into the full join, the planner re-ran it).
  const rows = await query(
    `WITH items AS (SELECT id FROM supervision_item WHERE $1::bigint IS NULL OR id = $1::bigint),
          r AS MATERIALIZED (SELECT i.id AS item_id, rc.* FROM items i CROSS JOIN LATERAL duban_rollup_recount(i.id) rc),
          s AS (SELECT * FROM roll_up WHERE item_id IN (SELECT id FROM items))
     SELECT coalesce(r.item_id, s.item_id)::text AS "itemId", coalesce(r.unit_id, s.unit_id)::text AS "unitId",
            ${pairs.join(', ')}
       FROM r FULL JOIN s ON s.item_id = r.item_id AND s.unit_id = r.unit_id
      WHERE ${differs}
     UNION ALL
     SELECT '*', coalesce(r.unit_id, s.unit_id)::text, ${pairs.join(', ')}
       FROM (SELECT * FROM duban_rollup_totals_of(ARRAY(
               SELECT id FROM org_unit WHERE $1::bigint IS NULL
               UNION ${unitsOf('ARRAY[$1::bigint]')}))) r
       FULL JOIN (SELECT * FROM roll_up_total t WHERE $1::bigint IS NULL OR t.unit_id IN (
                    ${unitsOf('ARRAY[$1::bigint]')})) s ON s.unit_id = r.unit_id
      WHERE ${differs}
      ORDER BY 1, 2`,
    [itemId ?? null],
  );
  return rows.flatMap((row) =>
    ROLLUP_COLUMNS.filter((c) => row[`r_${c}`] !== row[`s_${c}`]).map((column) => ({
      itemId: String(row.itemId),
      unitId: String(row.unitId),
      column,
      stored: Number(row[`s_${column}`]),
      recounted: Number(row[`r_${column}`]),
    })),
  );
}

/**
 * Replaces the stored roll-up of the given items with their recount, then the all-items rows of every
 * unit they touch (and of `unitIds`) with what those sum to (owner connection, no writer running; the
 * caller holds the transaction). The owner-side twin of duban_rollup_rebuild(), which is scoped.
 */
export async function rebuildRollups(query: Query, itemIds: string[], unitIds: string[] = []): Promise<void> {
  await query(`DELETE FROM roll_up WHERE item_id = ANY($1::bigint[])`, [itemIds]);
  // Columns by name: roll_up's physical order is not the recount's (later counters come last).
  await query(
    `INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${ROLLUP_COLUMNS.join(', ')}, updated_at)
     SELECT x.id, r.unit_id, r.tenant_id, r.unit_path, ${ROLLUP_COLUMNS.map((c) => `r.${c}`).join(', ')}, now()
       FROM unnest($1::bigint[]) AS x(id) CROSS JOIN LATERAL duban_rollup_recount(x.id) r`,
    [itemIds],
  );
  await query(
    `SELECT duban_rollup_set_totals(ARRAY(${unitsOf('$1::bigint[]')} UNION SELECT unnest($2::bigint[])))`,
    [itemIds, unitIds],
  );
}
