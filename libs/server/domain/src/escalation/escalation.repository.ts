import { AssignmentRow } from '../assignment';
import { Sql } from '../shared';

/** All SQL on escalation (上报协调). */
export const escalationRepository = {
  async open(db: Sql, a: AssignmentRow, reason: string, by: string): Promise<void> {
    await db.query(
      `INSERT INTO escalation (tenant_id, assignment_id, unit_path, to_unit_id, reason, created_by) VALUES ($1, $2, $3::ltree, $4, $5, $6)`,
      [a.tenantId, a.id, a.unitPath, a.issuerUnitId, reason, by],
    );
  },

  async resolve(db: Sql, assignmentId: string): Promise<void> {
    await db.query(`UPDATE escalation SET status = 'RESOLVED' WHERE assignment_id = $1 AND status = 'OPEN'`, [
      assignmentId,
    ]);
  },
};
