import { SHANGHAI_OFFSET_HOURS, HOUR_MS } from '../common/time';

/**
 * 成文日期 as GB/T 9704-2012 prints it: the year in full, month and day without leading zeros, in
 * Arabic numerals (2026年11月27日), on the Shanghai calendar.
 */
export function documentDate(at: Date): string {
  const d = new Date(at.getTime() + SHANGHAI_OFFSET_HOURS * HOUR_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A moment as a form prints it, to the minute (2026年11月27日 14:05), Shanghai time. */
export function documentDateTime(at: Date): string {
  const d = new Date(at.getTime() + SHANGHAI_OFFSET_HOURS * HOUR_MS);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${documentDate(at)} ${hh}:${mm}`;
}
