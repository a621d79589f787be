import { InstructionKind, InstructionTarget } from '@duban/rules';
import { isId, Sql } from '../shared';
import { InstructionEntity } from './instruction.entity';

const INSTRUCTION_COLUMNS = `n.id, n.tenant_id AS "tenantId", n.item_id AS "itemId", n.report_id AS "reportId",
  n.target, n.kind, n.text, n.leader_id AS "leaderId", n.leader_name AS "leaderName", n.leader_unit_id AS "leaderUnitId",
  n.unit_path::text AS "unitPath", n.reopen_deadline AS "reopenDeadline", n.created_at AS "createdAt"`;

export interface NewInstruction {
  tenantId: string;
  itemId: string;
  reportId: string | null;
  target: InstructionTarget;
  kind: InstructionKind;
  text: string | null;
  leaderId: string;
  leaderUnitId: string;
  unitPath: string;
  reopenDeadline: Date | null;
}

/** One instruction as a printed form shows it: the leader's unit by name, the report's unit too. */
export interface InstructionLine extends InstructionEntity {
  leaderUnitName: string;
  reportUnitName: string | null;
}

/** All SQL on instruction (append-only: inserted, never updated or deleted). */
export const instructionRepository = {
  async insert(db: Sql, n: NewInstruction): Promise<{ id: string; leaderName: string }> {
    const [row] = await db.query(
      `INSERT INTO instruction (tenant_id, item_id, report_id, target, kind, text, leader_id, leader_name,
         leader_unit_id, unit_path, reopen_deadline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce((SELECT display_name FROM app_user WHERE id = $7), ''),
         $8, $9::ltree, $10)
       RETURNING id, leader_name AS "leaderName"`,
      [
        n.tenantId,
        n.itemId,
        n.reportId,
        n.target,
        n.kind,
        n.text,
        n.leaderId,
        n.leaderUnitId,
        n.unitPath,
        n.reopenDeadline,
      ],
    );
    return { id: String(row.id), leaderName: row.leaderName ?? '' };
  },

  async find(db: Sql, id: string): Promise<InstructionEntity | null> {
    if (!isId(id)) return null;
    const [row] = await db.query(`SELECT ${INSTRUCTION_COLUMNS} FROM instruction n WHERE n.id = $1`, [id]);
    return row ?? null;
  },

  /** The instructions on each item and its 结果反馈 (not on its reports), oldest first. */
  ofItems(db: Sql, itemIds: readonly string[]): Promise<InstructionEntity[]> {
    return db.query(
      `SELECT ${INSTRUCTION_COLUMNS} FROM instruction n
        WHERE n.item_id = ANY($1::bigint[]) AND n.report_id IS NULL ORDER BY n.id`,
      [itemIds.filter((id) => isId(id))],
    );
  },

  /** The instructions on each report, oldest first. */
  ofReports(db: Sql, reportIds: readonly string[]): Promise<InstructionEntity[]> {
    return db.query(
      `SELECT ${INSTRUCTION_COLUMNS} FROM instruction n WHERE n.report_id = ANY($1::bigint[]) ORDER BY n.id`,
      [reportIds.filter((id) => isId(id))],
    );
  },

  /**
   * Everything leaders wrote on one item — on the item, its reports and its 结果反馈 — as far as the
   * caller's scope reads it, oldest first, with names: what a printed form (登记表, 反馈单) lists.
   */
  linesOfItem(db: Sql, itemId: string): Promise<InstructionLine[]> {
    if (!isId(itemId)) return Promise.resolve([]);
    return db.query(
      `SELECT ${INSTRUCTION_COLUMNS}, coalesce(o.name, '') AS "leaderUnitName", ro.name AS "reportUnitName"
         FROM instruction n
         LEFT JOIN org_unit o ON o.id = n.leader_unit_id
         LEFT JOIN report r ON r.id = n.report_id
         LEFT JOIN assignment a ON a.id = r.assignment_id
         LEFT JOIN org_unit ro ON ro.id = a.unit_id
        WHERE n.item_id = $1 ORDER BY n.id`,
      [itemId],
    );
  },
};
