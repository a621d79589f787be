import {
  BULLETIN_KIND_LABELS,
  BULLETIN_LEVEL_LABELS,
  BulletinKind as K,
  BulletinLevel as L,
  bulletinScore,
  countsAsReopened,
  criticismConsequences,
  reReviewRate,
  returnRate,
  scoreboardRates,
} from './assessment';

describe('bulletins', () => {
  it('score ±5 by the committee and ±3 by the office', () => {
    expect(bulletinScore(K.PRAISE, L.COMMITTEE)).toBe(5);
    expect(bulletinScore(K.PRAISE, L.OFFICE)).toBe(3);
    expect(bulletinScore(K.CRITICISM, L.COMMITTEE)).toBe(-5);
    expect(bulletinScore(K.CRITICISM, L.OFFICE)).toBe(-3);
    expect([BULLETIN_KIND_LABELS[K.PRAISE].zh, BULLETIN_LEVEL_LABELS[L.OFFICE].zh]).toEqual([
      '通报表扬',
      '督查室',
    ]);
  });

  it('escalate consequences with criticisms in a year', () => {
    const table = [0, 1, 2, 3, 4].map((n) => {
      const c = criticismConsequences(n);
      return [n, c.admonishPerson, c.personAwardIneligible, c.unitAwardIneligible];
    });
    expect(table).toEqual([
      [0, false, false, false],
      [1, false, false, false],
      [2, true, true, false],
      [3, true, true, true],
      [4, true, true, true],
    ]);
    expect(() => criticismConsequences(-1)).toThrow(RangeError);
  });
});

describe('scoreboardRates', () => {
  it('computes the three rates', () => {
    expect(scoreboardRates({ total: 50, done: 40, onTime: 30, reReviewed: 2 })).toEqual({
      completionRate: 0.8,
      onTimeRate: 0.75,
      reReviewRate: 0.05,
      meetsTargets: { completion: false, reReview: false },
    });
  });

  it('meets the targets at 100% done and at most 4% re-reviewed, boundary included', () => {
    expect(scoreboardRates({ total: 25, done: 25, onTime: 25, reReviewed: 1 }).meetsTargets).toEqual({
      completion: true,
      reReview: true,
    });
    expect(scoreboardRates({ total: 24, done: 24, onTime: 20, reReviewed: 1 }).meetsTargets.reReview).toBe(
      false,
    );
    expect(scoreboardRates({ total: 100, done: 100, onTime: 90, reReviewed: 4 }).meetsTargets.reReview).toBe(
      true,
    );
  });

  it('returns null rates for empty boards, which miss no target', () => {
    expect(scoreboardRates({ total: 0, done: 0, onTime: 0, reReviewed: 0 })).toEqual({
      completionRate: null,
      onTimeRate: null,
      reReviewRate: null,
      meetsTargets: { completion: true, reReview: true },
    });
    expect(scoreboardRates({ total: 3, done: 0, onTime: 0, reReviewed: 0 }).completionRate).toBe(0);
  });

  it('refuses inconsistent counts', () => {
    expect(() => scoreboardRates({ total: 1, done: 2, onTime: 0, reReviewed: 0 })).toThrow(RangeError);
    expect(() => scoreboardRates({ total: 2, done: 1, onTime: 2, reReviewed: 0 })).toThrow(RangeError);
    expect(() => scoreboardRates({ total: 2, done: 1, onTime: 0, reReviewed: 2 })).toThrow(RangeError);
    expect(() => scoreboardRates({ total: -1, done: 0, onTime: 0, reReviewed: 0 })).toThrow(RangeError);
  });
});

describe('复查复议率 and 退回率', () => {
  it('divides reopened items by closed items, with the 4% target met exactly at 1 in 25', () => {
    expect(reReviewRate(25, 1)).toEqual({ rate: 0.04, meetsTarget: true });
    expect(reReviewRate(24, 1)).toEqual({ rate: 1 / 24, meetsTarget: false });
    expect(reReviewRate(10, 0)).toEqual({ rate: 0, meetsTarget: true });
  });

  it('has no rate while nothing is closed, and an empty year misses nothing', () => {
    expect(reReviewRate(0, 0)).toEqual({ rate: null, meetsTarget: true });
  });

  it('refuses counts that cannot be: more reopened than closed, negatives, fractions', () => {
    expect(() => reReviewRate(1, 2)).toThrow(RangeError);
    expect(() => reReviewRate(-1, 0)).toThrow(RangeError);
    expect(() => reReviewRate(2.5, 1)).toThrow(RangeError);
  });

  it('names the report return rate for what it is: returned ÷ reviewed', () => {
    expect(returnRate(8, 2)).toBe(0.25);
    expect(returnRate(0, 0)).toBeNull();
    expect(() => returnRate(1, 2)).toThrow(RangeError);
    expect(() => returnRate(1, -1)).toThrow(RangeError);
  });

  it('counts an item as reopened once, however often it was', () => {
    expect([0, 1, 3].map((reopenCount) => countsAsReopened({ reopenCount }))).toEqual([false, true, true]);
  });
});
