import { IllegalTransitionError } from '../common/errors';
import {
  ASSIGNMENT_STATUSES,
  AssignmentAction as A,
  AssignmentStatus as S,
  isAssignmentOpen,
  nextAssignmentStatus,
} from './assignment-state';
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
    expect(HOLDS_ITEM_OPEN.awaitingReassignment).toEqual({
      status: S.WITHDRAWN,
      declined: true,
      reassigned: false,
    });
  });

  it('keeps holding while a returned assignment (退回交办) waits for the office: until 改派 or 不适用', () => {
    const returned = { status: S.WITHDRAWN, notApplicable: false, declined: true, reassignedToId: null };
    expect(holdsItemOpen(returned)).toBe(true);
    expect(holdsItemOpen({ ...returned, reassignedToId: '99' })).toBe(false);
    expect(holdsItemOpen({ ...returned, notApplicable: true })).toBe(false);
    // Withdrawn by the office itself (撤回): its own decision, nothing waits.
    expect(holdsItemOpen({ ...returned, declined: false })).toBe(false);
    // The flag means nothing on a row that is not withdrawn.
    expect(holdsItemOpen({ ...returned, status: S.DONE })).toBe(false);
  });

  it('never changes when a unit declines: 待签收 held the item exactly as the returned row does', () => {
    for (const notApplicable of [false, true]) {
      const before = { status: S.ASSIGNED, notApplicable };
      const after = { status: nextAssignmentStatus(S.ASSIGNED, A.DECLINE), notApplicable, declined: true };
      expect([notApplicable, holdsItemOpen(after)]).toEqual([notApplicable, holdsItemOpen(before)]);
    }
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
      // A returned unit not yet replaced would hold the parent again; a replaced one would not.
      const returned = { ...under, status: S.WITHDRAWN, declined: true };
      expect(applicabilityChangeRefusal(returned, false)).not.toBeNull();
      expect(applicabilityChangeRefusal({ ...returned, reassignedToId: '99' }, false)).toBeNull();
      expect(applicabilityChangeRefusal({ ...under, notApplicable: false }, true)).toBeNull();
    }
  });
});
