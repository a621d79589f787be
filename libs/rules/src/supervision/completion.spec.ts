import { IllegalTransitionError } from '../common/errors';
import { ASSIGNMENT_STATUSES, AssignmentStatus as S, isAssignmentOpen } from './assignment-state';
import {
  applicabilityChangeRefusal,
  checkApplicabilityChange,
  HOLDS_ITEM_OPEN,
  holdsItemOpen,
  itemCompletionMove,
} from './completion';
import { ItemAction, ItemStatus, nextItemStatus } from './item-state';

describe('holdsItemOpen (完成判定)', () => {
  it('is open and applicable: 不适用 units never hold an item open', () => {
    for (const status of ASSIGNMENT_STATUSES) {
      expect(holdsItemOpen({ status, notApplicable: false })).toBe(isAssignmentOpen(status));
      expect(holdsItemOpen({ status, notApplicable: true })).toBe(false);
    }
  });

  it('exposes its columns for the SQL rendering', () => {
    expect([...HOLDS_ITEM_OPEN.closedStatuses].sort()).toEqual([S.DONE, S.WITHDRAWN]);
    expect(HOLDS_ITEM_OPEN.notApplicable).toBe(false);
  });
});

describe('itemCompletionMove', () => {
  it('completes an item in progress when nothing holds it open', () => {
    expect(itemCompletionMove(ItemStatus.IN_PROGRESS, 0)).toBe(ItemAction.ALL_ASSIGNMENTS_DONE);
    expect(itemCompletionMove(ItemStatus.IN_PROGRESS, 2)).toBeNull();
  });

  it('reopens an item waiting for feedback when an assignment holds it open again', () => {
    expect(itemCompletionMove(ItemStatus.AWAITING_FEEDBACK, 1)).toBe(ItemAction.REOPEN);
    expect(nextItemStatus(ItemStatus.AWAITING_FEEDBACK, ItemAction.REOPEN)).toBe(ItemStatus.IN_PROGRESS);
    expect(itemCompletionMove(ItemStatus.AWAITING_FEEDBACK, 0)).toBeNull();
  });

  it('asks to reopen a concluded item, which the state machine refuses', () => {
    const move = itemCompletionMove(ItemStatus.CONCLUDED, 1);
    expect(move).toBe(ItemAction.REOPEN);
    expect(() => nextItemStatus(ItemStatus.CONCLUDED, move!)).toThrow(IllegalTransitionError);
  });

  it('leaves items that are not under way alone', () => {
    for (const s of [ItemStatus.DRAFT, ItemStatus.REGISTERED, ItemStatus.WITHDRAWN])
      for (const n of [0, 1]) expect(itemCompletionMove(s, n)).toBeNull();
    expect(itemCompletionMove(ItemStatus.CONCLUDED, 0)).toBeNull();
  });
});

describe('applicabilityChangeRefusal (不适用)', () => {
  const open = { status: S.IN_PROGRESS, split: false, notApplicable: false, parentStatus: null };

  it('allows marking and un-marking an ordinary assignment', () => {
    expect(applicabilityChangeRefusal(open, true)).toBeNull();
    expect(applicabilityChangeRefusal({ ...open, notApplicable: true }, false)).toBeNull();
    expect(
      applicabilityChangeRefusal({ ...open, parentStatus: S.IN_PROGRESS, notApplicable: true }, false),
    ).toBeNull();
  });

  it('refuses marking a split assignment: its sub-units are marked instead', () => {
    expect(applicabilityChangeRefusal({ ...open, split: true }, true)?.zh).toBe(
      '该任务已分解到下级单位，不适用请逐个标注在下级单位上',
    );
    expect(applicabilityChangeRefusal({ ...open, split: true, notApplicable: true }, false)).toBeNull();
  });

  it('refuses making an open unit applicable again once its parent has reported or closed', () => {
    for (const parentStatus of [S.AWAITING_SIGNATURE, S.UNDER_REVIEW, S.DONE, S.WITHDRAWN]) {
      const under = { ...open, notApplicable: true, parentStatus };
      expect(applicabilityChangeRefusal(under, false)?.zh).toBe(
        '上级单位已报送办理情况报告或已办结，不能再将该单位改为适用',
      );
      expect(() => checkApplicabilityChange(under, false)).toThrow(IllegalTransitionError);
      // A finished unit reopens nothing; marking drops nothing open.
      expect(applicabilityChangeRefusal({ ...under, status: S.DONE }, false)).toBeNull();
      expect(applicabilityChangeRefusal({ ...under, notApplicable: false }, true)).toBeNull();
    }
  });
});
