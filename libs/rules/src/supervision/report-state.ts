import type { Bilingual } from '../common/bilingual';
import { IllegalTransitionError } from '../common/errors';

/** A 办理情况报告 from submission to review; only a signed report reaches the reviewer. */
export enum ReportStatus {
  AWAITING_SIGNATURE = 'AWAITING_SIGNATURE',
  SIGNATURE_REFUSED = 'SIGNATURE_REFUSED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

export enum ReportAction {
  SIGN = 'SIGN',
  REFUSE_SIGNATURE = 'REFUSE_SIGNATURE',
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}

export const REPORT_STATUS_LABELS: Record<ReportStatus, Bilingual> = {
  [ReportStatus.AWAITING_SIGNATURE]: { zh: '待签字', en: 'Awaiting signature' },
  [ReportStatus.SIGNATURE_REFUSED]: { zh: '一把手退回', en: 'Sent back by the head' },
  [ReportStatus.UNDER_REVIEW]: { zh: '待审核', en: 'Under review' },
  [ReportStatus.ACCEPTED]: { zh: '审核通过', en: 'Accepted' },
  [ReportStatus.RETURNED]: { zh: '退回重办', en: 'Returned for rework' },
};

const S = ReportStatus;
const A = ReportAction;

/** The status a report is created in. */
export const NEW_REPORT_STATUS = S.AWAITING_SIGNATURE;

const TRANSITIONS: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  [S.AWAITING_SIGNATURE]: { [A.SIGN]: S.UNDER_REVIEW, [A.REFUSE_SIGNATURE]: S.SIGNATURE_REFUSED },
  [S.SIGNATURE_REFUSED]: {},
  [S.UNDER_REVIEW]: { [A.ACCEPT]: S.ACCEPTED, [A.RETURN]: S.RETURNED },
  [S.ACCEPTED]: {},
  [S.RETURNED]: {},
};

const NOT_AWAITING_SIGNATURE: Bilingual = {
  zh: '该报告不在待签字状态',
  en: 'This report is not waiting for a signature',
};

/** Why a review is refused: an unsigned report is never reviewed (签字就表明认可). */
function reviewRefusal(from: ReportStatus): Bilingual {
  return from === S.AWAITING_SIGNATURE || from === S.SIGNATURE_REFUSED
    ? {
        zh: '报告未经一把手签字，不能审核',
        en: 'The report has not been signed by the unit head and cannot be reviewed',
      }
    : { zh: '该报告已经审核过', en: 'This report has already been reviewed' };
}

export function nextReportStatus(from: ReportStatus, action: ReportAction): ReportStatus {
  const to = TRANSITIONS[from]?.[action];
  if (to === undefined) {
    const text =
      action === A.SIGN || action === A.REFUSE_SIGNATURE ? NOT_AWAITING_SIGNATURE : reviewRefusal(from);
    throw new IllegalTransitionError(text, from, action);
  }
  return to;
}

export function allowedReportActions(from: ReportStatus): ReportAction[] {
  return Object.keys(TRANSITIONS[from] ?? {}) as ReportAction[];
}
