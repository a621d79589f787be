import { AssignmentStatus, NEW_REPORT_STATUS, ReportStatus } from '@duban/rules';
import { Sql } from '../shared';
import { ReportCitationEntity } from './report-citation.entity';
import { ReviewChecklist } from './report.dto';
import { ReportEntity } from './report.entity';

export const REPORT_COLUMNS = `r.id, r.tenant_id AS "tenantId", r.assignment_id AS "assignmentId", r.item_id AS "itemId",
  r.unit_path::text AS "unitPath", r.version, r.content, r.achieved::float8 AS achieved, r.progress_percent::float8 AS "progressPercent",
  r.attachments, r.status, r.submitted_by AS "submittedBy", r.submitted_at AS "submittedAt", r.signed_by AS "signedBy",
  r.signed_at AS "signedAt", r.hash, r.reviewed_by AS "reviewedBy", r.reviewed_at AS "reviewedAt", r.checklist, r.review_comment AS "reviewComment"`;

/** What a decision on a report needs to know, read under a row lock. */
export interface LockedReport {
  id: string;
  assignmentId: string;
  status: ReportStatus;
  content: string;
  achieved: number | null;
}

/** A sub-unit's accepted report as a composed report cites it (最多报一次). */
export interface CitableReport {
  citedReportId: string;
  citedAssignmentId: string;
  unitId: string;
  unitName: string;
  signedBy: string;
  signerName: string;
  signedAt: Date;
  hash: string | null;
  achieved: number | null;
  content: string;
}

const CITATION_COLUMNS = `c.report_id AS "reportId", c.cited_report_id AS "citedReportId", c.position,
  c.tenant_id AS "tenantId", c.unit_path::text AS "unitPath", c.cited_assignment_id AS "citedAssignmentId",
  c.cited_unit_id AS "unitId", c.cited_unit_name AS "unitName", c.signed_by AS "signedBy",
  c.signer_name AS "signerName", c.signed_at AS "signedAt", c.report_hash AS hash, c.achieved::float8 AS achieved,
  c.created_at AS "createdAt"`;

/**
 * The latest accepted report of each finished, applicable sub-assignment of `parentId`, with the
 * sub-unit's name and the signer's name as they are now. $1 parent, $2 DONE, $3 ACCEPTED.
 */
const CITABLE = `SELECT DISTINCT ON (a.id) r.id AS "citedReportId", a.id AS "citedAssignmentId", a.unit_id AS "unitId",
    u.name AS "unitName", r.signed_by AS "signedBy", coalesce(su.display_name, '') AS "signerName",
    r.signed_at AS "signedAt", r.hash, r.achieved::float8 AS achieved, r.content, u.sort AS "unitSort"
  FROM assignment a
  JOIN report r ON r.assignment_id = a.id AND r.status = $3
  JOIN org_unit u ON u.id = a.unit_id
  LEFT JOIN app_user su ON su.id = r.signed_by
  WHERE a.parent_id = $1 AND a.status = $2 AND NOT a.not_applicable AND r.signed_by IS NOT NULL
  ORDER BY a.id, r.version DESC`;

/** All SQL on report and report_citation. */
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

  /** The head's signature: who, when (the exact instant the hash covers) and the hash itself. */
  async signed(
    db: Sql,
    id: string,
    s: { status: ReportStatus; by: string; at: Date; hash: string },
  ): Promise<void> {
    await db.query(`UPDATE report SET status = $2, signed_by = $3, signed_at = $4, hash = $5 WHERE id = $1`, [
      id,
      s.status,
      s.by,
      s.at,
      s.hash,
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

  byIds(db: Sql, ids: readonly string[]): Promise<ReportEntity[]> {
    return db.query(`SELECT ${REPORT_COLUMNS} FROM report r WHERE r.id = ANY($1::bigint[])`, [
      ids.filter((id) => /^\d+$/.test(id)),
    ]);
  },

  /** What a split assignment's report cites: its sub-units' latest accepted reports, in the tree's order. */
  citable(db: Sql, parentAssignmentId: string): Promise<CitableReport[]> {
    return db.query(`SELECT * FROM (${CITABLE}) c ORDER BY c."unitSort", c."citedAssignmentId"`, [
      parentAssignmentId,
      AssignmentStatus.DONE,
      ReportStatus.ACCEPTED,
    ]);
  },

  /**
   * Stores the citations of a composed report, in the given order, re-reading each cited report in
   * the same statement (so only accepted reports of this assignment's sub-units can ever be cited).
   */
  async insertCitations(
    db: Sql,
    c: { reportId: string; tenantId: string; unitPath: string; parentAssignmentId: string; cited: string[] },
  ): Promise<number> {
    if (c.cited.length === 0) return 0;
    const rows = await db.query(
      `INSERT INTO report_citation (report_id, cited_report_id, position, tenant_id, unit_path, cited_assignment_id,
                                    cited_unit_id, cited_unit_name, signed_by, signer_name, signed_at, report_hash, achieved)
       SELECT $4::bigint, c."citedReportId", x.ord, $5::bigint, $6::ltree, c."citedAssignmentId", c."unitId", c."unitName",
              c."signedBy", c."signerName", c."signedAt", c.hash, c.achieved
         FROM unnest($7::bigint[]) WITH ORDINALITY AS x(id, ord)
         JOIN (${CITABLE}) c ON c."citedReportId" = x.id
       RETURNING cited_report_id`,
      [
        c.parentAssignmentId,
        AssignmentStatus.DONE,
        ReportStatus.ACCEPTED,
        c.reportId,
        c.tenantId,
        c.unitPath,
        c.cited,
      ],
    );
    return rows.length;
  },

  /** The citations of each report, in order. */
  citationsOf(db: Sql, reportIds: readonly string[]): Promise<ReportCitationEntity[]> {
    return db.query(
      `SELECT ${CITATION_COLUMNS} FROM report_citation c WHERE c.report_id = ANY($1::bigint[])
        ORDER BY c.report_id, c.position`,
      [reportIds.filter((id) => /^\d+$/.test(id))],
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
