import { AssignmentStatus, UrgeKind } from '@duban/rules';
import { openAssignmentSql, Sql, unitInSubtreeSql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './assignment.row';
import { ListAfter, listConditions, ListFilter, ListOrder, pageOf } from './assignment-list.sql';

const ASSIGNED = AssignmentStatus.ASSIGNED;

export interface SubtreeFilter extends ListFilter {
  /** The office whose subtree is listed (its ltree path). */
  officePath: string;
  /** 逾期未签收: still 待签收 and handed down before `unsignedBefore` (true), or not (false). */
  unsigned: boolean | null;
  now: Date;
  unsignedBefore: Date;
}

/**
 * SQL on assignment for chasing along the chain: the 下级办理 list of an office and the sweeper's
 * unsigned candidates. Writes still go through AssignmentStore.save.
 */
export const chainRepository = {
  /**
   * 下级办理: the open, applicable assignments held anywhere in the office's subtree (the office
   * included) on items issued above it, in `order` (soonest deadline first unless sorted otherwise), keyset
   * on (order, id). Items issued inside the subtree are the office's own ledger and are left out. RLS
   * bounds it to the caller too.
   */
  subtreeOpen(
    db: Sql,
    f: SubtreeFilter,
    page: { order: ListOrder; size: number; after: ListAfter | null },
  ): Promise<{ n: number; rows: AssignmentRow[] }> {
    const params: unknown[] = [f.officePath];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [
      `${unitInSubtreeSql('a.unit_id', '$1::ltree')} AND ${openAssignmentSql('a')} AND NOT a.not_applicable`,
      `NOT EXISTS (SELECT 1 FROM supervision_item s WHERE s.id = a.item_id AND s.issuer_path <@ $1::ltree)`,
      ...listConditions(f, p, f.now),
    ];
    if (f.unsigned != null)
      where.push(
        `(a.status = ${p(ASSIGNED)} AND a.created_at < ${p(f.unsignedBefore)}::timestamptz) = ${p(f.unsigned)}`,
      );
    return pageOf(db, { where, params, ...page });
  },

  /**
   * The sweeper's 签收 candidates: still 待签收, handed down before `createdBefore` (so already past
   * the 签收时限), not yet past the deadline and not yet sent a 签收提醒, locked. The partial index
   * on unsigned assignments serves it.
   */
  unsignedBatch(
    db: Sql,
    q: {
      tenantId: string;
      /** Only this item's assignments; null for all. */
      itemId: string | null;
      createdBefore: Date;
      now: Date;
      afterId: string;
      limit: number;
    },
  ): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.tenant_id = $1 AND a.status = $2 AND a.created_at < $3 AND a.deadline >= $4 AND a.id > $5
          AND ($8::bigint IS NULL OR a.item_id = $8)
          AND NOT EXISTS (SELECT 1 FROM urge_notice n WHERE n.assignment_id = a.id AND n.kind = $6)
        ORDER BY a.id LIMIT $7 FOR UPDATE OF a SKIP LOCKED`,
      [q.tenantId, ASSIGNED, q.createdBefore, q.now, q.afterId, UrgeKind.SIGN_REMINDER, q.limit, q.itemId],
    );
  },
};
