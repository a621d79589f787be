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

/** A notice as the UrgeNotice type reads it. */
export interface UrgeNoticeRow {
  id: string;
  number: string;
  kind: UrgeKind;
  target: EscalationTarget;
  text: string;
  createdAt: Date;
}

const COLUMNS = `id::text, number, kind, target, text, created_at AS "createdAt"`;

/** All SQL on urge_notice: numbered 催办通知, manual and from the sweeper. */
export const urgeNoticeRepository = {
  /** Inserts a notice and returns it as UrgeNotice reads it (every declared field set). */
  async insert(db: Sql, a: AssignmentRow, n: UrgeNoticeInput): Promise<UrgeNoticeRow> {
    const [row]: UrgeNoticeRow[] = await db.query(
      `INSERT INTO urge_notice (tenant_id, assignment_id, unit_path, number, kind, target, text, created_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [a.tenantId, a.id, a.unitPath, n.number, n.kind, n.target, n.text, n.createdBy],
    );
    return row;
  },

  ofAssignment(db: Sql, assignmentId: string): Promise<UrgeNoticeRow[]> {
    return db.query(`SELECT ${COLUMNS} FROM urge_notice WHERE assignment_id = $1 ORDER BY id`, [
      assignmentId,
    ]);
  },
};
