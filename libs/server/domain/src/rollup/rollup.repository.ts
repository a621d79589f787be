import { Light } from '@duban/rules';
import { TenantSession } from '@duban/platform';
import { isId, Sql } from '../shared';
import { RollupColumn } from './rollup-columns';

/**
 * Reads on a leader's path run as prepared statements: one text per set of counters asked for (a
 * handful: the views the clients select), never with values inlined.
 */
const PREPARED = { prepare: true };
type Columns = readonly RollupColumn[];
const list = (cols: Columns, alias = '') => cols.map((c) => `${alias}${c}`).join(', ');
/** The units `u` without a maintained row (departments): their own assignments over all items. */
const OWN_OF = (units: string) => `(SELECT u.id FROM ${units} WHERE NOT EXISTS (
    SELECT 1 FROM roll_up_total t WHERE t.unit_id = u.id) OFFSET 0) u
  LEFT JOIN LATERAL duban_rollup_own(ARRAY[u.id], NULL) o ON true`;

/*
 * Literals for the writes, which go out with the COMMIT as plain SQL (lastInTransaction takes no
 * parameters): ids, paths of ids and finite numbers only, anything else is a programming error.
 */
function id(v: string | null): string {
  if (v === null) return 'NULL';
  if (!isId(String(v))) throw new Error(`roll-up: not an id: ${v}`);
  return String(v);
}
function path(p: string): string {
  if (!/^\d+(\.\d+)*$/.test(p)) throw new Error(`roll-up: not a unit path: ${p}`);
  return `'${p}'`;
}
function numbers(ns: number[]): string {
  if (!ns.every(Number.isFinite)) throw new Error('roll-up: a delta that is not a finite number');
  return `'{${ns.join(',')}}'::numeric[]`;
}

/**
 * All SQL on roll_up, roll_up_total and rollup_override, as run by the app role (scoped, under RLS):
 * reads directly, writes through the definer functions.
 */
export const rollupRepository = {
  /** Adds a delta along every ancestor of `unitPath` (definer function; refuses paths outside scope). */
  apply(itemId: string, unitPath: string, delta: number[]): string {
    return `SELECT duban_rollup_apply(${id(itemId)}, ${path(unitPath)}::ltree, ${numbers(delta)})`;
  },

  /**
   * Adds one delta per unit path (each along every ancestor of its path), all in one statement: the
   * i-th path takes the i-th `width` entries of the flat `deltas` array. Every call locks from the
   * root down, as a single apply does.
   */
  applyMany(itemId: string, unitPaths: string[], deltas: number[], width: number): string {
    return `SELECT duban_rollup_apply(${id(itemId)}, c.path::ltree, (${numbers(deltas)})[(c.i - 1) * ${width} + 1 : c.i * ${width}])
      FROM unnest(ARRAY[${unitPaths.map(path).join(', ')}]::text[]) WITH ORDINALITY AS c(path, i) ORDER BY c.i`;
  },

  /** The contribution of a fresh cascade's rows (ids min..max under `parentId`), in one statement. */
  addNew(itemId: string, parentId: string | null, min: string, max: string): string {
    return `SELECT duban_rollup_add_new(${id(itemId)}, ${id(parentId)}, ${id(min)}, ${id(max)})`;
  },

  /** Recounts one item after a set-based change (e.g. a withdrawal). */
  rebuild(itemId: string): string {
    return `SELECT duban_rollup_rebuild(${id(itemId)})`;
  },

  /**
   * Counters per (unit, item): the stored row, else (a department: no rows of its own) the unit's own
   * assignment counted as the recount counts it (duban_rollup_own).
   */
  perItem(
    db: TenantSession,
    unitIds: string[],
    itemIds: string[],
    cols: Columns,
  ): Promise<Record<string, string>[]> {
    return db.query(
      `SELECT unit_id, item_id, ${list(cols)} FROM roll_up WHERE unit_id = ANY($1::bigint[]) AND item_id = ANY($2::bigint[])
       UNION ALL
       SELECT o.unit_id, o.item_id, ${list(cols, 'o.')} FROM duban_rollup_own($1::bigint[], $2::bigint[]) o
        WHERE NOT EXISTS (SELECT 1 FROM roll_up r WHERE r.unit_id = o.unit_id AND r.item_id = o.item_id)`,
      [unitIds, itemIds],
      PREPARED,
    );
  },

  /**
   * Counters over every item of each unit: its maintained row, else (a department) its own
   * assignments counted, unit by unit (one index scan each, whatever the caller's scope).
   */
  allItems(db: TenantSession, unitIds: string[], cols: Columns): Promise<Record<string, string>[]> {
    return db.query(
      `SELECT t.unit_id, ${list(cols, 't.')} FROM roll_up_total t WHERE t.unit_id = ANY($1::bigint[])
       UNION ALL
       SELECT u.id, ${list(cols, 'o.')} FROM ${OWN_OF('unnest($1::bigint[]) AS u(id)')}`,
      [unitIds],
      PREPARED,
    );
  },

  /** The same for a unit and each of its children (nulls for one with nothing to count). */
  allItemsWithChildren(db: TenantSession, unitId: string, cols: Columns): Promise<Record<string, string>[]> {
    return db.query(
      `WITH u AS MATERIALIZED (SELECT o.id FROM org_unit o WHERE o.id = $1 OR o.parent_id = $1)
       SELECT t.unit_id, ${list(cols, 't.')} FROM u JOIN roll_up_total t ON t.unit_id = u.id
       UNION ALL
       SELECT u.id, ${list(cols, 'o.')} FROM ${OWN_OF('u')}`,
      [unitId],
      PREPARED,
    );
  },

  /** Whether the unit's subtree holds some of the item (a stored row, or the unit's own assignment). */
  async exists(db: Sql, itemId: string, unitId: string): Promise<boolean> {
    const [{ e }] = await db.query(
      `SELECT EXISTS (SELECT 1 FROM roll_up WHERE item_id = $1 AND unit_id = $2)
           OR EXISTS (SELECT 1 FROM assignment WHERE item_id = $1 AND unit_id = $2 AND NOT split) AS e`,
      [itemId, unitId],
    );
    return e;
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
    db: TenantSession,
    unitIds: string[],
    itemIds: string[],
  ): Promise<{ unit_id: string; item_id: string; light: Light; reason: string }[]> {
    return db.query(
      `SELECT o.unit_id, o.item_id, o.light, o.reason FROM rollup_override o
         JOIN unnest($1::bigint[], $2::bigint[]) AS k(unit_id, item_id)
           ON k.unit_id = o.unit_id AND k.item_id = o.item_id`,
      [unitIds, itemIds],
      PREPARED,
    );
  },
};
