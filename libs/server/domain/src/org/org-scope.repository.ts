import { isId, Sql } from '../shared';

export interface ScopedUnit {
  id: string;
  tenantId: string;
  path: string;
}

/**
 * Lookups of units inside a given subtree, for writes that must stay in the caller's own scope
 * (RLS alone would also show the ancestors).
 */
export const orgScope = {
  async unit(db: Sql, unitId: string, underPath: string): Promise<ScopedUnit | null> {
    if (!isId(unitId)) return null;
    const [u] = await db.query(
      `SELECT o.id, o.tenant_id AS "tenantId", o.path::text AS path FROM org_unit o WHERE o.id = $1 AND o.path <@ $2::ltree`,
      [unitId, underPath],
    );
    return u ?? null;
  },

  /** How many of `unitIds` (well-formed ids only) lie in the subtree. */
  async count(db: Sql, unitIds: string[], underPath: string): Promise<number> {
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM org_unit WHERE id = ANY($1::bigint[]) AND path <@ $2::ltree`,
      [unitIds.filter((id) => isId(id)), underPath],
    );
    return n;
  },

  /** Unit names by id, for the words of a notice (ids the caller cannot see are left out). */
  async names(db: Sql, unitIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await db.query(
      `SELECT id, name FROM org_unit WHERE id = ANY($1::bigint[])`,
      [[...new Set(unitIds.map(String))].filter((id) => isId(id))],
    );
    return new Map(rows.map((r) => [String(r.id), r.name]));
  },

  /**
   * Units strictly below `underPath` bearing one of these exact names, with their parent's name to
   * tell namesakes apart (units named in an imported sheet).
   */
  byNames(db: Sql, names: string[], underPath: string): Promise<NamedUnit[]> {
    return db.query(
      `SELECT o.id::text AS id, o.name, p.name AS "parentName"
         FROM org_unit o LEFT JOIN org_unit p ON p.id = o.parent_id
        WHERE o.name = ANY($1::text[]) AND o.path <@ $2::ltree AND o.path <> $2::ltree
        ORDER BY o.path`,
      [[...new Set(names)], underPath],
    );
  },

  /** Names of the units strictly below `underPath`, nearest levels first, at most `limit`. */
  async namesBelow(db: Sql, underPath: string, limit: number): Promise<string[]> {
    const rows: { name: string }[] = await db.query(
      `SELECT o.name FROM org_unit o WHERE o.path <@ $1::ltree AND o.path <> $1::ltree
        ORDER BY o.depth, o.parent_id, o.sort, o.id LIMIT ${Math.trunc(limit)}`,
      [underPath],
    );
    return rows.map((r) => r.name);
  },
};

export interface NamedUnit {
  id: string;
  name: string;
  parentName: string | null;
}
