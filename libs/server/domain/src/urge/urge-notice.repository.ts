import { EscalationTarget, UrgeKind } from '@duban/rules';
import { AssignmentRow } from '../assignment';
import { Sql } from '../shared';

export interface UrgeNoticeInput {
  number: string;
  kind: UrgeKind;
  target: EscalationTarget;
  text: string;
  /** null for the sweeper's automatic notices. */
  createdBy: string | null;
}

/** All SQL on urge_notice: numbered 催办通知, manual and from the sweeper. */
export const urgeNoticeRepository = {
  async insert(db: Sql, a: AssignmentRow, n: UrgeNoticeInput): Promise<void> {
    await db.query(
      `INSERT INTO urge_notice (tenant_id, assignment_id, unit_path, number, kind, target, text, created_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8)`,
      [a.tenantId, a.id, a.unitPath, n.number, n.kind, n.target, n.text, n.createdBy],
    );
  },

  ofAssignment(db: Sql, assignmentId: string) {
    return db.query(
      `SELECT id, number, kind, target, text, created_at AS "createdAt" FROM urge_notice WHERE assignment_id = $1 ORDER BY id`,
      [assignmentId],
    );
  },
};
