// China has used UTC+8 without daylight saving since 1991, so a fixed offset is exact
// and keeps this library free of Intl/time-zone data (it also runs in the browser).
export const SHANGHAI_OFFSET_HOURS = 8;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = SHANGHAI_OFFSET_HOURS * HOUR_MS;

/** Refuses Invalid Date early: NaN would otherwise silently make every comparison false. */
export function assertValidDate(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} is not a valid date`);
  }
}

/** Days since 1970-01-01 counted on the Shanghai calendar. */
export function shanghaiDayNumber(at: Date): number {
  return Math.floor((at.getTime() + OFFSET_MS) / DAY_MS);
}

/** How many Shanghai calendar days lie between two instants (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date): number {
  return shanghaiDayNumber(to) - shanghaiDayNumber(from);
}

/** 00:00:00 (+08:00) of the given Shanghai day number. */
export function startOfShanghaiDay(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - OFFSET_MS);
}

/** 23:59:59 (+08:00) of the given Shanghai day number. */
export function endOfShanghaiDay(dayNumber: number): Date {
  return new Date((dayNumber + 1) * DAY_MS - OFFSET_MS - 1000);
}

/** 'YYYY-MM-DD' as the date reads in Shanghai. */
export function formatShanghaiDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}
