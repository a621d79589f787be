import type { Bilingual } from '../common/bilingual';
import { IllegalTransitionError } from '../common/errors';

/** A 延期申请 from request to decision; a request beyond the deciding office's own deadline goes up. */
export enum ExtensionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  /** Beyond the deciding office's own deadline: passed to the office above with an opinion. */
  FORWARDED = 'FORWARDED',
  /** Withdrawn by the unit that asked, before anyone decided. */
  CANCELLED = 'CANCELLED',
}

export enum ExtensionAction {
  APPROVE = 'APPROVE',
  REFUSE = 'REFUSE',
  FORWARD = 'FORWARD',
  CANCEL = 'CANCEL',
}

export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, Bilingual> = {
  [ExtensionStatus.PENDING]: { zh: '审批中', en: 'Pending' },
  [ExtensionStatus.APPROVED]: { zh: '已同意', en: 'Approved' },
  [ExtensionStatus.REFUSED]: { zh: '未同意', en: 'Refused' },
  [ExtensionStatus.FORWARDED]: { zh: '已转报上级', en: 'Forwarded upward' },
  [ExtensionStatus.CANCELLED]: { zh: '已撤回', en: 'Cancelled' },
};

const S = ExtensionStatus;
const A = ExtensionAction;

/** A forwarded request is decided by the decision on the request it was forwarded to. */
const TRANSITIONS: Record<ExtensionStatus, Partial<Record<ExtensionAction, ExtensionStatus>>> = {
  [S.PENDING]: {
    [A.APPROVE]: S.APPROVED,
    [A.REFUSE]: S.REFUSED,
    [A.FORWARD]: S.FORWARDED,
    [A.CANCEL]: S.CANCELLED,
  },
  [S.FORWARDED]: { [A.APPROVE]: S.APPROVED, [A.REFUSE]: S.REFUSED },
  [S.APPROVED]: {},
  [S.REFUSED]: {},
  [S.CANCELLED]: {},
};

export function nextExtensionStatus(from: ExtensionStatus, action: ExtensionAction): ExtensionStatus {
  const to = TRANSITIONS[from]?.[action];
  if (to === undefined) {
    const text: Bilingual =
      from === S.FORWARDED
        ? {
            zh: '该延期申请已转报上级，由上级审批',
            en: 'This request was forwarded; the office above decides it',
          }
        : from === S.CANCELLED
          ? { zh: '该延期申请已撤回', en: 'This extension request was cancelled' }
          : { zh: '该延期申请已经审批过', en: 'This extension request was already decided' };
    throw new IllegalTransitionError(text, from, action);
  }
  return to;
}

/**
 * Who decides a requested deadline: the office that assigned the task may grant at most its own
 * deadline (the parent's); anything later goes to the office above it. A top-level assignment's
 * parent is the item itself, whose issuing office decides (and moves the item's deadline with it).
 */
export function extensionRoute(requested: Date, parentDeadline: Date | null): 'DECIDE' | 'FORWARD' {
  return parentDeadline !== null && requested.getTime() > parentDeadline.getTime() ? 'FORWARD' : 'DECIDE';
}
