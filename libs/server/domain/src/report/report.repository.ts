import { AssignmentStatus, CitationKind, NEW_REPORT_STATUS, ReportStatus } from '@duban/rules';
import { Attachment, isId, reviewQueueSql, signQueueSql, Sql } from '../shared';
import { ReportCitationEntity } from './report-citation.entity';
import { ReviewChecklist } from './report.dto';
import { ReportEntity } from './report.entity';

export const REPORT_COLUMNS = `r.id, r.tenant_id AS "tenantId", r.assignment_id AS "assignmentId", r.item_id AS "itemId",
  r.unit_path::text AS "unitPath", r.version, r.content, r.achieved::float8 AS achieved, r.progress_percent::float8 AS "progressPercent",
  r.attachments, r.status, r.submitted_by AS "submittedBy", r.submitted_at AS "submittedAt", r.signed_by AS "signedBy",
  r.signed_at AS "signedAt", r.signed_for AS "signedForId", r.signing_delegation_id AS "signingDelegationId",
  r.hash, r.reviewed_by AS "reviewedBy", r.reviewed_at AS "reviewedAt", r.checklist, r.review_comment AS "reviewComment"`;

/** What a decision on a report needs to know, read under a row lock. */
export interface LockedReport {
  id: string;
  assignmentId: string;
  status: ReportStatus;
  content: string;
  achieved: number | null;
}

/** A sub-unit's (or co-unit's) accepted report as a composed report cites it (最多报一次). */
export interface CitableReport {
  citedReportId: string;
  citedAssignmentId: string;
  unitId: string;
  unitName: string;
  signedBy: string;
  signerName: string;
  /** 代签: the head an acting signer signed for. */
  signedForName: string | null;
  signedAt: Date;
  hash: string | null;
  achieved: number | null;
  content: string;
}

const CITATION_COLUMNS = `c.report_id AS "reportId", c.cited_report_id AS "citedReportId", c.position,
  c.tenant_id AS "tenantId", c.unit_path::text AS "unitPath", c.cited_assignment_id AS "citedAssignmentId",
  c.cited_unit_id AS "unitId", c.cited_unit_name AS "unitName", c.signed_by AS "signedBy",
  c.signer_name AS "signerName", c.signed_for_name AS "signedForName", c.kind, c.signed_at AS "signedAt", c.report_hash AS hash, c.achieved::float8 AS achieved,
  c.created_at AS "createdAt"`;

/**
 * What a composed report may cite, as rows of one shape (`CitableReport` + "unitSort"), with the
 * unit's name and the signer's name as they are now. SUB_UNIT: the latest accepted report of each
 * finished, applicable sub-assignment of `id`. CO_UNIT: the same of each co-unit of the lead `id`
 * (主办/协办), read through `duban_co_citable` because the co-units lie outside the lead's scope.
 * `p` adds a bind parameter and returns its placeholder.
 */
function citableSql(kind: CitationKind, id: string, p: (v: unknown) => string): string {
  if (kind === CitationKind.CO_UNIT) return `SELECT * FROM duban_co_citable(${p(id)}::bigint)`;
  return `SELECT DISTINCT ON (a.id) r.id AS "citedReportId", a.id AS "citedAssignmentId", a.unit_id AS "unitId",
    u.name AS "unitName", r.signed_by AS "signedBy", coalesce(su.display_name, '') AS "signerName",
    fu.display_name AS "signedForName", r.signed_at AS "signedAt", r.hash, r.achieved::float8 AS achieved,
    r.content, u.sort AS "unitSort"
  FROM assignment a
  JOIN report r ON r.assignment_id = a.id AND r.status = ${p(ReportStatus.ACCEPTED)}
  JOIN org_unit u ON u.id = a.unit_id
  LEFT JOIN app_user su ON su.id = r.signed_by
  LEFT JOIN app_user fu ON fu.id = r.signed_for
  WHERE a.parent_id = ${p(id)}::bigint AND a.status = ${p(AssignmentStatus.DONE)} AND NOT a.not_applicable
    AND r.signed_by IS NOT NULL
  ORDER BY a.id, r.version DESC`;
}

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
      by: string;
    },
  ): Promise<string> {
    const [{ v }] = await db.query(
      `SELECT coalesce(max(version), 0) + 1 AS v FROM report WHERE assignment_id = $1`,
      [r.assignmentId],
    );
    const [row] = await db.query(
      `INSERT INTO report (tenant_id, assignment_id, item_id, unit_path, version, content, achieved, progress_percent, status, submitted_by)
       VALUES ($1, $2, $3, $4::ltree, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        r.tenantId,
        r.assignmentId,
        r.itemId,
        r.unitPath,
        v,
        r.content,
        r.achieved,
        r.progressPercent,
        NEW_REPORT_STATUS,
        r.by,
      ],
    );
    return row.id;
  },

  /** The files attached on submission (before the head signs; the signature's hash covers them). */
  async setAttachments(db: Sql, id: string, attachments: readonly Attachment[]): Promise<void> {
    await db.query(`UPDATE report SET attachments = $2 WHERE id = $1`, [id, JSON.stringify(attachments)]);
  },

  async lock(db: Sql, id: string): Promise<LockedReport | null> {
    if (!isId(id)) return null;
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

  /**
   * The head's signature: who, when (the exact instant the hash covers) and the hash itself; for an
   * acting signer (代签) also the head signed for and the delegation signed under.
   */
  async signed(
    db: Sql,
    id: string,
    s: {
      status: ReportStatus;
      by: string;
      at: Date;
      hash: string;
      acting: { headId: string; delegationId: string } | null;
    },
  ): Promise<void> {
    await db.query(
      `UPDATE report SET status = $2, signed_by = $3, signed_at = $4, hash = $5, signed_for = $6,
         signing_delegation_id = $7 WHERE id = $1`,
      [id, s.status, s.by, s.at, s.hash, s.acting?.headId ?? null, s.acting?.delegationId ?? null],
    );
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
      ids.filter((id) => isId(id)),
    ]);
  },

  /**
   * What a composed report cites, in the tree's order: a split assignment's sub-units' latest accepted
   * reports (SUB_UNIT, `id` the split assignment), or a lead's co-units' (CO_UNIT, `id` the lead's).
   */
  citable(db: Sql, id: string, kind: CitationKind = CitationKind.SUB_UNIT): Promise<CitableReport[]> {
    const params: unknown[] = [];
    const sql = citableSql(kind, id, (v) => `$${params.push(v)}`);
    return db.query(`SELECT * FROM (${sql}) c ORDER BY c."unitSort", c."citedAssignmentId"`, params);
  },

  /**
   * Stores the citations of a composed report, in the given order after `after` earlier ones,
   * re-reading each cited report in the same statement (so only accepted reports of this
   * assignment's sub-units, or of this lead's co-units, can ever be cited).
   */
  async insertCitations(
    db: Sql,
    c: {
      reportId: string;
      tenantId: string;
      unitPath: string;
      /** The split assignment (SUB_UNIT) or the lead's assignment (CO_UNIT). */
      parentAssignmentId: string;
      cited: string[];
      kind?: CitationKind;
      after?: number;
    },
  ): Promise<number> {
    if (c.cited.length === 0) return 0;
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const source = citableSql(c.kind ?? CitationKind.SUB_UNIT, c.parentAssignmentId, p);
    const rows = await db.query(
      `INSERT INTO report_citation (report_id, cited_report_id, position, tenant_id, unit_path, cited_assignment_id,
                                    cited_unit_id, cited_unit_name, signed_by, signer_name, signed_for_name, signed_at,
                                    report_hash, achieved, kind)
       SELECT ${p(c.reportId)}::bigint, c."citedReportId", x.ord + ${p(c.after ?? 0)}::int, ${p(c.tenantId)}::bigint,
              ${p(c.unitPath)}::ltree, c."citedAssignmentId", c."unitId", c."unitName", c."signedBy", c."signerName",
              c."signedForName", c."signedAt", c.hash, c.achieved, ${p(c.kind ?? CitationKind.SUB_UNIT)}
         FROM unnest(${p(c.cited)}::bigint[]) WITH ORDINALITY AS x(id, ord)
         JOIN (${source}) c ON c."citedReportId" = x.id
       RETURNING cited_report_id`,
      params,
    );
    return rows.length;
  },

  /** The citations of each report, in order. */
  citationsOf(db: Sql, reportIds: readonly string[]): Promise<ReportCitationEntity[]> {
    return db.query(
      `SELECT ${CITATION_COLUMNS} FROM report_citation c WHERE c.report_id = ANY($1::bigint[])
        ORDER BY c.report_id, c.position`,
      [reportIds.filter((id) => isId(id))],
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
        WHERE ${signQueueSql('$1')} ORDER BY r.id`,
      [unitId],
    );
  },

  /** 待审核: signed reports on assignments the office gave out. */
  underReview(db: Sql, issuerUnitId: string): Promise<ReportEntity[]> {
    return db.query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN assignment a ON a.id = r.assignment_id
        WHERE ${reviewQueueSql('$1')} ORDER BY r.id`,
      [issuerUnitId],
    );
  },
};
