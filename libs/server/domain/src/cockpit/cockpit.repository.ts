import { ItemSource, TrendPeriod } from '@duban/rules';
import { openAssignmentSql, Sql, unitInSubtreeSql } from '../shared';

/** Items the unit's subtree issued or works on: the ledger's scope (RLS narrows it to the caller's). */
const CONCERNS_UNIT = `(i.issuer_path <@ $1::ltree OR EXISTS (
  SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.unit_path <@ $1::ltree))`;

export interface RedItemRow {
  itemId: string;
  regNumber: string | null;
  title: string;
  assignmentId: string;
  unitId: string;
  unitName: string;
  chain: string[];
  deadline: Date;
  lightReasonZh: string;
  lightReasonEn: string;
  redCount: number;
}

/** All SQL of the cockpit: aggregates over a unit's whole subtree, never a sample. */
export const cockpitRepository = {
  /** Items with overdue open work in the subtree, per source. */
  async overdueBySource(db: Sql, unitPath: string): Promise<Map<ItemSource, number>> {
    const rows: { source: ItemSource; count: number }[] = await db.query(
      `SELECT i.source, count(*)::int AS count FROM supervision_item i
        WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.overdue
                        AND ${openAssignmentSql('a')} AND a.unit_path <@ $1::ltree)
        GROUP BY i.source`,
      [unitPath],
    );
    return new Map(rows.map((r) => [r.source, r.count]));
  },

  /** Per period: items registered (numbered) and items first concluded, of those concerning the subtree. */
  async trend(
    db: Sql,
    unitPath: string,
    periods: readonly TrendPeriod[],
  ): Promise<{ registered: number; closed: number }[]> {
    const rows: { n: number; registered: number; closed: number }[] = await db.query(
      `WITH p AS (SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS p(start, stop, n)),
       scoped AS MATERIALIZED (
         SELECT i.created_at, i.first_concluded_at FROM supervision_item i
          WHERE ${CONCERNS_UNIT} AND i.reg_number IS NOT NULL
            AND (i.created_at >= $2[1] OR i.first_concluded_at >= $2[1])
       )
       SELECT p.n::int AS n,
              (SELECT count(*) FROM scoped s WHERE s.created_at >= p.start AND s.created_at < p.stop)::int AS registered,
              (SELECT count(*) FROM scoped s
                WHERE s.first_concluded_at >= p.start AND s.first_concluded_at < p.stop)::int AS closed
         FROM p ORDER BY p.n`,
      [unitPath, periods.map((p) => p.start), periods.map((p) => p.end)],
    );
    return rows.map((r) => ({ registered: r.registered, closed: r.closed }));
  },

  /**
   * 红灯事项 of the subtree: per item its first red open assignment (earliest deadline) with the chain of
   * units from `scopePath`'s top down to it; the items due first come first.
   */
  redItems(db: Sql, unitPath: string, scopePath: string, first: number): Promise<RedItemRow[]> {
    return db.query(
      `WITH red AS (
         SELECT a.id, a.item_id, a.unit_id, a.unit_path, a.deadline, a.light_reason_zh, a.light_reason_en,
                count(*) OVER (PARTITION BY a.item_id)::int AS red_count,
                row_number() OVER (PARTITION BY a.item_id ORDER BY a.deadline, a.id) AS k
           FROM assignment a
          WHERE ${unitInSubtreeSql('a.unit_id', '$1::ltree')} AND a.light = 'RED' AND NOT a.split AND NOT a.not_applicable
            AND ${openAssignmentSql('a')}
       )
       SELECT r.item_id::text AS "itemId", i.reg_number AS "regNumber", i.title, r.id::text AS "assignmentId",
              r.unit_id::text AS "unitId", u.name AS "unitName", r.deadline,
              r.light_reason_zh AS "lightReasonZh", r.light_reason_en AS "lightReasonEn", r.red_count AS "redCount",
              ARRAY(SELECT o.name FROM org_unit o WHERE o.path @> r.unit_path AND o.path <@ $2::ltree
                     ORDER BY nlevel(o.path)) AS chain
         FROM red r JOIN supervision_item i ON i.id = r.item_id JOIN org_unit u ON u.id = r.unit_id
        WHERE r.k = 1
        ORDER BY r.deadline, r.item_id LIMIT $3`,
      [unitPath, scopePath, first],
    );
  },
};
