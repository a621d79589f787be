import type { Bilingual } from '../common/bilingual';
import { IllegalTransitionError } from '../common/errors';
import {
  allowedAssignmentActions,
  AssignmentAction,
  AssignmentStatus,
  CLOSED_ASSIGNMENT_STATUSES,
  isAssignmentOpen,
} from './assignment-state';
import { ItemAction, ItemStatus } from './item-state';
import { AWAITS_REASSIGNMENT, awaitsReassignment, type ReassignFacts } from './reassignment';

/** What completion reads of an assignment (a returned one: see `awaitsReassignment`). */
export interface CompletionFacts extends ReassignFacts {
  status: AssignmentStatus;
  notApplicable: boolean;
}

/**
 * The columns of "holds its item open", for rendering the predicate in SQL: its 不适用 flag equals
 * `notApplicable`, and either the row's status is not one of `closedStatuses` or it was returned
 * and is not yet replaced (`awaitingReassignment`: its status, `declined`, whether `reassigned_to`
 * is set). `holdsItemOpen` reads the same constants, so the SQL and the function cannot drift apart.
 */
export const HOLDS_ITEM_OPEN = {
  closedStatuses: CLOSED_ASSIGNMENT_STATUSES,
  notApplicable: false,
  awaitingReassignment: AWAITS_REASSIGNMENT,
} as const;

/**
 * An assignment holds its item open while it is applicable and open (not 已办结 or 已撤销) — or
 * returned by its unit (退回交办) and not yet settled by the assigning office (改派 or 不适用): a unit
 * marked 不适用 never keeps an item from 待反馈, and a returned one never lets it slip into 待反馈.
 */
export function holdsItemOpen(a: CompletionFacts): boolean {
  const { closedStatuses, notApplicable } = HOLDS_ITEM_OPEN;
  return a.notApplicable === notApplicable && (!closedStatuses.includes(a.status) || awaitsReassignment(a));
}

/**
 * The item move that brings an item in line with its top-level assignments, given how many of them
 * still hold it open; null when it already agrees. An item in progress with none open goes to 待反馈;
 * one that waits for feedback (or has it) with one open again is reopened — the state machine
 * refuses that for a concluded or archived item, so the change that caused it is refused too.
 */
export function itemCompletionMove(status: ItemStatus, holdingOpen: number): ItemAction | null {
  if (holdingOpen === 0) return status === ItemStatus.IN_PROGRESS ? ItemAction.ALL_ASSIGNMENTS_DONE : null;
  const finished: ItemStatus[] = [ItemStatus.AWAITING_FEEDBACK, ItemStatus.CONCLUDED, ItemStatus.ARCHIVED];
  return finished.includes(status) ? ItemAction.REOPEN : null;
}

/** What a change of 不适用 reads of the assignment and its parent. */
export interface ApplicabilityFacts extends ReassignFacts {
  status: AssignmentStatus;
  split: boolean;
  notApplicable: boolean;
  /** The parent assignment's status; null for a top-level assignment. */
  parentStatus: AssignmentStatus | null;
  /** For a co-unit (协办): its lead's status (absent or null: no lead). */
  leadStatus?: AssignmentStatus | null;
}

const SPLIT_NOT_APPLICABLE: Bilingual = {
  zh: '该任务已分解到下级单位，不适用请逐个标注在下级单位上',
  en: 'This assignment is split; mark the sub-units as not applicable instead',
};

const PARENT_REPORTED: Bilingual = {
  zh: '上级单位已报送办理情况报告或已办结，不能再将该单位改为适用',
  en: 'The parent assignment has been reported or closed; this unit cannot become applicable again',
};

const LEAD_REPORTED: Bilingual = {
  zh: '主办单位已汇总报送办理情况报告，不能再将该协办单位改为适用',
  en: 'The lead unit has already reported; this co-unit cannot become applicable again',
};

/**
 * 主办/协办: the lead has reported (its report was composed, or it is being signed, reviewed or is
 * done): a co-unit can then no longer become applicable again, nor can a new one join.
 */
export function leadHasReported(status: AssignmentStatus | null | undefined): boolean {
  return (
    status === AssignmentStatus.AWAITING_SIGNATURE ||
    status === AssignmentStatus.UNDER_REVIEW ||
    status === AssignmentStatus.DONE
  );
}

/**
 * Whether 不适用 may be set to `notApplicable` (null = yes), so that roll-ups and item states keep
 * agreeing:
 * - a split assignment is a container the roll-up does not count; marking it would drop it from the
 *   item's completion while its sub-units still count, so the sub-units are marked instead
 *   (un-marking stays possible);
 * - an open unit cannot become applicable again once its parent has reported (最多报一次: the report
 *   was composed without it) or closed. A top-level unit reopens its item instead (see
 *   `itemCompletionMove`).
 */
export function applicabilityChangeRefusal(a: ApplicabilityFacts, notApplicable: boolean): Bilingual | null {
  if (notApplicable && a.split && !a.notApplicable) return SPLIT_NOT_APPLICABLE;
  const parentReported = (p: AssignmentStatus | null) =>
    p !== null && !allowedAssignmentActions(p).includes(AssignmentAction.SUBMIT_REPORT);
  // Open, or returned and not yet settled: applicable again, it would hold its parent open.
  const wouldHold = isAssignmentOpen(a.status) || awaitsReassignment(a);
  if (!notApplicable && a.notApplicable && wouldHold && parentReported(a.parentStatus))
    return PARENT_REPORTED;
  // The same for a co-unit once its lead has reported (the lead's report was composed without it).
  if (!notApplicable && a.notApplicable && wouldHold && leadHasReported(a.leadStatus)) return LEAD_REPORTED;
  return null;
}

/** Throws CONFLICT (IllegalTransitionError) when `applicabilityChangeRefusal` refuses. */
export function checkApplicabilityChange(a: ApplicabilityFacts, notApplicable: boolean): void {
  const refusal = applicabilityChangeRefusal(a, notApplicable);
  if (refusal)
    throw new IllegalTransitionError(refusal, a.status, notApplicable ? 'NOT_APPLICABLE' : 'APPLICABLE');
}
