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

/** What completion reads of an assignment. */
export interface CompletionFacts {
  status: AssignmentStatus;
  notApplicable: boolean;
}

/**
 * The columns of "holds its item open", for rendering the predicate in SQL: the row's status is not
 * one of `closedStatuses` and its 不适用 flag equals `notApplicable`. `holdsItemOpen` reads the same
 * constants, so the SQL and the function cannot drift apart.
 */
export const HOLDS_ITEM_OPEN = {
  closedStatuses: CLOSED_ASSIGNMENT_STATUSES,
  notApplicable: false,
} as const;

/**
 * An assignment holds its item open while it is open (not 已办结 or 已撤销) and applicable: a unit
 * marked 不适用 never keeps an item from 待反馈.
 */
export function holdsItemOpen(a: CompletionFacts): boolean {
  return (
    !HOLDS_ITEM_OPEN.closedStatuses.includes(a.status) && a.notApplicable === HOLDS_ITEM_OPEN.notApplicable
  );
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
export interface ApplicabilityFacts {
  status: AssignmentStatus;
  split: boolean;
  notApplicable: boolean;
  /** The parent assignment's status; null for a top-level assignment. */
  parentStatus: AssignmentStatus | null;
}

const SPLIT_NOT_APPLICABLE: Bilingual = {
  zh: '该任务已分解到下级单位，不适用请逐个标注在下级单位上',
  en: 'This assignment is split; mark the sub-units as not applicable instead',
};

const PARENT_REPORTED: Bilingual = {
  zh: '上级单位已报送办理情况报告或已办结，不能再将该单位改为适用',
  en: 'The parent assignment has been reported or closed; this unit cannot become applicable again',
};

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
  if (!notApplicable && a.notApplicable && isAssignmentOpen(a.status) && parentReported(a.parentStatus))
    return PARENT_REPORTED;
  return null;
}

/** Throws CONFLICT (IllegalTransitionError) when `applicabilityChangeRefusal` refuses. */
export function checkApplicabilityChange(a: ApplicabilityFacts, notApplicable: boolean): void {
  const refusal = applicabilityChangeRefusal(a, notApplicable);
  if (refusal)
    throw new IllegalTransitionError(refusal, a.status, notApplicable ? 'NOT_APPLICABLE' : 'APPLICABLE');
}
