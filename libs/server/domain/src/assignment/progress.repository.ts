import { Attachment, Sql } from '../shared';
import { AssignmentRow } from './assignment.row';

/** All SQL on progress_update (报送进展, append-only). */
export const progressRepository = {
  async insert(
    db: Sql,
    a: AssignmentRow,
    p: { percent: number; achieved: number | null; text: string; by: string; milestoneSeq: number | null },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO progress_update (tenant_id, assignment_id, unit_path, percent, achieved, text, created_by, milestone_seq)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
      [a.tenantId, a.id, a.unitPath, p.percent, p.achieved, p.text, p.by, p.milestoneSeq],
    );
    return row.id;
  },

  async setAttachments(db: Sql, id: string, attachments: readonly Attachment[]): Promise<void> {
    await db.query(`UPDATE progress_update SET attachments = $2 WHERE id = $1`, [
      id,
      JSON.stringify(attachments),
    ]);
  },

  ofAssignment(db: Sql, assignmentId: string) {
    return db.query(
      `SELECT id, percent::float8 AS percent, achieved::float8 AS achieved, text, attachments,
              milestone_seq AS "milestoneSeq", created_at AS "createdAt"
         FROM progress_update WHERE assignment_id = $1 ORDER BY id DESC`,
      [assignmentId],
    );
  },
};
