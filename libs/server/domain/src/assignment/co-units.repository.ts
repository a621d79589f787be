import { AssignmentStatus, leadHasReported } from '@duban/rules';
import { holdsItemOpenSql, isId, Sql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './assignment.row';

/** The statuses in which a lead has reported (`leadHasReported`), for SQL. */
const REPORTED = Object.values(AssignmentStatus).filter((s) => leadHasReported(s));

const digits = (ids: readonly string[]) => ids.map(String).filter((id) => isId(id));

/**
 * 主办/协办: a lead's co-units are its siblings with role CO (same item, same parent). They usually
 * lie outside the lead's subtree, so they are read through `duban_co_units`, which returns them only
 * for lead assignments the caller can see, as whole rows (the rules' predicates apply to them here).
 */
export const coUnitsRepository = {
  /** Per lead: co-units still open and applicable (they hold up its report) and those marked 不适用. */
  counts(
    db: Sql,
    leadIds: readonly string[],
  ): Promise<{ leadId: string; open: number; notApplicable: number }[]> {
    return db.query(
      `SELECT t.lead_id AS "leadId", count(*) FILTER (WHERE ${holdsItemOpenSql('a')})::int AS open,
              count(*) FILTER (WHERE a.not_applicable)::int AS "notApplicable"
         FROM duban_co_units($1::bigint[], false) t CROSS JOIN LATERAL (SELECT (t.co).*) a
        GROUP BY t.lead_id`,
      [digits(leadIds)],
    );
  },

  /**
   * The status of each co-unit's lead (the LEAD sibling: same item and parent), as the caller sees it
   * (the assigning office sees both). If several units were named lead, the one furthest on counts.
   */
  leadStatuses(db: Sql, coIds: readonly string[]): Promise<{ coId: string; status: AssignmentStatus }[]> {
    return db.query(
      `SELECT DISTINCT ON (c.id) c.id AS "coId", l.status
         FROM assignment c
         JOIN assignment l ON l.item_id = c.item_id AND l.parent_id IS NOT DISTINCT FROM c.parent_id AND l.role = 'LEAD'
        WHERE c.id = ANY ($1::bigint[]) AND c.role = 'CO'
        ORDER BY c.id, (l.status = ANY ($2::text[])) DESC, l.id`,
      [digits(coIds), REPORTED],
    );
  },

  /**
   * A co-unit's lead (its LEAD sibling) and the co-unit's own name, as the caller (the assigning
   * office) sees them; the first lead named if several.
   */
  async leadOf(db: Sql, coId: string): Promise<{ id: string; unitId: string; coUnitName: string } | null> {
    const [row] = await db.query(
      `SELECT l.id::text AS id, l.unit_id::text AS "unitId", u.name AS "coUnitName" FROM assignment c
         JOIN assignment l ON l.item_id = c.item_id AND l.parent_id IS NOT DISTINCT FROM c.parent_id AND l.role = 'LEAD'
         JOIN org_unit u ON u.id = c.unit_id
        WHERE c.id = $1 AND c.role = 'CO' ORDER BY l.id LIMIT 1`,
      [coId],
    );
    return row ?? null;
  },

  /** The status of the lead unit's top-level assignment of an item (null: it holds none). */
  async leadStatusOfUnit(db: Sql, itemId: string, unitId: string): Promise<AssignmentStatus | null> {
    if (!isId(String(unitId))) return null;
    const [row] = await db.query(
      `SELECT status FROM assignment WHERE item_id = $1 AND unit_id = $2 AND parent_id IS NULL AND role = 'LEAD'`,
      [itemId, unitId],
    );
    return row?.status ?? null;
  },

  /**
   * A lead's co-units as its report reads them. When submitting, share-locked (the lead first, then
   * its co-units) so that none is closed, reopened or marked 不适用 meanwhile.
   */
  ofLead(db: Sql, leadId: string, opts: { lock: boolean }): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS}
         FROM duban_co_units($1::bigint[], $2) t CROSS JOIN LATERAL (SELECT (t.co).*) a ORDER BY a.id`,
      [digits([leadId]), opts.lock],
    );
  },
};
