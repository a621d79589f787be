import { EscalationTarget, UrgeKind } from '@duban/rules';
import { AssignmentRow } from '../assignment';
import { isId, Sql } from '../shared';

export interface UrgeNoticeInput {
  number: string;
  kind: UrgeKind;
  target: EscalationTarget;
  text: string;
  /** null for the sweeper's automatic notices. */
  createdBy: string | null;
  /** The sweeper dates its notices by its own clock (one 月报/季报提醒 per cycle goes by it). */
  createdAt?: Date;
}

/** A notice as the UrgeNotice type reads it. */
export interface UrgeNoticeRow {
  id: string;
  number: string;
  kind: UrgeKind;
  target: EscalationTarget;
  text: string;
  createdAt: Date;
  /** The urged unit's path (row-level security; who may print the notice). */
  unitPath: string;
}

/** A notice with its assignment and the office that numbered it (for the printed 催办通知单). */
export interface PrintableUrgeNotice extends UrgeNoticeRow {
  assignmentId: string;
  officeUnitId: string;
}

const COLUMNS = `id::text, number, kind, target, text, created_at AS "createdAt", unit_path::text AS "unitPath"`;

/** All SQL on urge_notice: numbered 催办通知, manual and from the sweeper. */
export const urgeNoticeRepository = {
  /** Inserts a notice and returns it as UrgeNotice reads it (every declared field set). */
  async insert(db: Sql, a: AssignmentRow, n: UrgeNoticeInput): Promise<UrgeNoticeRow> {
    const [row]: UrgeNoticeRow[] = await db.query(
      // The office that numbered it: the urging user's unit, else (the sweeper) the assigning office.
      `INSERT INTO urge_notice (tenant_id, assignment_id, unit_path, number, kind, target, text, created_by, office_unit_id,
         created_at)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8,
               coalesce((SELECT org_unit_id FROM app_user WHERE id = $8), $9), coalesce($10, now())) RETURNING ${COLUMNS}`,
      [
        a.tenantId,
        a.id,
        a.unitPath,
        n.number,
        n.kind,
        n.target,
        n.text,
        n.createdBy,
        a.issuerUnitId,
        n.createdAt ?? null,
      ],
    );
    return row;
  },

  /** One notice as the caller may see it (its unit or above), with what a printed notice needs. */
  async find(db: Sql, id: string): Promise<PrintableUrgeNotice | null> {
    if (!isId(id)) return null;
    const [row] = await db.query(
      `SELECT ${COLUMNS}, assignment_id::text AS "assignmentId", office_unit_id::text AS "officeUnitId"
         FROM urge_notice WHERE id = $1`,
      [id],
    );
    return row ?? null;
  },

  ofAssignment(db: Sql, assignmentId: string): Promise<UrgeNoticeRow[]> {
    return db.query(`SELECT ${COLUMNS} FROM urge_notice WHERE assignment_id = $1 ORDER BY id`, [
      assignmentId,
    ]);
  },
};
