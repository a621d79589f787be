import { AssignmentAction, statusesAllowing, UrgeKind, type ReportCycleKind } from '@duban/rules';
import { openAssignmentSql, Sql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './assignment.row';

/** Statuses in which a unit reports progress (and so owes a 月报/季报). */
const REPORTING = statusesAllowing(AssignmentAction.SUBMIT_PROGRESS);

export interface CycleCandidate extends AssignmentRow {
  reportCycle: ReportCycleKind;
  reportDueDay: number;
  lastReportAt: Date | null;
  lastChaseAt: Date | null;
}

/** SQL on assignments and progress reports for the 节点计划 (milestones and 月报/季报). */
export const milestoneRepository = {
  /** The item's open, unsplit assignments, locked in id order: a new plan moves their lights. */
  lockOpenOfItem(db: Sql, itemId: string): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.item_id = $1 AND ${openAssignmentSql('a')} AND NOT a.split
        ORDER BY a.id FOR UPDATE`,
      [itemId],
    );
  },

  /**
   * 月报/季报 candidates: assignments that take progress reports on items with a reporting cycle, with
   * their last report and last cycle reminder (the rules decide who is owed one), locked.
   */
  cycleBatch(
    db: Sql,
    q: { tenantId: string; itemId: string | null; afterId: string; limit: number },
  ): Promise<CycleCandidate[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS}, i.report_cycle AS "reportCycle", i.report_due_day AS "reportDueDay",
              (SELECT max(p.created_at) FROM progress_update p WHERE p.assignment_id = a.id) AS "lastReportAt",
              (SELECT max(n.created_at) FROM urge_notice n WHERE n.assignment_id = a.id AND n.kind = $5) AS "lastChaseAt"
         FROM assignment a JOIN supervision_item i ON i.id = a.item_id
        WHERE a.tenant_id = $1 AND i.report_cycle IS NOT NULL AND a.status = ANY($6::text[]) AND NOT a.split
          AND NOT a.not_applicable AND a.id > $2 AND ($4::bigint IS NULL OR a.item_id = $4)
        ORDER BY a.id LIMIT $3 FOR UPDATE OF a SKIP LOCKED`,
      [q.tenantId, q.afterId, q.limit, q.itemId, UrgeKind.CYCLE_REMINDER, REPORTING],
    );
  },

  /** The most each assignment reported per milestone it named. */
  async reportedBySeq(db: Sql, assignmentIds: readonly string[]): Promise<Map<string, Map<number, number>>> {
    const rows: { assignmentId: string; seq: number; best: number }[] = await db.query(
      `SELECT assignment_id::text AS "assignmentId", milestone_seq AS seq, max(percent)::float8 AS best
         FROM progress_update WHERE assignment_id = ANY($1::bigint[]) AND milestone_seq IS NOT NULL
        GROUP BY 1, 2`,
      [assignmentIds],
    );
    const out = new Map<string, Map<number, number>>();
    for (const r of rows) {
      const m = out.get(r.assignmentId) ?? new Map<number, number>();
      m.set(r.seq, r.best);
      out.set(r.assignmentId, m);
    }
    return out;
  },
};
