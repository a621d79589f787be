import { IllegalTransitionError, RuleViolation } from '../common/errors';
import { ASSIGNMENT_STATUSES, AssignmentStatus as S, isAssignmentOpen } from './assignment-state';
import {
  awaitsReassignment,
  checkReassignable,
  checkReassignedShare,
  reassignRefusal,
  type ReassignFacts,
} from './reassignment';

const returned: ReassignFacts = { status: S.WITHDRAWN, declined: true, withdrawnReason: '不属于本单位职责' };

describe('awaitsReassignment (退回交办, not yet settled)', () => {
  it('is a returned, withdrawn assignment without a replacement', () => {
    expect(awaitsReassignment(returned)).toBe(true);
    expect(awaitsReassignment({ ...returned, reassignedToId: '9' })).toBe(false);
    expect(awaitsReassignment({ ...returned, declined: false })).toBe(false);
    expect(awaitsReassignment({ status: S.WITHDRAWN })).toBe(false);
    for (const status of ASSIGNMENT_STATUSES.filter((s) => s !== S.WITHDRAWN))
      expect(awaitsReassignment({ ...returned, status })).toBe(false);
  });
});

describe('reassignRefusal (改派)', () => {
  it('allows a returned assignment, or one the office withdrew on its own, once', () => {
    expect(reassignRefusal(returned)).toBeNull();
    expect(reassignRefusal({ status: S.WITHDRAWN, withdrawnReason: '调整承办单位' })).toBeNull();
    expect(reassignRefusal({ ...returned, reassignedToId: '9' })?.zh).toBe(
      '该任务已改派给其他单位，不能再次改派',
    );
  });

  it('refuses one withdrawn with its item or parent (no reason of its own)', () => {
    expect(reassignRefusal({ status: S.WITHDRAWN })?.zh).toBe('该任务随事项或上级任务一并撤销，不能单独改派');
    expect(reassignRefusal({ status: S.WITHDRAWN, withdrawnReason: null })).not.toBeNull();
  });

  it('refuses an assignment still with its unit, or done, in words the clerk can act on', () => {
    for (const status of ASSIGNMENT_STATUSES.filter(isAssignmentOpen))
      expect(reassignRefusal({ status, declined: true })).toEqual({
        zh: '该任务仍由原承办单位办理，不能改派；如需改派请先撤回',
        en: 'The assignment is still with its unit; withdraw it before reassigning it',
      });
    expect(reassignRefusal({ status: S.DONE })?.en).toBe('The assignment is done and cannot be reassigned');
  });

  it('throws CONFLICT (IllegalTransitionError) through checkReassignable', () => {
    expect(() => checkReassignable(returned)).not.toThrow();
    expect(() => checkReassignable({ status: S.IN_PROGRESS })).toThrow(IllegalTransitionError);
    expect(() => checkReassignable({ ...returned, reassignedToId: '9' })).toThrow(
      expect.objectContaining({ from: S.WITHDRAWN, action: 'REASSIGN' }),
    );
  });
});

describe('checkReassignedShare', () => {
  it('passes the share on when it still fits under the parent’s target', () => {
    expect(() => checkReassignedShare(100, [40], 60)).not.toThrow();
    // Another share is still withdrawn: the sum may stay short.
    expect(() => checkReassignedShare(100, [], 60)).not.toThrow();
    // Decimals add up as the clerk typed them.
    expect(() => checkReassignedShare(100, [33.3, 33.3], 33.4)).not.toThrow();
  });

  it('ignores unquantified shares', () => {
    expect(() => checkReassignedShare(null, [40], 60)).not.toThrow();
    expect(() => checkReassignedShare(100, [100], null)).not.toThrow();
  });

  it('refuses when the office gave the share out again meanwhile (BAD_USER_INPUT)', () => {
    expect(() => checkReassignedShare(100, [40, 60], 60)).toThrow(RuleViolation);
    expect(() => checkReassignedShare(100, [40, 60], 60)).toThrow(
      expect.objectContaining({
        field: 'unitId',
        text: {
          zh: '改派后分解指标合计160，超过上级指标100；请先调整分解指标',
          en: "After reassigning, the shares would add up to 160, more than the parent's 100; adjust the shares first",
        },
      }),
    );
  });
});
