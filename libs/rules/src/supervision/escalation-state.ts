import type { Bilingual } from '../common/bilingual';
import { IllegalTransitionError } from '../common/errors';

/**
 * A 上报协调 from the unit that asks to the answer. The office it is addressed to (the assigning
 * office) answers it, or forwards it — with its own opinion — to the office above, as an escalation
 * on the office's own assignment; the answer given there then settles every escalation below it.
 */
export enum EscalationStatus {
  OPEN = 'OPEN',
  /** Passed to the office above with this office's opinion; the answer comes from there. */
  FORWARDED = 'FORWARDED',
  RESOLVED = 'RESOLVED',
}

export enum EscalationAction {
  /** The office it is addressed to passes it up. */
  FORWARD = 'FORWARD',
  /** The office it is addressed to answers it. */
  RESOLVE = 'RESOLVE',
  /** The answer given above reaches an escalation that was forwarded to it. */
  SETTLE = 'SETTLE',
}

export const ESCALATION_STATUS_LABELS: Record<EscalationStatus, Bilingual> = {
  [EscalationStatus.OPEN]: { zh: '协调中', en: 'Open' },
  [EscalationStatus.FORWARDED]: { zh: '已转报上级', en: 'Forwarded upward' },
  [EscalationStatus.RESOLVED]: { zh: '已答复', en: 'Resolved' },
};

const S = EscalationStatus;
const A = EscalationAction;

const TRANSITIONS: Record<EscalationStatus, Partial<Record<EscalationAction, EscalationStatus>>> = {
  [S.OPEN]: { [A.FORWARD]: S.FORWARDED, [A.RESOLVE]: S.RESOLVED },
  [S.FORWARDED]: { [A.SETTLE]: S.RESOLVED },
  [S.RESOLVED]: {},
};

export function nextEscalationStatus(from: EscalationStatus, action: EscalationAction): EscalationStatus {
  const to = TRANSITIONS[from]?.[action];
  if (to === undefined) {
    const text: Bilingual =
      from === S.FORWARDED
        ? {
            zh: '该上报协调事项已转报上级，由上级协调答复',
            en: 'This escalation was forwarded; the office above resolves it',
          }
        : from === S.RESOLVED
          ? { zh: '该上报协调事项已经答复', en: 'This escalation was already resolved' }
          : { zh: '该上报协调事项尚未转报上级', en: 'This escalation was not forwarded' };
    throw new IllegalTransitionError(text, from, action);
  }
  return to;
}

/**
 * An escalation can go one level up only if the office it is addressed to holds an assignment of
 * its own for the item (the one it split). A top-level assignment was given by the item's own
 * office: there is nobody above to forward to.
 */
export function requireEscalationParent<T>(parent: T | null | undefined): T {
  if (parent === null || parent === undefined)
    throw new IllegalTransitionError(
      {
        zh: '该任务由立项单位直接交办，没有可转报的上级单位，请直接协调答复',
        en: 'This assignment was given by the issuing office itself: there is no office above to forward to; resolve it here',
      },
      S.OPEN,
      A.FORWARD,
    );
  return parent;
}

/**
 * The reason of the escalation a forward opens one level up: what the unit asked, as written,
 * followed by each forwarding office's opinion — nothing is typed twice. `askedBy` names the unit
 * that first asked, when `reason` is its own words (the first forward).
 */
export function forwardedEscalationReason(
  reason: string,
  opinion: string,
  names: { askedBy: string | null; office: string },
): string {
  const asked = names.askedBy ? `${names.askedBy}上报协调：${reason}` : reason;
  return `${asked}；${names.office}意见：${opinion}`;
}
