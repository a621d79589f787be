import { openAssignmentSql, Sql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './assignment.row';

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
