import { Sql } from '../shared';
import { AssignmentRow } from './assignment.row';

/** All SQL on progress_update (报送进展, append-only). */
export const progressRepository = {
  async insert(
    db: Sql,
    a: AssignmentRow,
    p: { percent: number; achieved: number | null; text: string; attachments: unknown[]; by: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO progress_update (tenant_id, assignment_id, unit_path, percent, achieved, text, attachments, created_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8)`,
      [a.tenantId, a.id, a.unitPath, p.percent, p.achieved, p.text, JSON.stringify(p.attachments), p.by],
    );
  },

  ofAssignment(db: Sql, assignmentId: string) {
    return db.query(
      `SELECT id, percent::float8 AS percent, achieved::float8 AS achieved, text, created_at AS "createdAt"
         FROM progress_update WHERE assignment_id = $1 ORDER BY id DESC`,
      [assignmentId],
    );
  },
};
