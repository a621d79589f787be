import { IllegalTransitionError } from '../common/errors';
import {
  allowedItemActions,
  isItemOpen,
  ITEM_ACTION_LABELS,
  ITEM_STATUS_LABELS,
  ItemAction as A,
  ItemStatus as S,
  nextItemStatus,
} from './item-state';

// The whole machine written out by hand: every pair not listed here must be refused.
const EXPECTED: Record<S, Partial<Record<A, S>>> = {
  [S.DRAFT]: { [A.REGISTER]: S.REGISTERED, [A.WITHDRAW]: S.WITHDRAWN, [A.EDIT]: S.DRAFT },
  [S.REGISTERED]: { [A.ASSIGN]: S.IN_PROGRESS, [A.WITHDRAW]: S.WITHDRAWN, [A.EDIT]: S.REGISTERED },
  [S.IN_PROGRESS]: {
    [A.ASSIGN]: S.IN_PROGRESS,
    [A.ALL_ASSIGNMENTS_DONE]: S.AWAITING_FEEDBACK,
    [A.WITHDRAW]: S.WITHDRAWN,
    [A.EDIT]: S.IN_PROGRESS,
  },
  [S.AWAITING_FEEDBACK]: {
    [A.ASSIGN]: S.IN_PROGRESS,
    [A.REOPEN]: S.IN_PROGRESS,
    [A.FEED_BACK]: S.CONCLUDED,
    [A.WITHDRAW]: S.WITHDRAWN,
    [A.EDIT]: S.AWAITING_FEEDBACK,
  },
  [S.CONCLUDED]: { [A.ARCHIVE]: S.ARCHIVED, [A.RECHECK]: S.IN_PROGRESS },
  [S.ARCHIVED]: {},
  [S.WITHDRAWN]: {},
};

const pairs = Object.values(S).flatMap((from) => Object.values(A).map((action) => [from, action] as const));

describe('item state machine', () => {
  it('covers all 7 × 9 pairs', () => {
    expect(pairs).toHaveLength(63);
  });

  it.each(pairs)('%s + %s', (from, action) => {
    const expected = EXPECTED[from][action];
    if (expected === undefined) {
      expect(() => nextItemStatus(from, action)).toThrow(IllegalTransitionError);
    } else {
      expect(nextItemStatus(from, action)).toBe(expected);
    }
  });

  it('offers exactly the legal actions per state', () => {
    for (const from of Object.values(S)) {
      expect(allowedItemActions(from).sort()).toEqual(Object.keys(EXPECTED[from]).sort());
    }
  });

  it('explains a refusal in both languages', () => {
    try {
      nextItemStatus(S.CONCLUDED, A.WITHDRAW);
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(IllegalTransitionError);
      const err = e as IllegalTransitionError;
      expect(err.text).toEqual({
        zh: '事项当前为“已办结”，不能执行“撤销”',
        en: 'The item is Concluded; it cannot be withdrawn',
      });
      expect(err.from).toBe(S.CONCLUDED);
      expect(err.action).toBe(A.WITHDRAW);
      expect(err.message).toBe(err.text.en);
    }
  });

  it('gives every refusal a distinct, non-empty text', () => {
    for (const [from, action] of pairs) {
      if (EXPECTED[from][action] !== undefined) continue;
      const err = (() => {
        try {
          nextItemStatus(from, action);
        } catch (e) {
          return e as IllegalTransitionError;
        }
        throw new Error('should have thrown');
      })();
      expect(err.text.zh).toContain(ITEM_STATUS_LABELS[from].zh);
      expect(err.text.zh).toContain(ITEM_ACTION_LABELS[action].zh);
      expect(err.text.en).toContain(ITEM_STATUS_LABELS[from].en);
    }
  });

  it('allows withdrawal from every open state and only from those', () => {
    for (const s of Object.values(S)) {
      expect(EXPECTED[s][A.WITHDRAW] === S.WITHDRAWN).toBe(isItemOpen(s));
    }
    expect(Object.values(S).filter(isItemOpen)).toEqual([
      S.DRAFT,
      S.REGISTERED,
      S.IN_PROGRESS,
      S.AWAITING_FEEDBACK,
    ]);
  });

  it('walks the happy path with the users’ labels', () => {
    let s = S.DRAFT;
    const seen = [ITEM_STATUS_LABELS[s].zh];
    for (const a of [A.REGISTER, A.ASSIGN, A.ALL_ASSIGNMENTS_DONE, A.FEED_BACK, A.ARCHIVE]) {
      s = nextItemStatus(s, a);
      seen.push(ITEM_STATUS_LABELS[s].zh);
    }
    expect(seen).toEqual(['草稿', '已立项', '督办中', '待反馈', '已办结', '已归档']);
  });

  it('reopens (复查复议) only a concluded item, back to 督办中; an archived or withdrawn one stays closed', () => {
    expect(Object.values(S).filter((s) => EXPECTED[s][A.RECHECK] !== undefined)).toEqual([S.CONCLUDED]);
    expect(nextItemStatus(S.CONCLUDED, A.RECHECK)).toBe(S.IN_PROGRESS);
    expect(() => nextItemStatus(S.AWAITING_FEEDBACK, A.RECHECK)).toThrow(
      expect.objectContaining({
        text: {
          zh: '事项当前为“待反馈”，不能执行“复查复议”',
          en: 'The item is Awaiting feedback; only a concluded item can be reopened for re-review',
        },
      }),
    );
    // Reopening is not withdrawal: a concluded item is still not open.
    expect(isItemOpen(S.CONCLUDED)).toBe(false);
  });

  it('edits (编辑) exactly the open items, keeping their state; archives only a concluded one', () => {
    for (const s of Object.values(S)) {
      expect(EXPECTED[s][A.EDIT] === s).toBe(isItemOpen(s));
    }
    expect(() => nextItemStatus(S.CONCLUDED, A.EDIT)).toThrow(
      expect.objectContaining({
        text: {
          zh: '事项当前为“已办结”，不能执行“编辑”',
          en: 'The item is Concluded; only an open item can be edited',
        },
      }),
    );
    expect(() => nextItemStatus(S.ARCHIVED, A.EDIT)).toThrow(IllegalTransitionError);
    expect(Object.values(S).filter((s) => EXPECTED[s][A.ARCHIVE] !== undefined)).toEqual([S.CONCLUDED]);
    expect(() => nextItemStatus(S.IN_PROGRESS, A.ARCHIVE)).toThrow(
      expect.objectContaining({
        text: {
          zh: '事项当前为“督办中”，不能执行“归档”',
          en: 'The item is In progress; it cannot be archived',
        },
      }),
    );
  });

  it('refuses unknown input instead of returning undefined', () => {
    expect(() => nextItemStatus('BOGUS' as S, A.REGISTER)).toThrow(IllegalTransitionError);
    expect(() => nextItemStatus(S.DRAFT, 'BOGUS' as A)).toThrow(IllegalTransitionError);
  });
});
