import { RuleViolation } from '../common/errors';
import {
  checkChildDeadline,
  DEADLINE_TIER_DAYS,
  DEADLINE_TIER_LABELS,
  deadlineFromTier,
  DeadlineTier as T,
  detectOverTightening,
  type ChainLevel,
} from './deadline';

const at = (s: string) => new Date(`${s}+08:00`);

describe('deadlineFromTier', () => {
  it('uses the tier defaults, ending at 23:59:59 Shanghai time', () => {
    const from = at('2026-03-01T10:30:00');
    expect(deadlineFromTier(T.URGENT, from).toISOString()).toBe(at('2026-03-06T23:59:59').toISOString());
    expect(deadlineFromTier(T.NORMAL, from)).toEqual(at('2026-03-16T23:59:59'));
    expect(deadlineFromTier(T.HARD, from)).toEqual(at('2026-03-31T23:59:59'));
    expect(deadlineFromTier(T.MEETING_MINUTES, from)).toEqual(at('2026-03-21T23:59:59'));
    expect(deadlineFromTier(T.DOCUMENT, from)).toEqual(at('2026-03-31T23:59:59'));
    expect(DEADLINE_TIER_DAYS).toEqual({
      URGENT: 5,
      NORMAL: 15,
      HARD: 30,
      MEETING_MINUTES: 20,
      DOCUMENT: 30,
    });
    expect(DEADLINE_TIER_LABELS[T.MEETING_MINUTES].zh).toBe('会议纪要');
  });

  it('counts days on the Shanghai calendar, not UTC', () => {
    // 00:30 in Shanghai is still the previous day in UTC.
    expect(deadlineFromTier(T.URGENT, at('2026-03-02T00:30:00'), 1)).toEqual(at('2026-03-03T23:59:59'));
    expect(deadlineFromTier(T.URGENT, at('2026-03-01T23:30:00'), 1)).toEqual(at('2026-03-02T23:59:59'));
    // Across a month and a leap day.
    expect(deadlineFromTier(T.NORMAL, at('2028-02-20T09:00:00'))).toEqual(at('2028-03-06T23:59:59'));
  });

  it('allows 1–5 days for an urgent instruction only', () => {
    for (const days of [1, 2, 3, 4, 5])
      expect(() => deadlineFromTier(T.URGENT, at('2026-03-01T10:00:00'), days)).not.toThrow();
    for (const days of [0, 6, 2.5, -1]) {
      expect(() => deadlineFromTier(T.URGENT, at('2026-03-01T10:00:00'), days)).toThrow(
        expect.objectContaining({
          field: 'days',
          text: expect.objectContaining({ zh: '批示急件办理时限应为1至5天' }),
        }),
      );
    }
  });

  it('accepts other whole day counts for other tiers', () => {
    expect(deadlineFromTier(T.NORMAL, at('2026-03-01T10:00:00'), 10)).toEqual(at('2026-03-11T23:59:59'));
    expect(() => deadlineFromTier(T.NORMAL, at('2026-03-01T10:00:00'), 0)).toThrow(RuleViolation);
    expect(() => deadlineFromTier(T.NORMAL, at('2026-03-01T10:00:00'), 1.5)).toThrow(RuleViolation);
    expect(() => deadlineFromTier(T.NORMAL, new Date(NaN))).toThrow(RangeError);
  });
});

describe('checkChildDeadline', () => {
  const parent = at('2026-12-01T23:59:59');

  it('accepts an equal or earlier child deadline', () => {
    expect(() => checkChildDeadline(parent, parent)).not.toThrow();
    expect(() => checkChildDeadline(parent, at('2026-11-20T23:59:59'))).not.toThrow();
  });

  it('refuses a later one, naming the parent date', () => {
    expect(() => checkChildDeadline(parent, at('2026-12-02T00:00:00'))).toThrow(
      expect.objectContaining({
        field: 'deadline',
        text: {
          zh: '下级办理时限不得晚于上级时限（上级：2026-12-01）',
          en: "The deadline may not be later than the parent's (parent: 2026-12-01)",
        },
      }),
    );
    expect(() => checkChildDeadline(parent, at('2026-12-02T00:00:00'))).toThrow(RuleViolation);
  });
});

describe('detectOverTightening (层层加码)', () => {
  // City gives 30 days on 03-01; the window each level passes on is what varies.
  const level = (assigned: string, deadline: string): ChainLevel => ({
    assignedAt: at(assigned),
    deadline: at(deadline),
  });
  const city = level('2026-03-01T00:00:00', '2026-03-31T00:00:00');

  it('does not flag passing the parent deadline on unchanged', () => {
    const r = detectOverTightening([
      city,
      level('2026-03-03T00:00:00', '2026-03-31T00:00:00'),
      level('2026-03-05T00:00:00', '2026-03-31T00:00:00'),
    ]);
    expect(r).toEqual({ flagged: false, cuts: [0, 0], levels: [], reason: null });
  });

  it('does not flag a single sharp cut', () => {
    // County keeps 10 of 30 days (cut 2/3), township passes its 10 on unchanged.
    const r = detectOverTightening([
      city,
      level('2026-03-01T00:00:00', '2026-03-11T00:00:00'),
      level('2026-03-01T00:00:00', '2026-03-11T00:00:00'),
    ]);
    expect(r.flagged).toBe(false);
    expect(r.cuts[0]).toBeCloseTo(2 / 3);
    expect(r.cuts[1]).toBe(0);
  });

  it('flags two successive cuts above 30%', () => {
    // County: 20 of the 30 days left (cut 33%). Township, on 03-01, 10 of the county's 20 (cut 50%).
    const r = detectOverTightening([
      city,
      level('2026-03-01T00:00:00', '2026-03-21T00:00:00'),
      level('2026-03-01T00:00:00', '2026-03-11T00:00:00'),
    ]);
    expect(r.flagged).toBe(true);
    expect(r.levels).toEqual([1, 2]);
    expect(r.reason).toEqual({
      zh: '层层加码：第2、3级分别将剩余时限压缩33%、50%',
      en: 'Over-tightening: levels 2, 3 cut the remaining time by 33%, 50%',
    });
  });

  it('measures against what the parent still had at hand-down, not its original window', () => {
    // County passes its deadline on, but only on 03-21: 10 days left, given 10 → no cut.
    const r = detectOverTightening([
      city,
      level('2026-03-21T00:00:00', '2026-03-31T00:00:00'),
      level('2026-03-21T00:00:00', '2026-03-31T00:00:00'),
    ]);
    expect(r.cuts).toEqual([0, 0]);
    expect(r.flagged).toBe(false);
  });

  it('treats exactly 30% as not tightening, and honours the options', () => {
    const chain = [
      level('2026-03-01T00:00:00', '2026-03-11T00:00:00'), // 10 days
      level('2026-03-01T00:00:00', '2026-03-08T00:00:00'), // 7 of 10: cut 30%
      level('2026-03-01T00:00:00', '2026-03-04T00:00:00'), // 3 of 7: cut 57%
    ];
    expect(detectOverTightening(chain).flagged).toBe(false);
    expect(detectOverTightening(chain, { threshold: 0.29 }).flagged).toBe(true);
    expect(detectOverTightening(chain, { minConsecutive: 1 }).levels).toEqual([2]);
  });

  it('needs the cuts in a row, and reports the longest run', () => {
    const days = (d: number) => `2026-03-${String(1 + d).padStart(2, '0')}T00:00:00`;
    const chain = [30, 15, 15, 7, 3].map((d) => level(days(0), days(d)));
    // Cuts: 50%, 0%, 53%, 57% → the run is levels 3 and 4 (0-based).
    const r = detectOverTightening(chain);
    expect(r.levels).toEqual([3, 4]);
    const broken = [30, 15, 15, 7, 7].map((d) => level(days(0), days(d)));
    expect(detectOverTightening(broken).flagged).toBe(false);
  });

  it('gives no cut when the parent had no time left', () => {
    const r = detectOverTightening([city, level('2026-04-02T00:00:00', '2026-04-05T00:00:00')]);
    expect(r.cuts).toEqual([null]);
    expect(r.flagged).toBe(false);
  });

  it('handles trivial chains and refuses invalid dates', () => {
    expect(detectOverTightening([])).toEqual({ flagged: false, cuts: [], levels: [], reason: null });
    expect(detectOverTightening([city]).cuts).toEqual([]);
    expect(() =>
      detectOverTightening([city, { assignedAt: new Date(NaN), deadline: city.deadline }]),
    ).toThrow(RangeError);
  });
});
