import { RuleViolation } from '../common/errors';
import {
  checkRecurrence,
  dayOfDate,
  dueRun,
  expandTitle,
  nextRunDate,
  periodOf,
  RecurrenceFrequency as F,
  type RecurrenceRule,
  runOnOrAfter,
  runsDue,
  templateDeadline,
  upcomingRuns,
} from './recurrence';

const monthly = (over: Partial<RecurrenceRule> = {}): RecurrenceRule => ({
  frequency: F.MONTHLY,
  dayOfMonth: 5,
  dueWorkingDays: 5,
  startOn: '2026-11-01',
  ...over,
});

const refusal = (rule: RecurrenceRule): string | undefined => {
  try {
    checkRecurrence(rule);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(RuleViolation);
    return (err as RuleViolation).field;
  }
};

describe('checkRecurrence', () => {
  it('accepts a monthly rule on the 5th, a quarterly and a yearly one, and a plain template', () => {
    expect(refusal(monthly())).toBeUndefined();
    expect(refusal(monthly({ frequency: F.QUARTERLY, month: 3 }))).toBeUndefined();
    expect(refusal(monthly({ frequency: F.YEARLY, month: 12, dayOfMonth: 28 }))).toBeUndefined();
    expect(refusal(monthly({ frequency: F.NONE, dayOfMonth: 0 }))).toBeUndefined();
  });

  it('refuses a day the short months lack (29 to 31) and day 0', () => {
    for (const d of [0, 29, 31, 2.5]) expect(refusal(monthly({ dayOfMonth: d }))).toBe('dayOfMonth');
  });

  it('refuses an end before the start, and dates that do not exist', () => {
    expect(refusal(monthly({ endOn: '2026-10-31' }))).toBe('endOn');
    expect(refusal(monthly({ endOn: '2026-11-01' }))).toBeUndefined();
    expect(refusal(monthly({ startOn: '2026-02-30' }))).toBe('startOn');
    expect(refusal(monthly({ startOn: '2026/11/01' }))).toBe('startOn');
    expect(refusal(monthly({ endOn: '2027-13-01' }))).toBe('endOn');
    expect(refusal(monthly({ startOn: '1999-12-31' }))).toBe('startOn');
    expect(refusal(monthly({ endOn: '2100-01-01' }))).toBe('endOn');
  });

  it('refuses a month outside the quarter or the year, and a time limit out of range', () => {
    expect(refusal(monthly({ frequency: F.QUARTERLY, month: 4 }))).toBe('month');
    expect(refusal(monthly({ frequency: F.YEARLY }))).toBe('month');
    expect(refusal(monthly({ frequency: F.YEARLY, month: 13 }))).toBe('month');
    expect(refusal(monthly({ dueWorkingDays: 0 }))).toBe('dueWorkingDays');
    expect(refusal(monthly({ dueWorkingDays: 61 }))).toBe('dueWorkingDays');
    expect(refusal(monthly({ frequency: 'WEEKLY' as F }))).toBe('frequency');
  });

  it('says what is wrong in both languages', () => {
    expect(() => checkRecurrence(monthly({ dayOfMonth: 31 }))).toThrow(/1 to 28/);
    try {
      checkRecurrence(monthly({ endOn: '2026-01-01' }));
    } catch (err) {
      expect((err as RuleViolation).text.zh).toBe('结束日期不能早于开始日期');
    }
  });
});

describe('runs', () => {
  it('monthly on the 5th: the first run on or after the start, then one a month', () => {
    expect(runOnOrAfter(monthly(), '2026-11-01')).toBe('2026-11-05');
    expect(runOnOrAfter(monthly(), '2026-11-05')).toBe('2026-11-05');
    expect(runOnOrAfter(monthly(), '2026-11-06')).toBe('2026-12-05');
    expect(nextRunDate(monthly(), '2026-11-05')).toBe('2026-12-05');
    expect(upcomingRuns(monthly(), '2026-11-27', 3)).toEqual(['2026-12-05', '2027-01-05', '2027-02-05']);
  });

  it('never starts before the start date, whatever `from` says', () => {
    expect(runOnOrAfter(monthly({ startOn: '2027-03-06' }), '2026-01-01')).toBe('2027-04-05');
  });

  it('crosses the year end and takes the 28th of February in leap and common years', () => {
    const rule = monthly({ dayOfMonth: 28 });
    expect(upcomingRuns(rule, '2027-12-29', 3)).toEqual(['2028-01-28', '2028-02-28', '2028-03-28']);
    expect(nextRunDate(rule, '2027-01-28')).toBe('2027-02-28');
  });

  it('stops at the end date, which a run may fall on', () => {
    const rule = monthly({ endOn: '2027-01-05' });
    expect(upcomingRuns(rule, '2026-11-01', 5)).toEqual(['2026-11-05', '2026-12-05', '2027-01-05']);
    expect(nextRunDate(rule, '2027-01-05')).toBeNull();
    expect(runOnOrAfter(monthly({ endOn: '2026-11-04' }), '2026-11-01')).toBeNull();
  });

  it('quarterly: the chosen month of each quarter', () => {
    const first = monthly({ frequency: F.QUARTERLY, month: 1, dayOfMonth: 10 });
    expect(upcomingRuns(first, '2026-11-01', 3)).toEqual(['2027-01-10', '2027-04-10', '2027-07-10']);
    const last = monthly({ frequency: F.QUARTERLY, month: 3, dayOfMonth: 25 });
    expect(upcomingRuns(last, '2026-11-01', 2)).toEqual(['2026-12-25', '2027-03-25']);
  });

  it('yearly: once a year, the next year when this year’s day has passed', () => {
    const rule = monthly({ frequency: F.YEARLY, month: 1, dayOfMonth: 15 });
    expect(upcomingRuns(rule, '2026-11-01', 2)).toEqual(['2027-01-15', '2028-01-15']);
    expect(runOnOrAfter({ ...rule, month: 11 }, '2026-11-16')).toBe('2027-11-15');
  });

  it('a plain template never runs by itself', () => {
    expect(upcomingRuns(monthly({ frequency: F.NONE }), '2026-11-01', 3)).toEqual([]);
    expect(nextRunDate(monthly({ frequency: F.NONE }), '2026-11-01')).toBeNull();
  });

  it('runs on past the last year a template may start in', () => {
    expect(upcomingRuns(monthly({ startOn: '2099-11-01' }), '2099-11-01', 3)).toEqual([
      '2099-11-05',
      '2099-12-05',
      '2100-01-05',
    ]);
  });

  it('refuses a date that is not one', () => {
    expect(() => nextRunDate(monthly(), '2026-02-31')).toThrow(RangeError);
    expect(dayOfDate('2026-02-29')).toBeNull();
    expect(dayOfDate('2028-02-29')).not.toBeNull();
  });
});

describe('missed periods', () => {
  it('nothing is due before the next run day', () => {
    expect(dueRun(monthly(), '2026-12-05', '2026-12-04')).toBeNull();
  });

  it('on the day (or later the same period) the one run is due', () => {
    expect(dueRun(monthly(), '2026-12-05', '2026-12-05')).toEqual({ runOn: '2026-12-05', skipped: [] });
    expect(dueRun(monthly(), '2026-12-05', '2026-12-31')).toEqual({ runOn: '2026-12-05', skipped: [] });
  });

  it('after two months down, only the latest run registers and the older ones are named as skipped', () => {
    expect(runsDue(monthly(), '2026-12-05', '2027-02-10')).toEqual([
      '2026-12-05',
      '2027-01-05',
      '2027-02-05',
    ]);
    expect(dueRun(monthly(), '2026-12-05', '2027-02-10')).toEqual({
      runOn: '2027-02-05',
      skipped: ['2026-12-05', '2027-01-05'],
    });
    expect(nextRunDate(monthly(), '2027-02-05')).toBe('2027-03-05');
  });

  it('past the end date nothing more is due', () => {
    expect(dueRun(monthly({ endOn: '2026-12-31' }), '2027-01-05', '2027-03-01')).toBeNull();
  });
});

describe('periodOf', () => {
  it('names the month, the quarter or the year', () => {
    expect(periodOf(F.MONTHLY, '2026-12-05')).toBe('2026-12');
    expect(periodOf(F.QUARTERLY, '2026-12-05')).toBe('2026-Q4');
    expect(periodOf(F.QUARTERLY, '2027-01-10')).toBe('2027-Q1');
    expect(periodOf(F.YEARLY, '2027-01-15')).toBe('2027');
  });
});

describe('templateDeadline', () => {
  const at = (s: string) => new Date(`${s}+08:00`);

  it('counts working days after the registration day, ending at 23:59:59 China time', () => {
    // 2026-12-05 is a Saturday: Monday 7th is the first working day, Friday 11th the fifth.
    expect(templateDeadline('2026-12-05', 5)).toEqual(at('2026-12-11T23:59:59'));
    // 2026-12-07 is a Monday: the 8th is the first.
    expect(templateDeadline('2026-12-07', 1)).toEqual(at('2026-12-08T23:59:59'));
    // From a Friday, one working day is the Monday.
    expect(templateDeadline('2026-12-11', 1)).toEqual(at('2026-12-14T23:59:59'));
    expect(templateDeadline('2026-12-28', 5)).toEqual(at('2027-01-04T23:59:59'));
  });
});

describe('expandTitle', () => {
  it('fills year, month and quarter of the run', () => {
    expect(expandTitle('{year}年{month}月工作月报', '2026-12-05')).toBe('2026年12月工作月报');
    expect(expandTitle('{year}年第{quarter}季度督查通报', '2027-01-10')).toBe('2027年第1季度督查通报');
    expect(expandTitle('{month}月{month}日', '2027-03-05')).toBe('3月3日');
  });

  it('leaves a title without placeholders, and unknown braces, as written', () => {
    expect(expandTitle('安全生产检查', '2026-12-05')).toBe('安全生产检查');
    expect(expandTitle('{day}号{year}', '2026-12-05')).toBe('{day}号2026');
  });
});
