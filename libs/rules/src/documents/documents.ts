import type { Bilingual } from '../common/bilingual';
import { Role } from '../identity/role';
import { isWithinPath, type Viewer } from '../access/access';
import { ASSIGNMENT_STATUS_LABELS, AssignmentStatus } from '../supervision/assignment-state';
import { ITEM_STATUS_LABELS, ItemStatus } from '../supervision/item-state';
import { REPORT_STATUS_LABELS, ReportStatus } from '../supervision/report-state';

/** The official forms the 督查室 prints (each one issued, stored and verifiable). */
export enum DocumentKind {
  /** 督促检查登记单, from an item. */
  ITEM_REGISTRATION = 'ITEM_REGISTRATION',
  /** 领导同志批示件办理情况, from an item and its 结果反馈. */
  INSTRUCTION_FEEDBACK = 'INSTRUCTION_FEEDBACK',
  /** 督查催办通知单, from one urge notice. */
  URGE_NOTICE = 'URGE_NOTICE',
  /** 办理情况报告, from a signed report. */
  REPORT = 'REPORT',
  /** 督查通报, from a bulletin. */
  BULLETIN = 'BULLETIN',
}

export enum DocumentFormat {
  PDF = 'PDF',
  DOCX = 'DOCX',
}

/** The form's own title as printed. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, Bilingual> = {
  [DocumentKind.ITEM_REGISTRATION]: { zh: '督促检查登记单', en: 'Supervision registration form' },
  [DocumentKind.INSTRUCTION_FEEDBACK]: {
    zh: '领导同志批示件办理情况',
    en: 'Handling of a leader’s instruction',
  },
  [DocumentKind.URGE_NOTICE]: { zh: '督查催办通知单', en: 'Urge notice' },
  [DocumentKind.REPORT]: { zh: '办理情况报告', en: 'Handling report' },
  [DocumentKind.BULLETIN]: { zh: '督查通报', en: 'Supervision bulletin' },
};

/** What issuing a form reads of its subject. */
export interface DocumentSubjectFacts {
  /**
   * The unit the record belongs to: the issuing office of an item or bulletin, the urged or
   * reporting unit of an urge notice or report.
   */
  path: string;
  /** The record holds what the form prints (an item's number, a feedback, a signature). */
  ready: boolean;
}

const WORKING_ROLES = [Role.SUPERVISOR, Role.LEADER, Role.HEAD, Role.LIAISON];
const OFFICE_ROLES = [Role.SUPERVISOR, Role.LEADER];

/**
 * Who prints what. The 督查室's own forms about an item (登记单, 批示件办理情况): a supervisor or leader
 * of the issuing office or of an office above it. An urge notice or a report: anyone working at the
 * unit it concerns or above it (the urged unit keeps its notice, the reviewing office its report).
 * A bulletin: anyone working in a unit that can read it (the issuing office's subtree or a named
 * unit; visibility itself is the database's row-level security).
 */
const STANDING: Record<DocumentKind, (v: Viewer, s: DocumentSubjectFacts) => boolean> = {
  [DocumentKind.ITEM_REGISTRATION]: (v, s) => isWithinPath(s.path, v.unitPath) && hasAny(v, OFFICE_ROLES),
  [DocumentKind.INSTRUCTION_FEEDBACK]: (v, s) => isWithinPath(s.path, v.unitPath) && hasAny(v, OFFICE_ROLES),
  [DocumentKind.URGE_NOTICE]: (v, s) => isWithinPath(s.path, v.unitPath) && hasAny(v, WORKING_ROLES),
  [DocumentKind.REPORT]: (v, s) => isWithinPath(s.path, v.unitPath) && hasAny(v, WORKING_ROLES),
  [DocumentKind.BULLETIN]: (v) => hasAny(v, WORKING_ROLES),
};

const STANDING_REFUSAL: Bilingual = {
  zh: '您无权打印该文书',
  en: 'You may not print this form',
};

/** Why the record cannot be printed yet, per kind (CONFLICT: the right person at the wrong time). */
export const DOCUMENT_NOT_READY: Record<DocumentKind, Bilingual> = {
  [DocumentKind.ITEM_REGISTRATION]: {
    zh: '事项尚未立项编号，不能打印登记单',
    en: 'The item has no registration number yet; its form cannot be printed',
  },
  [DocumentKind.INSTRUCTION_FEEDBACK]: {
    zh: '事项尚未结果反馈，不能打印批示件办理情况',
    en: 'The item has no result feedback yet; the instruction form cannot be printed',
  },
  [DocumentKind.URGE_NOTICE]: { zh: '催办通知不可打印', en: 'The urge notice cannot be printed' },
  [DocumentKind.REPORT]: {
    zh: '报告尚未经一把手签字，不能打印',
    en: 'The report has not been signed by the unit head; it cannot be printed',
  },
  [DocumentKind.BULLETIN]: { zh: '通报不可打印', en: 'The bulletin cannot be printed' },
};

function hasAny(v: Viewer, roles: readonly Role[]): boolean {
  return roles.some((r) => v.roles.includes(r));
}

/** Null when the caller's standing and roles allow printing this kind of form for the record. */
export function documentIssueRefusal(
  kind: DocumentKind,
  viewer: Viewer,
  subject: DocumentSubjectFacts,
): Bilingual | null {
  return STANDING[kind](viewer, subject) ? null : STANDING_REFUSAL;
}

/** The forms of `kinds` the caller may print for the record now (the admin offers exactly these). */
export function printableDocuments(
  kinds: readonly DocumentKind[],
  viewer: Viewer,
  subject: (kind: DocumentKind) => DocumentSubjectFacts,
): DocumentKind[] {
  return kinds.filter((k) => {
    const s = subject(k);
    return s.ready && documentIssueRefusal(k, viewer, s) === null;
  });
}

/** A bulletin has no status after issue: the verification page says it stands as issued. */
export const BULLETIN_ISSUED_STATUS = 'ISSUED';

/**
 * The record's current status as the verification page shows it: the item's (登记单, 批示件), the
 * urged assignment's (催办通知单), the report's, or 已印发 for a bulletin. Null for a status the
 * record no longer has a label for.
 */
export function documentSubjectStatusLabel(kind: DocumentKind, status: string | null): Bilingual | null {
  if (status === null) return null;
  switch (kind) {
    case DocumentKind.ITEM_REGISTRATION:
    case DocumentKind.INSTRUCTION_FEEDBACK:
      return ITEM_STATUS_LABELS[status as ItemStatus] ?? null;
    case DocumentKind.URGE_NOTICE:
      return ASSIGNMENT_STATUS_LABELS[status as AssignmentStatus] ?? null;
    case DocumentKind.REPORT:
      return REPORT_STATUS_LABELS[status as ReportStatus] ?? null;
    case DocumentKind.BULLETIN:
      return status === BULLETIN_ISSUED_STATUS ? { zh: '已印发', en: 'Issued' } : null;
  }
}
