import { ExtensionStatus } from '@duban/rules';
import { AssignmentRow } from '../assignment';
import { isId, Sql } from '../shared';

export const EXTENSION_COLUMNS = `e.id, e.assignment_id AS "assignmentId", e.reason, e.current_deadline AS "currentDeadline",
  e.requested_deadline AS "requestedDeadline", e.current_progress::float8 AS "currentProgress", e.status,
  e.requested_by AS "requestedBy", e.requested_at AS "requestedAt", e.decided_by AS "decidedBy", e.decided_at AS "decidedAt",
  e.decision_comment AS "decisionComment", e.forwarded_to AS "forwardedTo", e.forward_opinion AS "forwardOpinion"`;

/** A request as a decision needs it, read under a row lock. */
export interface LockedExtension {
  id: string;
  assignmentId: string;
  status: ExtensionStatus;
  reason: string;
  requestedDeadline: Date;
}

const LOCK_COLUMNS = `id, assignment_id AS "assignmentId", status, reason, requested_deadline AS "requestedDeadline"`;

/** All SQL on extension_request. */
export const extensionRepository = {
  async insert(db: Sql, a: AssignmentRow, reason: string, requested: Date, by: string): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO extension_request (tenant_id, assignment_id, unit_path, reason, current_deadline, requested_deadline, current_progress, requested_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8) RETURNING id`,
      [a.tenantId, a.id, a.unitPath, reason, a.deadline, requested, a.progressPercent, by],
    );
    return row.id;
  },

  async lock(db: Sql, id: string): Promise<LockedExtension | null> {
    if (!isId(id)) return null;
    const [row] = await db.query(`SELECT ${LOCK_COLUMNS} FROM extension_request WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return row ?? null;
  },

  /** The requests that were forwarded to this one (one per level below), locked. */
  forwardedFrom(db: Sql, id: string): Promise<LockedExtension[]> {
    return db.query(
      `SELECT ${LOCK_COLUMNS} FROM extension_request WHERE forwarded_to = $1 ORDER BY id FOR UPDATE`,
      [id],
    );
  },

  async decide(
    db: Sql,
    id: string,
    status: ExtensionStatus,
    by: string,
    comment: string | null,
  ): Promise<void> {
    await db.query(
      `UPDATE extension_request SET status = $2, decided_by = $3, decided_at = now(), decision_comment = $4 WHERE id = $1`,
      [id, status, by, comment],
    );
  },

  async forward(db: Sql, id: string, toId: string, opinion: string | null): Promise<void> {
    await db.query(
      `UPDATE extension_request SET status = $2, forwarded_to = $3, forward_opinion = $4 WHERE id = $1`,
      [id, ExtensionStatus.FORWARDED, toId, opinion],
    );
  },

  async find(db: Sql, id: string) {
    const [r] = await db.query(`SELECT ${EXTENSION_COLUMNS} FROM extension_request e WHERE e.id = $1`, [id]);
    return r;
  },

  /** An assignment's requests, or the pending ones addressed to an office; newest first. */
  list(db: Sql, q: { assignmentId: string | null; issuerUnitId: string; pendingOnly: boolean }) {
    return db.query(
      `SELECT ${EXTENSION_COLUMNS} FROM extension_request e JOIN assignment a ON a.id = e.assignment_id
        WHERE ($1::bigint IS NULL OR e.assignment_id = $1) AND ($1::bigint IS NOT NULL OR a.issuer_unit_id = $2)
          AND (NOT $3 OR e.status = '${ExtensionStatus.PENDING}') ORDER BY e.id DESC`,
      [q.assignmentId, q.issuerUnitId, q.pendingOnly],
    );
  },
};
