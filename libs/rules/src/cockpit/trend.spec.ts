import { TREND_MAX_PERIODS, TrendGranularity as G, trendPeriods } from './trend';

const iso = (p: { start: Date; end: Date; label: string }) => [
  p.label,
  p.start.toISOString(),
  p.end.toISOString(),
];

describe('trendPeriods', () => {
  it('cuts China-time weeks from Monday 00:00 (+08:00), oldest first, the current week last', () => {
    // Sunday 2026-03-01 23:30 in China is still the week of Monday 2026-02-23.
    const now = new Date('2026-03-01T15:30:00Z');
    expect(trendPeriods(now, G.WEEK, 2).map(iso)).toEqual([
      ['2026-02-16', '2026-02-15T16:00:00.000Z', '2026-02-22T16:00:00.000Z'],
      ['2026-02-23', '2026-02-22T16:00:00.000Z', '2026-03-01T16:00:00.000Z'],
    ]);
    // Half an hour later it is Monday in China: a new week, though still Sunday in UTC.
    const monday = trendPeriods(new Date('2026-03-01T16:30:00Z'), G.WEEK, 1)[0];
    expect(monday.label).toBe('2026-03-02');
  });

  it('cuts calendar months in China time, across a year boundary', () => {
    const now = new Date('2026-01-31T17:00:00Z'); // 1 February, 01:00 in China
    expect(trendPeriods(now, G.MONTH, 3).map(iso)).toEqual([
      ['2025-12', '2025-11-30T16:00:00.000Z', '2025-12-31T16:00:00.000Z'],
      ['2026-01', '2025-12-31T16:00:00.000Z', '2026-01-31T16:00:00.000Z'],
      ['2026-02', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
    ]);
  });

  it('leaves no gap and no overlap between periods', () => {
    const ps = trendPeriods(new Date('2026-06-10T04:00:00Z'), G.WEEK, 12);
    for (let i = 1; i < ps.length; i++) expect(ps[i].start).toEqual(ps[i - 1].end);
    for (const p of ps) expect(p.end.getTime() - p.start.getTime()).toBe(7 * 86_400_000);
  });

  it('refuses a count outside 1..53 and an invalid time', () => {
    expect(() => trendPeriods(new Date(), G.WEEK, 0)).toThrow(RangeError);
    expect(() => trendPeriods(new Date(), G.WEEK, TREND_MAX_PERIODS + 1)).toThrow(RangeError);
    expect(() => trendPeriods(new Date(), G.MONTH, 1.5)).toThrow(RangeError);
    expect(() => trendPeriods(new Date('x'), G.WEEK, 1)).toThrow();
    expect(trendPeriods(new Date(), G.MONTH, TREND_MAX_PERIODS)).toHaveLength(TREND_MAX_PERIODS);
  });
});
