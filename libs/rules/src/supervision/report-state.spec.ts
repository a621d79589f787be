import { IllegalTransitionError } from '../common/errors';
import {
  allowedReportActions,
  nextReportStatus,
  REPORT_STATUS_LABELS,
  ReportAction as A,
  ReportStatus as S,
} from './report-state';

describe('report state machine', () => {
  it('goes from signature to review to a decision', () => {
    expect(nextReportStatus(S.AWAITING_SIGNATURE, A.SIGN)).toBe(S.UNDER_REVIEW);
    expect(nextReportStatus(S.AWAITING_SIGNATURE, A.REFUSE_SIGNATURE)).toBe(S.SIGNATURE_REFUSED);
    expect(nextReportStatus(S.UNDER_REVIEW, A.ACCEPT)).toBe(S.ACCEPTED);
    expect(nextReportStatus(S.UNDER_REVIEW, A.RETURN)).toBe(S.RETURNED);
  });

  it('never reviews an unsigned report, and says so', () => {
    for (const from of [S.AWAITING_SIGNATURE, S.SIGNATURE_REFUSED])
      for (const action of [A.ACCEPT, A.RETURN]) {
        expect(() => nextReportStatus(from, action)).toThrow(IllegalTransitionError);
        expect(() => nextReportStatus(from, action)).toThrow(/not been signed/);
      }
  });

  it('refuses a second review and a second signature with their own words', () => {
    for (const from of [S.ACCEPTED, S.RETURNED]) {
      expect(() => nextReportStatus(from, A.ACCEPT)).toThrow(/already been reviewed/);
      expect(() => nextReportStatus(from, A.SIGN)).toThrow(/not waiting for a signature/);
    }
    expect(() => nextReportStatus(S.UNDER_REVIEW, A.SIGN)).toThrow(/not waiting for a signature/);
  });

  it('offers exactly the legal actions, and final states offer none', () => {
    expect(allowedReportActions(S.AWAITING_SIGNATURE).sort()).toEqual([A.REFUSE_SIGNATURE, A.SIGN]);
    expect(allowedReportActions(S.UNDER_REVIEW).sort()).toEqual([A.ACCEPT, A.RETURN]);
    for (const s of [S.SIGNATURE_REFUSED, S.ACCEPTED, S.RETURNED])
      expect(allowedReportActions(s)).toEqual([]);
  });

  it('labels every status in both languages', () => {
    for (const s of Object.values(S)) {
      expect(REPORT_STATUS_LABELS[s].zh).toBeTruthy();
      expect(REPORT_STATUS_LABELS[s].en).toBeTruthy();
    }
  });
});
