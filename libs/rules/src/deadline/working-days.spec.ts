import {
  DEFAULT_SIGN_WITHIN_WORKING_DAYS,
  isWorkingDay,
  signForOverdueDays,
  workingDaysBetween,
  workingDaysCutoff,
} from './working-days';
import { HOUR_MS, shanghaiDayNumber } from '../common/time';

/** A Shanghai wall-clock time. 2026-06-08 is a Monday. */
const at = (s: string) => new Date(`${s}+08:00`);

describe('working days (Mon–Fri, Shanghai calendar)', () => {
  it('knows the weekdays', () => {
    const days = ['08', '09', '10', '11', '12', '13', '14'].map((d) =>
      isWorkingDay(shanghaiDayNumber(at(`2026-06-${d}T12:00:00`))),
    );
    expect(days).toEqual([true, true, true, true, true, false, false]);
  });

  it('counts the working days that began after the start, up to and including the day of `to`', () => {
    const monday = at('2026-06-08T10:00:00');
    const cases: [string, number][] = [
      ['2026-06-08T23:59:59', 0],
      ['2026-06-09T00:00:00', 1],
      ['2026-06-10T09:00:00', 2],
      ['2026-06-12T18:00:00', 4],
      ['2026-06-14T23:00:00', 4],
      ['2026-06-15T00:00:00', 5],
    ];
    for (const [to, n] of cases) expect([to, workingDaysBetween(monday, at(to))]).toEqual([to, n]);
  });

  it('skips the weekend: handed down on a Friday or a Saturday, Monday is day one', () => {
    for (const from of ['2026-06-12T17:00:00', '2026-06-13T09:00:00', '2026-06-14T09:00:00']) {
      expect(workingDaysBetween(at(from), at('2026-06-14T23:59:59'))).toBe(0);
      expect(workingDaysBetween(at(from), at('2026-06-15T08:00:00'))).toBe(1);
      expect(workingDaysBetween(at(from), at('2026-06-16T08:00:00'))).toBe(2);
    }
  });

  it('counts long spans, spans across 1970 and backwards', () => {
    // June 2026 has 22 weekdays; after June 1 (a Monday) up to Wednesday July 1: 21 + 1.
    expect(workingDaysBetween(at('2026-06-01T09:00:00'), at('2026-07-01T09:00:00'))).toBe(22);
    // Friday 1969-12-26 → Monday 1970-01-05: Dec 29–31, Jan 1–2 and Jan 5.
    expect(workingDaysBetween(at('1969-12-26T12:00:00'), at('1970-01-05T12:00:00'))).toBe(6);
    expect(workingDaysBetween(at('2026-06-10T09:00:00'), at('2026-06-08T09:00:00'))).toBe(-2);
  });

  it('finds the cutoff: anything started before it has waited n working days, nothing after it has', () => {
    expect(workingDaysCutoff(at('2026-06-10T09:00:00'), 2)).toEqual(at('2026-06-09T00:00:00'));
    expect(workingDaysCutoff(at('2026-06-15T10:00:00'), 2)).toEqual(at('2026-06-12T00:00:00'));
    expect(workingDaysCutoff(at('2026-06-13T10:00:00'), 1)).toEqual(at('2026-06-12T00:00:00'));
    // Exhaustively, hour by hour over three weeks, for several n and moments.
    for (const now of ['2026-06-15T00:00:00', '2026-06-17T13:30:00', '2026-06-20T23:59:59']) {
      for (const n of [1, 2, 3, 5]) {
        const cutoff = workingDaysCutoff(at(now), n);
        for (let t = at('2026-05-25T00:00:00').getTime(); t <= at(now).getTime(); t += HOUR_MS) {
          const waited = workingDaysBetween(new Date(t), at(now)) >= n;
          expect([now, n, new Date(t).toISOString(), waited]).toEqual([
            now,
            n,
            new Date(t).toISOString(),
            t < cutoff.getTime(),
          ]);
        }
      }
    }
    expect(() => workingDaysCutoff(at('2026-06-15T00:00:00'), 0)).toThrow(RangeError);
  });

  it('is late for 签收 from the 签收时限 on (default two working days)', () => {
    expect(DEFAULT_SIGN_WITHIN_WORKING_DAYS).toBe(2);
    const monday = at('2026-06-08T10:00:00');
    expect(signForOverdueDays(monday, at('2026-06-09T18:00:00'))).toBeNull();
    expect(signForOverdueDays(monday, at('2026-06-10T00:00:00'))).toBe(2);
    expect(signForOverdueDays(monday, at('2026-06-15T00:00:00'))).toBe(5);
    expect(signForOverdueDays(monday, at('2026-06-10T00:00:00'), 3)).toBeNull();
    expect(() => signForOverdueDays(monday, monday, 1.5)).toThrow(RangeError);
  });

  describe('the day boundary is China time whatever the server’s time zone', () => {
    const saved = process.env.TZ;
    afterAll(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai'])('in %s', (tz) => {
      process.env.TZ = tz;
      // 07:00 on Wednesday in China is still Tuesday in UTC and in Los Angeles.
      const wednesdayMorning = new Date('2026-06-09T23:00:00Z');
      expect(workingDaysBetween(at('2026-06-08T10:00:00'), wednesdayMorning)).toBe(2);
      // 23:30 on Friday in China is already Saturday in Kiritimati (UTC+14).
      expect(workingDaysBetween(at('2026-06-11T10:00:00'), at('2026-06-12T23:30:00'))).toBe(1);
      expect(workingDaysCutoff(wednesdayMorning, 2)).toEqual(new Date('2026-06-08T16:00:00Z'));
      // A day count in UTC would see Monday 15:59 → Tuesday 23:00: one day, not yet late.
      expect(signForOverdueDays(at('2026-06-08T23:59:59'), wednesdayMorning)).toBe(2);
      expect(signForOverdueDays(at('2026-06-09T00:00:00'), wednesdayMorning)).toBeNull();
    });
  });
});
