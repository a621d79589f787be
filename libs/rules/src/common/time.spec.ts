import { joinBilingual, num, pct } from './bilingual';
import {
  assertValidDate,
  calendarDaysBetween,
  endOfShanghaiDay,
  formatShanghaiDate,
  shanghaiDayNumber,
  startOfShanghaiDay,
} from './time';

const at = (s: string) => new Date(`${s}+08:00`);

describe('Shanghai calendar helpers', () => {
  it('start the day at local midnight, not UTC midnight', () => {
    expect(shanghaiDayNumber(at('2026-06-10T00:00:00'))).toBe(shanghaiDayNumber(at('2026-06-10T23:59:59')));
    expect(shanghaiDayNumber(at('2026-06-10T23:59:59')) + 1).toBe(
      shanghaiDayNumber(at('2026-06-11T00:00:00')),
    );
    expect(formatShanghaiDate(new Date('2026-06-09T16:00:00Z'))).toBe('2026-06-10');
    expect(formatShanghaiDate(new Date('2026-06-09T15:59:59Z'))).toBe('2026-06-09');
  });

  it('count calendar days and find the end of a day', () => {
    expect(calendarDaysBetween(at('2026-06-10T23:00:00'), at('2026-06-11T01:00:00'))).toBe(1);
    expect(calendarDaysBetween(at('2026-06-11T01:00:00'), at('2026-06-10T23:00:00'))).toBe(-1);
    expect(endOfShanghaiDay(shanghaiDayNumber(at('2026-06-10T08:00:00')))).toEqual(at('2026-06-10T23:59:59'));
    // Just after midnight in China is still the previous day in UTC: the start is 16:00 UTC the day before.
    expect(startOfShanghaiDay(shanghaiDayNumber(at('2026-06-10T00:30:00')))).toEqual(
      at('2026-06-10T00:00:00'),
    );
    expect(startOfShanghaiDay(shanghaiDayNumber(at('2026-06-10T00:30:00'))).toISOString()).toBe(
      '2026-06-09T16:00:00.000Z',
    );
  });

  it('refuses invalid dates', () => {
    expect(() => assertValidDate(new Date('x'), 'when')).toThrow('when is not a valid date');
    expect(() => assertValidDate('2026-01-01' as unknown as Date, 'when')).toThrow(RangeError);
  });
});

describe('text helpers', () => {
  it('round percents, trim float noise and join both languages', () => {
    expect([pct(64.5), pct(0.4), num(33.300000000000004), num(12.5)]).toEqual(['65%', '0%', '33.3', '12.5']);
    expect(
      joinBilingual([
        { zh: '甲', en: 'a' },
        { zh: '乙', en: 'b' },
      ]),
    ).toEqual({ zh: '甲；乙', en: 'a; b' });
  });
});
