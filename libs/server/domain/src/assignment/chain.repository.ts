import { AssignmentStatus, Light, UrgeKind } from '@duban/rules';
import { openAssignmentSql, Sql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './assignment.row';

const ASSIGNED = AssignmentStatus.ASSIGNED;

export interface SubtreeFilter {
  /** The office whose subtree is listed (its ltree path). */
  officePath: string;
  statuses: AssignmentStatus[] | null;
  lights: Light[] | null;
  /** Past the deadline (true) or not yet (false). */
  overdue: boolean | null;
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
   * included) on items issued above it, soonest deadline first, keyset on (deadline, id). Items issued
   * inside the subtree are the office's own ledger and are left out. RLS bounds it to the caller too.
   */
  async subtreeOpen(
    db: Sql,
    f: SubtreeFilter,
    size: number,
    after: { deadline: string; id: string } | null,
  ): Promise<{ n: number; rows: AssignmentRow[] }> {
    const params: unknown[] = [
      f.officePath,
      f.statuses?.length ? f.statuses : null,
      f.lights?.length ? f.lights : null,
      f.overdue,
      f.unsigned,
      f.now,
      f.unsignedBefore,
      ASSIGNED,
    ];
    const where = `a.unit_path <@ $1::ltree AND ${openAssignmentSql('a')} AND NOT a.not_applicable
      AND NOT EXISTS (SELECT 1 FROM supervision_item i WHERE i.id = a.item_id AND i.issuer_path <@ $1::ltree)
      AND ($2::text[] IS NULL OR a.status = ANY ($2::text[]))
      AND ($3::text[] IS NULL OR a.light = ANY ($3::text[]))
      AND ($4::boolean IS NULL OR (a.deadline < $6::timestamptz) = $4)
      AND ($5::boolean IS NULL OR (a.status = $8 AND a.created_at < $7::timestamptz) = $5)`;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM assignment a WHERE ${where}`, params);
    const keyset = after ? `AND (a.deadline, a.id) > ($9::timestamptz, $10::bigint)` : '';
    const rows = await db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE ${where} ${keyset}
        ORDER BY a.deadline, a.id LIMIT ${size + 1}`,
      after ? [...params, after.deadline, after.id] : params,
    );
    return { n, rows };
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
