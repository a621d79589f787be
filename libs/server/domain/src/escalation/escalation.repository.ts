import { EscalationStatus } from '@duban/rules';
import { AssignmentRow } from '../assignment';
import { Sql } from '../shared';

export const ESCALATION_COLUMNS = `e.id, e.assignment_id AS "assignmentId", e.to_unit_id AS "toUnitId", e.reason, e.status,
  e.created_at AS "createdAt", e.forwarded_to AS "forwardedTo", e.forward_opinion AS "forwardOpinion",
  e.resolution, e.resolved_at AS "resolvedAt"`;

/** An escalation as forwarding and resolving need it, read under a row lock. */
export interface LockedEscalation {
  id: string;
  assignmentId: string;
  status: EscalationStatus;
  reason: string;
}

const LOCK_COLUMNS = `id, assignment_id AS "assignmentId", status, reason`;

/** All SQL on escalation (上报协调). */
export const escalationRepository = {
  /** A new open escalation of `a`, addressed to the office that assigned it. */
  async open(db: Sql, a: AssignmentRow, reason: string, by: string): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO escalation (tenant_id, assignment_id, unit_path, to_unit_id, reason, created_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6) RETURNING id`,
      [a.tenantId, a.id, a.unitPath, a.issuerUnitId, reason, by],
    );
    return String(row.id);
  },

  /** The assignment's escalation still waiting for an answer (open here, or forwarded above), locked. */
  async lockCurrent(db: Sql, assignmentId: string): Promise<LockedEscalation | null> {
    const [row] = await db.query(
      `SELECT ${LOCK_COLUMNS} FROM escalation WHERE assignment_id = $1 AND status IN ($2, $3)
        ORDER BY id DESC LIMIT 1 FOR UPDATE`,
      [assignmentId, EscalationStatus.OPEN, EscalationStatus.FORWARDED],
    );
    return row ? { ...row, id: String(row.id), assignmentId: String(row.assignmentId) } : null;
  },

  /** The escalations forwarded to this one (one per level below), still waiting, locked. */
  async forwardedFrom(db: Sql, id: string): Promise<LockedEscalation[]> {
    const rows: LockedEscalation[] = await db.query(
      `SELECT ${LOCK_COLUMNS} FROM escalation WHERE forwarded_to = $1 AND status = $2 ORDER BY id FOR UPDATE`,
      [id, EscalationStatus.FORWARDED],
    );
    return rows.map((r) => ({ ...r, id: String(r.id), assignmentId: String(r.assignmentId) }));
  },

  /** Whether anything was ever forwarded to this escalation (its reason is then already composed). */
  async wasForwardedTo(db: Sql, id: string): Promise<boolean> {
    const rows = await db.query(`SELECT 1 FROM escalation WHERE forwarded_to = $1 LIMIT 1`, [id]);
    return rows.length > 0;
  },

  async forward(db: Sql, id: string, toId: string, opinion: string): Promise<void> {
    await db.query(
      `UPDATE escalation SET status = $2, forwarded_to = $3, forward_opinion = $4 WHERE id = $1`,
      [id, EscalationStatus.FORWARDED, toId, opinion],
    );
  },

  async resolve(db: Sql, id: string, resolution: string, by: string): Promise<void> {
    await db.query(
      `UPDATE escalation SET status = $2, resolution = $3, resolved_by = $4, resolved_at = now() WHERE id = $1`,
      [id, EscalationStatus.RESOLVED, resolution, by],
    );
  },

  /** An assignment's escalations, newest first. */
  list(db: Sql, assignmentId: string) {
    return db.query(
      `SELECT ${ESCALATION_COLUMNS} FROM escalation e WHERE e.assignment_id = $1 ORDER BY e.id DESC`,
      [assignmentId],
    );
  },
};
