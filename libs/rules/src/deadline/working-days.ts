import { assertValidDate, DAY_MS, HOUR_MS, SHANGHAI_OFFSET_HOURS, shanghaiDayNumber } from '../common/time';

/*
 * Working days on the Shanghai calendar: Monday to Friday. Statutory holidays and the weekend days
 * worked in their place (调休) are not modelled yet, so a holiday week counts as working days.
 * Every day boundary is midnight in China, whatever the server's time zone.
 */

/** Day number 4 (1970-01-05) was a Monday; weekday 0 = Monday … 6 = Sunday. */
const weekday = (dayNumber: number) => (((dayNumber - 4) % 7) + 7) % 7;

export function isWorkingDay(dayNumber: number): boolean {
  return weekday(dayNumber) < 5;
}

/** Working days from a fixed Monday up to and including `dayNumber` (a prefix count, any sign). */
function workingDaysThrough(dayNumber: number): number {
  const k = dayNumber - 4;
  return Math.floor(k / 7) * 5 + Math.min(weekday(dayNumber) + 1, 5);
}

/**
 * Working days that began after `from` and by `to` (Shanghai calendar): the days d with
 * day(from) < d ≤ day(to) that are Monday to Friday. Handed down on a Monday at 10:00, it is 1 on
 * Tuesday and 2 on Wednesday; handed down on a Friday or a Saturday, it is 1 on Monday.
 * Negative when `to` is earlier.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  assertValidDate(from, 'from');
  assertValidDate(to, 'to');
  return workingDaysThrough(shanghaiDayNumber(to)) - workingDaysThrough(shanghaiDayNumber(from));
}

/**
 * The earliest instant that has NOT yet seen `n` working days by `now`: anything that started
 * before it has (`workingDaysBetween(start, now) >= n`). It is always a Shanghai midnight, so a
 * database can compare creation times with it directly.
 */
export function workingDaysCutoff(now: Date, n: number): Date {
  assertValidDate(now, 'now');
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be 1 or more, got ${n}`);
  const today = shanghaiDayNumber(now);
  const target = workingDaysThrough(today) - n;
  let day = today;
  while (workingDaysThrough(day) > target) day--;
  // `day` is the last day from which n working days have passed; the cutoff is the next midnight.
  return new Date((day + 1) * DAY_MS - SHANGHAI_OFFSET_HOURS * HOUR_MS);
}

/** 签收时限: a new assignment should be signed for (签收) within this many working days. */
export const DEFAULT_SIGN_WITHIN_WORKING_DAYS = 2;

/**
 * How long an unsigned assignment has waited, in working days, once that reaches the 签收时限
 * (`withinWorkingDays`); null while it is still within it.
 */
export function signForOverdueDays(
  assignedAt: Date,
  now: Date,
  withinWorkingDays = DEFAULT_SIGN_WITHIN_WORKING_DAYS,
): number | null {
  if (!Number.isInteger(withinWorkingDays) || withinWorkingDays < 1)
    throw new RangeError(`the 签收时限 must be 1 or more working days, got ${withinWorkingDays}`);
  const waited = workingDaysBetween(assignedAt, now);
  return waited >= withinWorkingDays ? waited : null;
}
