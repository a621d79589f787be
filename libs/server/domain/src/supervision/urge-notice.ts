import { EntityManager } from 'typeorm';
import { EscalationTarget, UrgeKind } from '@duban/rules';
import { AssignmentRow } from './assignment.row';

export interface UrgeNoticeInput {
  number: string;
  kind: UrgeKind;
  target: EscalationTarget;
  text: string;
  /** null for the sweeper's automatic notices. */
  createdBy: string | null;
}

/** Records a numbered 催办通知 against an assignment (manual urge and sweeper share it). */
export async function insertUrgeNotice(
  em: EntityManager,
  a: AssignmentRow,
  n: UrgeNoticeInput,
): Promise<void> {
  await em.query(
    `INSERT INTO urge_notice (tenant_id, assignment_id, unit_path, number, kind, target, text, created_by)
     VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8)`,
    [a.tenantId, a.id, a.unitPath, n.number, n.kind, n.target, n.text, n.createdBy],
  );
}
