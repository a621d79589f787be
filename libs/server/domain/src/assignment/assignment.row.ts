import { AssignmentStatus, Light } from '@duban/rules';
import { AssignmentLike } from '../rollup';

/** An assignment row as the services read and write it (camelCase, numbers as numbers). */
export interface AssignmentRow extends AssignmentLike {
  id: string;
  tenantId: string;
  itemId: string;
  parentId: string | null;
  unitId: string;
  unitPath: string;
  issuerUnitId: string;
  issuerPath: string;
  role: 'LEAD' | 'CO';
  status: AssignmentStatus;
  deadline: Date;
  extensionPending: boolean;
  extensionForwarded: boolean;
  escalated: boolean;
  escalationForwarded: boolean;
  tightened: boolean;
  /** 退回交办 (then status WITHDRAWN). */
  declined: boolean;
  /** The reason of a return or of a withdrawal on its own. */
  withdrawnReason: string | null;
  /** 改派: the assignment that replaced this one. */
  reassignedToId: string | null;
  light: Light;
  lightReasonZh: string;
  lightReasonEn: string;
  acceptedAt: Date | null;
  doneAt: Date | null;
  reminderStage: string;
  overdueNotices: number;
  lastOverdueNoticeAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ASSIGNMENT_COLUMNS = `a.id, a.tenant_id AS "tenantId", a.item_id AS "itemId", a.parent_id AS "parentId",
  a.unit_id AS "unitId", a.unit_path::text AS "unitPath", a.issuer_unit_id AS "issuerUnitId",
  a.issuer_path::text AS "issuerPath", a.role, a.status, a.deadline, a.target::float8 AS target,
  a.achieved::float8 AS achieved, a.progress_percent::float8 AS "progressPercent", a.overdue, a.returned,
  a.extension_pending AS "extensionPending", a.extension_forwarded AS "extensionForwarded", a.escalated,
  a.escalation_forwarded AS "escalationForwarded", a.split, a.not_applicable AS "notApplicable",
  a.tightened, a.light, a.light_reason_zh AS "lightReasonZh", a.light_reason_en AS "lightReasonEn",
  a.accepted_at AS "acceptedAt", a.done_at AS "doneAt", a.done_late AS "doneLate", a.reminder_stage AS "reminderStage",
  a.overdue_notices AS "overdueNotices", a.last_overdue_notice_at AS "lastOverdueNoticeAt",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.declined,
  a.withdrawn_reason AS "withdrawnReason", a.reassigned_to::text AS "reassignedToId"`;

/** Writes every mutable column of an assignment (one statement, whatever changed). */
export const UPDATE_ASSIGNMENT = `UPDATE assignment SET status = $2, deadline = $3, target = $4, achieved = $5,
  progress_percent = $6, overdue = $7, returned = $8, extension_pending = $9, escalated = $10, split = $11,
  not_applicable = $12, tightened = $13, light = $14, light_reason_zh = $15, light_reason_en = $16,
  accepted_at = $17, done_at = $18, done_late = $19, reminder_stage = $20, overdue_notices = $21,
  last_overdue_notice_at = $22, extension_forwarded = $23, escalation_forwarded = $24, declined = $25,
  withdrawn_reason = $26, reassigned_to = $27, updated_at = now() WHERE id = $1`;

export function updateParams(a: AssignmentRow): unknown[] {
  return [
    a.id,
    a.status,
    a.deadline,
    a.target,
    a.achieved,
    a.progressPercent,
    a.overdue,
    a.returned,
    a.extensionPending,
    a.escalated,
    a.split,
    a.notApplicable,
    a.tightened,
    a.light,
    a.lightReasonZh,
    a.lightReasonEn,
    a.acceptedAt,
    a.doneAt,
    a.doneLate,
    a.reminderStage,
    a.overdueNotices,
    a.lastOverdueNoticeAt,
    a.extensionForwarded,
    a.escalationForwarded,
    a.declined,
    a.withdrawnReason,
    a.reassignedToId,
  ];
}
