import { type Bilingual, num } from '../common/bilingual';
import { IllegalTransitionError, RuleViolation } from '../common/errors';
import { AssignmentStatus, isAssignmentOpen } from './assignment-state';

/**
 * 退回交办 and 改派. Before signing for it, a unit may return a new assignment as not its
 * responsibility (`DECLINE`: 待签收 → 已撤销, `declined`, with its reason). The assigning office then
 * gives it to another unit of its own (改派) — a returned assignment, or one it withdrew on its own
 * (撤回, with a reason). The old row stays as history; the new one takes its place under the same
 * parent with the same share, role and deadline, and the old one points at it (`reassignedToId`).
 */
export interface ReassignFacts {
  status: AssignmentStatus;
  /** 退回交办 by its unit. */
  declined?: boolean;
  /** Why it was returned or withdrawn on its own; null when it went with its item or its parent. */
  withdrawnReason?: string | null;
  /** The assignment that replaced it (改派); absent or null while none has. */
  reassignedToId?: string | null;
}

/** The columns of `awaitsReassignment`, for rendering it in SQL (see HOLDS_ITEM_OPEN). */
export const AWAITS_REASSIGNMENT = {
  status: AssignmentStatus.WITHDRAWN,
  declined: true,
  reassigned: false,
} as const;

/**
 * A returned assignment the assigning office has not settled yet (neither given to another unit nor
 * marked 不适用): it is still that office's open work, so it keeps holding its item open — and its
 * parent's report (最多报一次) — exactly as it did while it waited for 签收. Withdrawn by the office
 * itself, it does not: withdrawing was the office's own decision.
 */
export function awaitsReassignment(a: ReassignFacts): boolean {
  const w = AWAITS_REASSIGNMENT;
  return a.status === w.status && !!a.declined === w.declined && (a.reassignedToId != null) === w.reassigned;
}

const STILL_HELD: Bilingual = {
  zh: '该任务仍由原承办单位办理，不能改派；如需改派请先撤回',
  en: 'The assignment is still with its unit; withdraw it before reassigning it',
};
const DONE: Bilingual = {
  zh: '该任务已办结，不能改派',
  en: 'The assignment is done and cannot be reassigned',
};
const ALREADY: Bilingual = {
  zh: '该任务已改派给其他单位，不能再次改派',
  en: 'The assignment has already been reassigned',
};
const WENT_WITH_PARENT: Bilingual = {
  zh: '该任务随事项或上级任务一并撤销，不能单独改派',
  en: 'It was withdrawn together with its item or parent assignment and cannot be reassigned on its own',
};

/** Why the assigning office cannot give this assignment to another unit now, or null when it can. */
export function reassignRefusal(a: ReassignFacts): Bilingual | null {
  if (isAssignmentOpen(a.status)) return STILL_HELD;
  if (a.status !== AssignmentStatus.WITHDRAWN) return DONE;
  if (a.reassignedToId != null) return ALREADY;
  if (!a.declined && a.withdrawnReason == null) return WENT_WITH_PARENT;
  return null;
}

/** Throws CONFLICT (IllegalTransitionError) when `reassignRefusal` refuses. */
export function checkReassignable(a: ReassignFacts): void {
  const refusal = reassignRefusal(a);
  if (refusal) throw new IllegalTransitionError(refusal, a.status, 'REASSIGN');
}

const EPSILON = 1e-9;

/**
 * The new unit takes over the old share unchanged. Refused (BAD_USER_INPUT) when the shares given out
 * under the same parent (`given`: withdrawn ones excluded, so not the old share) plus this one would
 * exceed the parent's target — the office redistributed the share in the meantime.
 */
export function checkReassignedShare(
  parentTarget: number | null | undefined,
  given: readonly (number | null | undefined)[],
  target: number | null | undefined,
): void {
  if (parentTarget == null || target == null) return;
  const sum = Number(given.reduce<number>((s, t) => s + (t ?? 0), target).toFixed(6));
  if (sum - parentTarget > EPSILON * Math.max(1, Math.abs(parentTarget)))
    throw new RuleViolation(
      {
        zh: `改派后分解指标合计${num(sum)}，超过上级指标${num(parentTarget)}；请先调整分解指标`,
        en: `After reassigning, the shares would add up to ${num(sum)}, more than the parent's ${num(parentTarget)}; adjust the shares first`,
      },
      'unitId',
    );
}
