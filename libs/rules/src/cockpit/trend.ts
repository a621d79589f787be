import { assertValidDate, DAY_MS, shanghaiDayNumber, startOfShanghaiDay } from '../common/time';

/** The cockpit's trend buckets: China-time weeks (Monday first) or calendar months. */
export enum TrendGranularity {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

/** A year of weeks at most; more is a mistake in the request, not a wider chart. */
export const TREND_MAX_PERIODS = 53;

/** One bucket: [start, end) as instants, labelled by its first China-time day (week) or month. */
export interface TrendPeriod {
  start: Date;
  end: Date;
  label: string;
}

const dayLabel = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first China-time day of the week (Monday) holding `day`; day 0 (1970-01-01) was a Thursday. */
const mondayOf = (day: number) => day - ((((day + 3) % 7) + 7) % 7);

/** The first day of the month `months` after the one holding `day` (negative: before). */
function monthStart(day: number, months = 0): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) / DAY_MS;
}

/**
 * The last `count` periods up to and including the one holding `now`, oldest first, in China time: the
 * SQL counts what falls in each [start, end), so the browser never buckets anything itself.
 */
export function trendPeriods(now: Date, granularity: TrendGranularity, count: number): TrendPeriod[] {
  assertValidDate(now, 'now');
  if (!Number.isInteger(count) || count < 1 || count > TREND_MAX_PERIODS)
    throw new RangeError(`count must be a whole number from 1 to ${TREND_MAX_PERIODS}, got ${count}`);
  const today = shanghaiDayNumber(now);
  const periods: TrendPeriod[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const [first, next] =
      granularity === TrendGranularity.MONTH
        ? [monthStart(today, -i), monthStart(today, -i + 1)]
        : [mondayOf(today) - 7 * i, mondayOf(today) - 7 * i + 7];
    periods.push({
      start: startOfShanghaiDay(first),
      end: startOfShanghaiDay(next),
      label: granularity === TrendGranularity.MONTH ? dayLabel(first).slice(0, 7) : dayLabel(first),
    });
  }
  return periods;
}
