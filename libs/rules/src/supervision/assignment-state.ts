import type { Bilingual } from '../common/bilingual';
import { IllegalTransitionError } from '../common/errors';

/** The lifecycle of one unit's assignment (交办任务) of an item. */
export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_SIGNATURE = 'AWAITING_SIGNATURE',
  UNDER_REVIEW = 'UNDER_REVIEW',
  DONE = 'DONE',
  WITHDRAWN = 'WITHDRAWN',
}

export enum AssignmentAction {
  ACCEPT = 'ACCEPT',
  SUBMIT_REPORT = 'SUBMIT_REPORT',
  SIGN = 'SIGN',
  REFUSE_SIGNATURE = 'REFUSE_SIGNATURE',
  ACCEPT_REPORT = 'ACCEPT_REPORT',
  RETURN = 'RETURN',
  WITHDRAW = 'WITHDRAW',
  /** 退回交办: before signing for it, the unit returns it to the assigning office as not its responsibility. */
  DECLINE = 'DECLINE',
  // The actions below never change the status; they are only legal in some states.
  DELEGATE = 'DELEGATE',
  SUBMIT_PROGRESS = 'SUBMIT_PROGRESS',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  URGE = 'URGE',
  ESCALATE = 'ESCALATE',
  /** 复查复议: a done assignment goes back to work when its concluded item is reopened. */
  REOPEN = 'REOPEN',
}

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, Bilingual> = {
  [AssignmentStatus.ASSIGNED]: { zh: '待签收', en: 'Awaiting acceptance' },
  [AssignmentStatus.IN_PROGRESS]: { zh: '办理中', en: 'In progress' },
  [AssignmentStatus.AWAITING_SIGNATURE]: { zh: '待签字', en: 'Awaiting signature' },
  [AssignmentStatus.UNDER_REVIEW]: { zh: '待审核', en: 'Under review' },
  [AssignmentStatus.DONE]: { zh: '已办结', en: 'Done' },
  [AssignmentStatus.WITHDRAWN]: { zh: '已撤销', en: 'Withdrawn' },
};

export const ASSIGNMENT_ACTION_LABELS: Record<AssignmentAction, Bilingual> = {
  [AssignmentAction.ACCEPT]: { zh: '签收', en: 'Accept' },
  [AssignmentAction.SUBMIT_REPORT]: { zh: '提交报告', en: 'Submit report' },
  [AssignmentAction.SIGN]: { zh: '一把手签字', en: 'Sign report' },
  [AssignmentAction.REFUSE_SIGNATURE]: { zh: '拒绝签字', en: 'Refuse to sign' },
  [AssignmentAction.ACCEPT_REPORT]: { zh: '审核通过', en: 'Accept report' },
  [AssignmentAction.RETURN]: { zh: '退回重办', en: 'Return for rework' },
  [AssignmentAction.WITHDRAW]: { zh: '撤销', en: 'Withdraw' },
  [AssignmentAction.DECLINE]: { zh: '退回交办', en: 'Return to the assigning office' },
  [AssignmentAction.DELEGATE]: { zh: '转办/分解', en: 'Delegate' },
  [AssignmentAction.SUBMIT_PROGRESS]: { zh: '报送进展', en: 'Report progress' },
  [AssignmentAction.REQUEST_EXTENSION]: { zh: '申请延期', en: 'Request extension' },
  [AssignmentAction.URGE]: { zh: '催办', en: 'Urge' },
  [AssignmentAction.ESCALATE]: { zh: '上报协调', en: 'Escalate' },
  [AssignmentAction.REOPEN]: { zh: '复查重办', en: 'Reopen' },
};

// The English refusal reads as a sentence, not a button label.
const CANNOT: Record<AssignmentAction, string> = {
  [AssignmentAction.ACCEPT]: 'it cannot be accepted',
  [AssignmentAction.SUBMIT_REPORT]: 'a report cannot be submitted',
  [AssignmentAction.SIGN]: 'the report cannot be signed',
  [AssignmentAction.REFUSE_SIGNATURE]: 'the signature cannot be refused',
  [AssignmentAction.ACCEPT_REPORT]: 'the report cannot be accepted',
  [AssignmentAction.RETURN]: 'it cannot be returned for rework',
  [AssignmentAction.WITHDRAW]: 'it cannot be withdrawn',
  [AssignmentAction.DECLINE]: 'it can no longer be returned to the assigning office',
  [AssignmentAction.DELEGATE]: 'it cannot be delegated',
  [AssignmentAction.SUBMIT_PROGRESS]: 'progress cannot be reported',
  [AssignmentAction.REQUEST_EXTENSION]: 'an extension cannot be requested',
  [AssignmentAction.URGE]: 'it cannot be urged',
  [AssignmentAction.ESCALATE]: 'it cannot be escalated',
  [AssignmentAction.REOPEN]: 'only a done assignment can be reopened',
};

const S = AssignmentStatus;
const A = AssignmentAction;

/** The only legal moves; anything absent is refused. Self-loops are the status-neutral actions. */
const TRANSITIONS: Record<AssignmentStatus, Partial<Record<AssignmentAction, AssignmentStatus>>> = {
  [S.ASSIGNED]: {
    [A.ACCEPT]: S.IN_PROGRESS,
    [A.REQUEST_EXTENSION]: S.ASSIGNED,
    [A.URGE]: S.ASSIGNED,
    // A unit may say at once that the task is beyond its powers (分级负责).
    [A.ESCALATE]: S.ASSIGNED,
    [A.WITHDRAW]: S.WITHDRAWN,
    // Only before signing for it: once signed for (签收), the unit has taken it on.
    [A.DECLINE]: S.WITHDRAWN,
  },
  [S.IN_PROGRESS]: {
    [A.SUBMIT_REPORT]: S.AWAITING_SIGNATURE,
    [A.DELEGATE]: S.IN_PROGRESS,
    [A.SUBMIT_PROGRESS]: S.IN_PROGRESS,
    [A.REQUEST_EXTENSION]: S.IN_PROGRESS,
    [A.URGE]: S.IN_PROGRESS,
    [A.ESCALATE]: S.IN_PROGRESS,
    [A.WITHDRAW]: S.WITHDRAWN,
  },
  [S.AWAITING_SIGNATURE]: {
    // Unsigned reports are never accepted: the head signs or sends it back (签字就表明认可).
    [A.SIGN]: S.UNDER_REVIEW,
    [A.REFUSE_SIGNATURE]: S.IN_PROGRESS,
    [A.REQUEST_EXTENSION]: S.AWAITING_SIGNATURE,
    [A.URGE]: S.AWAITING_SIGNATURE,
    [A.WITHDRAW]: S.WITHDRAWN,
  },
  [S.UNDER_REVIEW]: {
    [A.ACCEPT_REPORT]: S.DONE,
    [A.RETURN]: S.IN_PROGRESS,
    [A.URGE]: S.UNDER_REVIEW,
    [A.WITHDRAW]: S.WITHDRAWN,
  },
  // Only with its item (复查复议); otherwise done is done.
  [S.DONE]: { [A.REOPEN]: S.IN_PROGRESS },
  [S.WITHDRAWN]: {},
};

export function nextAssignmentStatus(from: AssignmentStatus, action: AssignmentAction): AssignmentStatus {
  const to = TRANSITIONS[from]?.[action];
  if (to === undefined) {
    const status = ASSIGNMENT_STATUS_LABELS[from] ?? { zh: String(from), en: String(from) };
    const verb = ASSIGNMENT_ACTION_LABELS[action]?.zh ?? String(action);
    throw new IllegalTransitionError(
      {
        zh: `任务当前为“${status.zh}”，不能执行“${verb}”`,
        en: `The assignment is ${status.en}; ${CANNOT[action] ?? `${String(action)} is not allowed`}`,
      },
      from,
      action,
    );
  }
  return to;
}

/** Actions the UI may offer in a state. */
export function allowedAssignmentActions(from: AssignmentStatus): AssignmentAction[] {
  return Object.keys(TRANSITIONS[from] ?? {}) as AssignmentAction[];
}

/**
 * Open = some action can still move it; DONE and WITHDRAWN are closed. Reopening a done one (复查复议)
 * is the way back from closed, not work on an open assignment.
 */
export function isAssignmentOpen(status: AssignmentStatus): boolean {
  return allowedAssignmentActions(status).some((a) => a !== A.REOPEN);
}

export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = Object.values(AssignmentStatus);
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] =
  ASSIGNMENT_STATUSES.filter(isAssignmentOpen);
export const CLOSED_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ASSIGNMENT_STATUSES.filter(
  (s) => !isAssignmentOpen(s),
);

/** The states from which `action` is legal (a set-based write selects its rows with these). */
export function statusesAllowing(action: AssignmentAction): AssignmentStatus[] {
  return ASSIGNMENT_STATUSES.filter((s) => TRANSITIONS[s][action] !== undefined);
}

/** Conditions on an open assignment that are deliberately not states (docs/supervision.md). */
export type AssignmentFlag = 'overdue' | 'extensionPending' | 'escalated' | 'split';
export type AssignmentFlags = Readonly<Record<AssignmentFlag, boolean>>;

export const ASSIGNMENT_FLAGS: readonly AssignmentFlag[] = [
  'overdue',
  'extensionPending',
  'escalated',
  'split',
];

export const ASSIGNMENT_FLAG_LABELS: Record<AssignmentFlag, Bilingual> = {
  overdue: { zh: '已逾期', en: 'Overdue' },
  extensionPending: { zh: '延期申请中', en: 'Extension requested' },
  escalated: { zh: '上报协调中', en: 'Escalated' },
  split: { zh: '已分解', en: 'Split' },
};
