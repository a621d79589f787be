import { Light } from '@duban/rules';
import { Sql } from '../shared';
import { ROLLUP_COLUMNS } from './rollup-columns';

/** All SQL on roll_up and rollup_override, as run by the app role (scoped, under RLS). */
export const rollupRepository = {
  /** Adds a delta along every ancestor of `unitPath` (definer function; refuses paths outside scope). */
  async apply(db: Sql, itemId: string, unitPath: string, delta: number[]): Promise<void> {
    await db.query(`SELECT duban_rollup_apply($1, $2::ltree, $3::numeric[])`, [itemId, unitPath, delta]);
  },

  /**
   * Adds one delta per unit path (each along every ancestor of its path), all in one statement: the
   * i-th path takes the i-th `width` entries of the flat `deltas` array. Every call locks from the
   * root down, as a single apply does.
   */
  async applyMany(db: Sql, itemId: string, unitPaths: string[], deltas: number[], width: number) {
    if (!unitPaths.length) return;
    await db.query(
      `SELECT duban_rollup_apply($1, c.path::ltree, ($3::numeric[])[(c.i - 1) * $4 + 1 : c.i * $4])
         FROM unnest($2::text[]) WITH ORDINALITY AS c(path, i) ORDER BY c.i`,
      [itemId, unitPaths, deltas, width],
    );
  },

  /** The contribution of a fresh cascade's rows (ids min..max under `parentId`), in one statement. */
  async addNew(db: Sql, itemId: string, parentId: string | null, min: string, max: string): Promise<void> {
    await db.query(`SELECT duban_rollup_add_new($1, $2, $3, $4)`, [itemId, parentId, min, max]);
  },

  /** Recounts one item after a set-based change (e.g. a withdrawal). */
  async rebuild(db: Sql, itemId: string): Promise<void> {
    await db.query(`SELECT duban_rollup_rebuild($1)`, [itemId]);
  },

  perItem(db: Sql, unitIds: string[], itemIds: string[]): Promise<Record<string, string>[]> {
    return db.query(
      `SELECT unit_id, item_id, ${ROLLUP_COLUMNS.join(', ')} FROM roll_up
        WHERE unit_id = ANY($1::bigint[]) AND item_id = ANY($2::bigint[])`,
      [unitIds, itemIds],
    );
  },

  /** Counters summed over every item of each unit. */
  allItems(db: Sql, unitIds: string[]): Promise<Record<string, string>[]> {
    const sums = ROLLUP_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ');
    return db.query(
      `SELECT unit_id, ${sums} FROM roll_up WHERE unit_id = ANY($1::bigint[]) GROUP BY unit_id`,
      [unitIds],
    );
  },

  async exists(db: Sql, itemId: string, unitId: string): Promise<boolean> {
    const rows = await db.query(`SELECT 1 FROM roll_up WHERE item_id = $1 AND unit_id = $2`, [
      itemId,
      unitId,
    ]);
    return rows.length > 0;
  },

  async lockOverride(
    db: Sql,
    itemId: string,
    unitId: string,
  ): Promise<{ light: Light; reason: string } | null> {
    const [row] = await db.query(
      `SELECT light, reason FROM rollup_override WHERE item_id = $1 AND unit_id = $2 FOR UPDATE`,
      [itemId, unitId],
    );
    return row ?? null;
  },

  async upsertOverride(
    db: Sql,
    o: {
      itemId: string;
      unitId: string;
      tenantId: string;
      unitPath: string;
      light: Light;
      reason: string;
      by: string;
    },
  ): Promise<void> {
    await db.query(
      `INSERT INTO rollup_override (item_id, unit_id, tenant_id, unit_path, light, reason, created_by)
       VALUES ($1, $2, $3, $4::ltree, $5, $6, $7)
       ON CONFLICT (item_id, unit_id) DO UPDATE SET light = EXCLUDED.light, reason = EXCLUDED.reason,
         created_by = EXCLUDED.created_by, created_at = now()`,
      [o.itemId, o.unitId, o.tenantId, o.unitPath, o.light, o.reason, o.by],
    );
  },

  async deleteOverride(db: Sql, itemId: string, unitId: string): Promise<void> {
    await db.query(`DELETE FROM rollup_override WHERE item_id = $1 AND unit_id = $2`, [itemId, unitId]);
  },

  overrides(
    db: Sql,
    unitIds: string[],
    itemIds: string[],
  ): Promise<{ unit_id: string; item_id: string; light: Light; reason: string }[]> {
    return db.query(
      `SELECT o.unit_id, o.item_id, o.light, o.reason FROM rollup_override o
         JOIN unnest($1::bigint[], $2::bigint[]) AS k(unit_id, item_id)
           ON k.unit_id = o.unit_id AND k.item_id = o.item_id`,
      [unitIds, itemIds],
    );
  },
};
