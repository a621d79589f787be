import { IllegalTransitionError } from '../common/errors';
import {
  ESCALATION_STATUS_LABELS,
  EscalationAction as A,
  EscalationStatus as S,
  forwardedEscalationReason,
  nextEscalationStatus,
  requireEscalationParent,
} from './escalation-state';

describe('escalation state machine', () => {
  it('answers or forwards an open escalation', () => {
    expect(nextEscalationStatus(S.OPEN, A.RESOLVE)).toBe(S.RESOLVED);
    expect(nextEscalationStatus(S.OPEN, A.FORWARD)).toBe(S.FORWARDED);
  });

  it('settles a forwarded one only by the answer from above, never again by the office below', () => {
    expect(nextEscalationStatus(S.FORWARDED, A.SETTLE)).toBe(S.RESOLVED);
    expect(() => nextEscalationStatus(S.FORWARDED, A.RESOLVE)).toThrow(/office above resolves/);
    expect(() => nextEscalationStatus(S.FORWARDED, A.FORWARD)).toThrow(IllegalTransitionError);
    expect(() => nextEscalationStatus(S.OPEN, A.SETTLE)).toThrow(/not forwarded/);
  });

  it('refuses everything once resolved, in words a clerk understands', () => {
    for (const action of Object.values(A)) {
      expect(() => nextEscalationStatus(S.RESOLVED, action)).toThrow(/already resolved/);
      try {
        nextEscalationStatus(S.RESOLVED, action);
      } catch (e) {
        expect((e as IllegalTransitionError).text.zh).toBe('该上报协调事项已经答复');
      }
    }
  });

  it('labels every status in both languages', () => {
    for (const s of Object.values(S))
      expect(ESCALATION_STATUS_LABELS[s].zh && ESCALATION_STATUS_LABELS[s].en).toBeTruthy();
  });
});

describe('requireEscalationParent', () => {
  it('passes the office’s own assignment through', () => {
    const parent = { id: '9' };
    expect(requireEscalationParent(parent)).toBe(parent);
  });

  it('refuses a top-level assignment: nothing is above the issuing office', () => {
    for (const none of [null, undefined]) {
      expect(() => requireEscalationParent(none)).toThrow(IllegalTransitionError);
      expect(() => requireEscalationParent(none)).toThrow(/no office above/);
    }
  });
});

describe('forwardedEscalationReason', () => {
  it('carries the unit’s words and the forwarding office’s opinion', () => {
    expect(
      forwardedEscalationReason('需水利、交通部门联合协调', '情况属实，建议市级协调', {
        askedBy: '城关镇',
        office: '睢县',
      }),
    ).toBe('城关镇上报协调：需水利、交通部门联合协调；睢县意见：情况属实，建议市级协调');
  });

  it('keeps every level’s opinion as it climbs further', () => {
    const county = forwardedEscalationReason('跨县协调', '建议市级协调', {
      askedBy: '城关镇',
      office: '睢县',
    });
    expect(forwardedEscalationReason(county, '报省协调', { askedBy: null, office: '商丘市' })).toBe(
      '城关镇上报协调：跨县协调；睢县意见：建议市级协调；商丘市意见：报省协调',
    );
  });
});
