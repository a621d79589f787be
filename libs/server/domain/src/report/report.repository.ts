import { NEW_REPORT_STATUS, ReportStatus } from '@duban/rules';
import { Sql } from '../shared';
import { ReviewChecklist } from './report.dto';
import { ReportEntity } from './report.entity';

export const REPORT_COLUMNS = `r.id, r.tenant_id AS "tenantId", r.assignment_id AS "assignmentId", r.item_id AS "itemId",
  r.unit_path::text AS "unitPath", r.version, r.content, r.achieved::float8 AS achieved, r.progress_percent::float8 AS "progressPercent",
  r.attachments, r.status, r.submitted_by AS "submittedBy", r.submitted_at AS "submittedAt", r.signed_by AS "signedBy",
  r.signed_at AS "signedAt", r.reviewed_by AS "reviewedBy", r.reviewed_at AS "reviewedAt", r.checklist, r.review_comment AS "reviewComment"`;

/** What a decision on a report needs to know, read under a row lock. */
export interface LockedReport {
  id: string;
  assignmentId: string;
  status: ReportStatus;
  content: string;
  achieved: number | null;
}

/** All SQL on report. */
export const reportRepository = {
  /** A new version for the assignment, waiting for the head's signature. */
  async insert(
    db: Sql,
    r: {
      tenantId: string;
      assignmentId: string;
      itemId: string;
      unitPath: string;
      content: string;
      achieved: number | null;
      progressPercent: number;
      attachments: unknown[];
      by: string;
    },
  ): Promise<string> {
    const [{ v }] = await db.query(
      `SELECT coalesce(max(version), 0) + 1 AS v FROM report WHERE assignment_id = $1`,
      [r.assignmentId],
    );
    const [row] = await db.query(
      `INSERT INTO report (tenant_id, assignment_id, item_id, unit_path, version, content, achieved, progress_percent, attachments, status, submitted_by)
       VALUES ($1, $2, $3, $4::ltree, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        r.tenantId,
        r.assignmentId,
        r.itemId,
        r.unitPath,
        v,
        r.content,
        r.achieved,
        r.progressPercent,
        JSON.stringify(r.attachments),
        NEW_REPORT_STATUS,
        r.by,
      ],
    );
    return row.id;
  },

  async lock(db: Sql, id: string): Promise<LockedReport | null> {
    if (!/^\d+$/.test(id)) return null;
    const [r] = await db.query(
      `SELECT id, assignment_id AS "assignmentId", status, content, achieved::float8 AS achieved FROM report WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return r ?? null;
  },

  async find(db: Sql, id: string): Promise<ReportEntity | null> {
    const [r] = await db.query(`SELECT ${REPORT_COLUMNS} FROM report r WHERE r.id = $1`, [id]);
    return r ?? null;
  },

  async signed(db: Sql, id: string, status: ReportStatus, by: string): Promise<void> {
    await db.query(`UPDATE report SET status = $2, signed_by = $3, signed_at = now() WHERE id = $1`, [
      id,
      status,
      by,
    ]);
  },

  async signatureRefused(db: Sql, id: string, status: ReportStatus, reason: string): Promise<void> {
    await db.query(`UPDATE report SET status = $2, review_comment = $3 WHERE id = $1`, [id, status, reason]);
  },

  async reviewed(
    db: Sql,
    id: string,
    r: { status: ReportStatus; by: string; checklist: ReviewChecklist; comment: string | null },
  ): Promise<void> {
    await db.query(
      `UPDATE report SET status = $2, reviewed_by = $3, reviewed_at = now(), checklist = $4, review_comment = $5 WHERE id = $1`,
      [id, r.status, r.by, JSON.stringify(r.checklist), r.comment],
    );
  },

  ofAssignments(db: Sql, assignmentIds: readonly string[]): Promise<ReportEntity[]> {
    return db.query(
      `SELECT ${REPORT_COLUMNS} FROM report r WHERE r.assignment_id = ANY($1::bigint[]) ORDER BY r.version DESC`,
      [assignmentIds],
    );
  },

  /** 待签字: reports of the unit's own assignments waiting for its head. */
  awaitingSignature(db: Sql, unitId: string): Promise<ReportEntity[]> {
    return db.query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN assignment a ON a.id = r.assignment_id
        WHERE a.unit_id = $1 AND r.status = $2 ORDER BY r.id`,
      [unitId, ReportStatus.AWAITING_SIGNATURE],
    );
  },

  /** 待审核: signed reports on assignments the office gave out. */
  underReview(db: Sql, issuerUnitId: string): Promise<ReportEntity[]> {
    return db.query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN assignment a ON a.id = r.assignment_id
        WHERE a.issuer_unit_id = $1 AND r.status = $2 ORDER BY r.id`,
      [issuerUnitId, ReportStatus.UNDER_REVIEW],
    );
  },
};
