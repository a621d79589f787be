import { IllegalTransitionError } from '../common/errors';
import {
  allowedAssignmentActions,
  ASSIGNMENT_ACTION_LABELS,
  ASSIGNMENT_FLAG_LABELS,
  ASSIGNMENT_FLAGS,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
  AssignmentAction as A,
  AssignmentStatus as S,
  CLOSED_ASSIGNMENT_STATUSES,
  isAssignmentOpen,
  nextAssignmentStatus,
  OPEN_ASSIGNMENT_STATUSES,
  statusesAllowing,
} from './assignment-state';

// The whole machine written out by hand: every pair not listed here must be refused.
const EXPECTED: Record<S, Partial<Record<A, S>>> = {
  [S.ASSIGNED]: {
    [A.ACCEPT]: S.IN_PROGRESS,
    [A.REQUEST_EXTENSION]: S.ASSIGNED,
    [A.URGE]: S.ASSIGNED,
    [A.ESCALATE]: S.ASSIGNED,
    [A.WITHDRAW]: S.WITHDRAWN,
    [A.DECLINE]: S.WITHDRAWN,
  },
  [S.IN_PROGRESS]: {
    [A.SUBMIT_REPORT]: S.AWAITING_SIGNATURE,
    [A.DELEGATE]: S.IN_PROGRESS,
    [A.SUBMIT_PROGRESS]: S.IN_PROGRESS,
    [A.REQUEST_EXTENSION]: S.IN_PROGRESS,
    [A.URGE]: S.IN_PROGRESS,
    [A.ESCALATE]: S.IN_PROGRESS,
    [A.WITHDRAW]: S.WITHDRAWN,
  },
  [S.AWAITING_SIGNATURE]: {
    [A.SIGN]: S.UNDER_REVIEW,
    [A.REFUSE_SIGNATURE]: S.IN_PROGRESS,
    [A.REQUEST_EXTENSION]: S.AWAITING_SIGNATURE,
    [A.URGE]: S.AWAITING_SIGNATURE,
    [A.WITHDRAW]: S.WITHDRAWN,
  },
  [S.UNDER_REVIEW]: {
    [A.ACCEPT_REPORT]: S.DONE,
    [A.RETURN]: S.IN_PROGRESS,
    [A.URGE]: S.UNDER_REVIEW,
    [A.WITHDRAW]: S.WITHDRAWN,
  },
  [S.DONE]: { [A.REOPEN]: S.IN_PROGRESS },
  [S.WITHDRAWN]: {},
};

const pairs = Object.values(S).flatMap((from) => Object.values(A).map((action) => [from, action] as const));

describe('assignment state machine', () => {
  it('covers all 6 × 14 pairs', () => {
    expect(pairs).toHaveLength(84);
  });

  it.each(pairs)('%s + %s', (from, action) => {
    const expected = EXPECTED[from][action];
    if (expected === undefined) {
      expect(() => nextAssignmentStatus(from, action)).toThrow(IllegalTransitionError);
    } else {
      expect(nextAssignmentStatus(from, action)).toBe(expected);
    }
  });

  it('offers exactly the legal actions per state', () => {
    for (const from of Object.values(S)) {
      expect(allowedAssignmentActions(from).sort()).toEqual(Object.keys(EXPECTED[from]).sort());
    }
  });

  it('never lets a report skip the head’s signature', () => {
    const reachDone = Object.values(S).filter((s) => EXPECTED[s][A.ACCEPT_REPORT] === S.DONE);
    expect(reachDone).toEqual([S.UNDER_REVIEW]);
    const reachReview = Object.values(S).filter((s) => Object.values(EXPECTED[s]).includes(S.UNDER_REVIEW));
    expect(reachReview.filter((s) => s !== S.UNDER_REVIEW)).toEqual([S.AWAITING_SIGNATURE]);
  });

  it('keeps status-neutral actions status-neutral', () => {
    for (const action of [A.DELEGATE, A.SUBMIT_PROGRESS, A.REQUEST_EXTENSION, A.URGE, A.ESCALATE]) {
      for (const from of Object.values(S)) {
        if (EXPECTED[from][action] !== undefined) expect(nextAssignmentStatus(from, action)).toBe(from);
      }
    }
  });

  it('allows urging and withdrawal in every open state only', () => {
    for (const s of Object.values(S)) {
      expect(EXPECTED[s][A.URGE] !== undefined).toBe(isAssignmentOpen(s));
      expect(EXPECTED[s][A.WITHDRAW] !== undefined).toBe(isAssignmentOpen(s));
    }
    expect(Object.values(S).filter((s) => !isAssignmentOpen(s))).toEqual([S.DONE, S.WITHDRAWN]);
  });

  it('reopens only a done assignment (复查复议), back to work, and a done one stays closed', () => {
    expect(Object.values(S).filter((s) => EXPECTED[s][A.REOPEN] !== undefined)).toEqual([S.DONE]);
    expect(nextAssignmentStatus(S.DONE, A.REOPEN)).toBe(S.IN_PROGRESS);
    expect(isAssignmentOpen(S.DONE)).toBe(false);
    expect(statusesAllowing(A.REOPEN)).toEqual([S.DONE]);
    expect(() => nextAssignmentStatus(S.WITHDRAWN, A.REOPEN)).toThrow(
      expect.objectContaining({
        text: {
          zh: '任务当前为“已撤销”，不能执行“复查重办”',
          en: 'The assignment is Withdrawn; only a done assignment can be reopened',
        },
      }),
    );
  });

  it('lets a unit return an assignment (退回交办) only before signing for it', () => {
    expect(Object.values(S).filter((s) => EXPECTED[s][A.DECLINE] !== undefined)).toEqual([S.ASSIGNED]);
    expect(nextAssignmentStatus(S.ASSIGNED, A.DECLINE)).toBe(S.WITHDRAWN);
    expect(() => nextAssignmentStatus(S.IN_PROGRESS, A.DECLINE)).toThrow(
      expect.objectContaining({
        text: {
          zh: '任务当前为“办理中”，不能执行“退回交办”',
          en: 'The assignment is In progress; it can no longer be returned to the assigning office',
        },
      }),
    );
  });

  it('explains a refusal in both languages', () => {
    let err: IllegalTransitionError | undefined;
    try {
      nextAssignmentStatus(S.ASSIGNED, A.SUBMIT_REPORT);
    } catch (e) {
      err = e as IllegalTransitionError;
    }
    expect(err).toBeInstanceOf(IllegalTransitionError);
    expect(err!.text).toEqual({
      zh: '任务当前为“待签收”，不能执行“提交报告”',
      en: 'The assignment is Awaiting acceptance; a report cannot be submitted',
    });
  });

  it('names state and action in every refusal', () => {
    for (const [from, action] of pairs) {
      if (EXPECTED[from][action] !== undefined) continue;
      expect(() => nextAssignmentStatus(from, action)).toThrow(
        expect.objectContaining({
          text: {
            zh: `任务当前为“${ASSIGNMENT_STATUS_LABELS[from].zh}”，不能执行“${ASSIGNMENT_ACTION_LABELS[action].zh}”`,
            en: expect.stringContaining(`The assignment is ${ASSIGNMENT_STATUS_LABELS[from].en}; `),
          },
        }),
      );
    }
  });

  it('labels the flags', () => {
    expect(ASSIGNMENT_FLAGS.map((f) => ASSIGNMENT_FLAG_LABELS[f].zh)).toEqual([
      '已逾期',
      '延期申请中',
      '上报协调中',
      '已分解',
    ]);
    expect(Object.values(S).map((s) => ASSIGNMENT_STATUS_LABELS[s].zh)).toEqual([
      '待签收',
      '办理中',
      '待签字',
      '待审核',
      '已办结',
      '已撤销',
    ]);
  });
});

describe('assignment status sets', () => {
  it('lists every status once, in lifecycle order', () => {
    expect(ASSIGNMENT_STATUSES).toEqual([
      S.ASSIGNED,
      S.IN_PROGRESS,
      S.AWAITING_SIGNATURE,
      S.UNDER_REVIEW,
      S.DONE,
      S.WITHDRAWN,
    ]);
  });

  it('splits them into open and closed, in the same order', () => {
    expect(OPEN_ASSIGNMENT_STATUSES).toEqual([
      S.ASSIGNED,
      S.IN_PROGRESS,
      S.AWAITING_SIGNATURE,
      S.UNDER_REVIEW,
    ]);
    expect(CLOSED_ASSIGNMENT_STATUSES).toEqual([S.DONE, S.WITHDRAWN]);
    for (const s of Object.values(S)) {
      expect([s, OPEN_ASSIGNMENT_STATUSES.includes(s)]).toEqual([s, isAssignmentOpen(s)]);
      expect([s, CLOSED_ASSIGNMENT_STATUSES.includes(s)]).toEqual([s, !isAssignmentOpen(s)]);
    }
  });

  it('withdraws exactly the open statuses (a set-based withdrawal selects its rows with these)', () => {
    expect(statusesAllowing(A.WITHDRAW)).toEqual(OPEN_ASSIGNMENT_STATUSES);
    expect(statusesAllowing(A.URGE)).toEqual(OPEN_ASSIGNMENT_STATUSES);
  });

  it.each(Object.values(A))('statusesAllowing(%s) agrees with the table', (action) => {
    expect(statusesAllowing(action)).toEqual(
      Object.values(S).filter((s) => EXPECTED[s][action] !== undefined),
    );
  });

  it('names the statuses by hand for the narrow actions', () => {
    expect(statusesAllowing(A.ACCEPT)).toEqual([S.ASSIGNED]);
    expect(statusesAllowing(A.SUBMIT_REPORT)).toEqual([S.IN_PROGRESS]);
    expect(statusesAllowing(A.SIGN)).toEqual([S.AWAITING_SIGNATURE]);
    expect(statusesAllowing(A.REFUSE_SIGNATURE)).toEqual([S.AWAITING_SIGNATURE]);
    expect(statusesAllowing(A.ACCEPT_REPORT)).toEqual([S.UNDER_REVIEW]);
    expect(statusesAllowing(A.RETURN)).toEqual([S.UNDER_REVIEW]);
    expect(statusesAllowing(A.REQUEST_EXTENSION)).toEqual([S.ASSIGNED, S.IN_PROGRESS, S.AWAITING_SIGNATURE]);
    expect(statusesAllowing(A.ESCALATE)).toEqual([S.ASSIGNED, S.IN_PROGRESS]);
  });

  it('never lists a closed status but for reopening a done one, and lists none for an unknown action', () => {
    for (const action of Object.values(A).filter((a) => a !== A.REOPEN))
      for (const s of CLOSED_ASSIGNMENT_STATUSES) expect(statusesAllowing(action)).not.toContain(s);
    expect(statusesAllowing('BOGUS' as A)).toEqual([]);
  });

  it('hands out a fresh array each time', () => {
    const first = statusesAllowing(A.WITHDRAW);
    first.length = 0;
    expect(statusesAllowing(A.WITHDRAW)).toEqual(OPEN_ASSIGNMENT_STATUSES);
    expect(OPEN_ASSIGNMENT_STATUSES).toHaveLength(4);
  });
});
