import type { Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';
import { endOfShanghaiDay } from '../common/time';
import { isWorkingDay } from '../deadline/working-days';

/*
 * 周期事项: when a template registers its next item. Dates are China calendar dates ('YYYY-MM-DD'),
 * the day the 督查室 sees on its wall calendar; arithmetic runs on UTC midnights of those dates, so it
 * never depends on the server's time zone.
 */

export enum RecurrenceFrequency {
  /** A plain template: registered by hand only. */
  NONE = 'NONE',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}

export const RECURRENCE_FREQUENCY_LABELS: Record<RecurrenceFrequency, Bilingual> = {
  [RecurrenceFrequency.NONE]: { zh: '不重复', en: 'Does not repeat' },
  [RecurrenceFrequency.MONTHLY]: { zh: '每月', en: 'Monthly' },
  [RecurrenceFrequency.QUARTERLY]: { zh: '每季度', en: 'Quarterly' },
  [RecurrenceFrequency.YEARLY]: { zh: '每年', en: 'Yearly' },
};

/** Days of the month a run may fall on: 1 to 28, so every month has it (no month-end guessing). */
export const MAX_RUN_DAY = 28;
/** 办理时限 of a generated item, in working days after its registration day. */
export const MAX_DUE_WORKING_DAYS = 60;

export interface RecurrenceRule {
  frequency: RecurrenceFrequency;
  /** Day of the month the item is registered on (1–28). */
  dayOfMonth: number;
  /** QUARTERLY: month within the quarter (1–3); YEARLY: month of the year (1–12); else unused. */
  month?: number | null;
  /** Deadline: the end of the Nth working day (Monday–Friday) after the registration day. */
  dueWorkingDays: number;
  /** First day a run may fall on. */
  startOn: string;
  /** Last day a run may fall on; none: for ever. */
  endOn?: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

/** Day number of a 'YYYY-MM-DD' date (days since 1970-01-01), or null when it is no real date. */
export function dayOfDate(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return new Date(t).toISOString().slice(0, 10) === date ? t / DAY : null;
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function parts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

const ymd = (year: number, month: number, day: number) => dateOfDay(Date.UTC(year, month - 1, day) / DAY);

/** A date a template may name: a real one, 2000 to 2099 (anything else is a typing slip, not a plan). */
const plannable = (date: string) => dayOfDate(date) !== null && date >= '2000-01-01' && date <= '2099-12-31';

const violation = (zh: string, en: string, field: string) => new RuleViolation({ zh, en }, field);

/** Refuses a rule that could never run as written (the same checks in the API and the form). */
export function checkRecurrence(rule: RecurrenceRule): void {
  const int = (n: unknown, lo: number, hi: number) =>
    typeof n === 'number' && Number.isInteger(n) && n >= lo && n <= hi;
  if (!Object.values(RecurrenceFrequency).includes(rule.frequency))
    throw violation('请选择重复方式', 'Choose how the item repeats', 'frequency');
  if (!plannable(rule.startOn))
    throw violation('开始日期无效', 'The start date is not a valid date', 'startOn');
  if (rule.endOn != null && !plannable(rule.endOn))
    throw violation('结束日期无效', 'The end date is not a valid date', 'endOn');
  if (rule.endOn != null && rule.endOn < rule.startOn)
    throw violation('结束日期不能早于开始日期', 'The end date cannot be before the start date', 'endOn');
  if (!int(rule.dueWorkingDays, 1, MAX_DUE_WORKING_DAYS))
    throw violation(
      `办理时限应为1至${MAX_DUE_WORKING_DAYS}个工作日`,
      `The time limit must be 1 to ${MAX_DUE_WORKING_DAYS} working days`,
      'dueWorkingDays',
    );
  if (rule.frequency === RecurrenceFrequency.NONE) return;
  if (!int(rule.dayOfMonth, 1, MAX_RUN_DAY))
    throw violation(
      `登记日应为每月1日至${MAX_RUN_DAY}日`,
      `The day of the month must be 1 to ${MAX_RUN_DAY}`,
      'dayOfMonth',
    );
  if (rule.frequency === RecurrenceFrequency.QUARTERLY && !int(rule.month, 1, 3))
    throw violation('请选择季度内的第几个月（1至3）', 'Choose the month of the quarter (1 to 3)', 'month');
  if (rule.frequency === RecurrenceFrequency.YEARLY && !int(rule.month, 1, 12))
    throw violation('请选择月份（1至12）', 'Choose the month (1 to 12)', 'month');
}

/** Whether a run falls in this month of the year. */
function runsInMonth(rule: RecurrenceRule, month: number): boolean {
  switch (rule.frequency) {
    case RecurrenceFrequency.MONTHLY:
      return true;
    case RecurrenceFrequency.QUARTERLY:
      return (month - 1) % 3 === (rule.month ?? 1) - 1;
    case RecurrenceFrequency.YEARLY:
      return month === rule.month;
    default:
      return false;
  }
}

/** The first run day on or after `from` (within start and end), or null when there is none. */
export function runOnOrAfter(rule: RecurrenceRule, from: string): string | null {
  if (rule.frequency === RecurrenceFrequency.NONE) return null;
  const earliest = from > rule.startOn ? from : rule.startOn;
  let { year, month } = parts(earliest);
  // A run falls in every year at most 12 months on; 13 steps always find one.
  for (let i = 0; i < 13; i++) {
    const date = ymd(year, month, rule.dayOfMonth);
    if (runsInMonth(rule, month) && date >= earliest)
      return rule.endOn != null && date > rule.endOn ? null : date;
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return null;
}

/** `nextRunDate`: the first run strictly after `after`. */
export function nextRunDate(rule: RecurrenceRule, after: string): string | null {
  const day = dayOfDate(after);
  if (day === null) throw new RangeError(`${after} is not a date`);
  return runOnOrAfter(rule, dateOfDay(day + 1));
}

/** The next `n` runs on or after `from` (the preview of a template). */
export function upcomingRuns(rule: RecurrenceRule, from: string, n: number): string[] {
  const runs: string[] = [];
  let next = runOnOrAfter(rule, from);
  while (next && runs.length < n) {
    runs.push(next);
    next = nextRunDate(rule, next);
  }
  return runs;
}

/**
 * The runs that fell due from `due` up to `today` (both included), oldest first: more than one when
 * the sweeper was down for a period or more (see dueRun).
 */
export function runsDue(rule: RecurrenceRule, due: string, today: string): string[] {
  const runs: string[] = [];
  for (let d: string | null = runOnOrAfter(rule, due); d && d <= today; d = nextRunDate(rule, d))
    runs.push(d);
  return runs;
}

/**
 * Missed periods: a template registers only the latest run that fell due; the older ones it missed
 * are skipped (named in the item's audit note), since their reports' deadlines have passed already and
 * a pile of late items at once would only bury the current one.
 */
export function dueRun(
  rule: RecurrenceRule,
  nextRunOn: string,
  today: string,
): { runOn: string; skipped: string[] } | null {
  const runs = runsDue(rule, nextRunOn, today);
  if (!runs.length) return null;
  return { runOn: runs[runs.length - 1], skipped: runs.slice(0, -1) };
}

/** The period a run belongs to ('2026-12', '2026-Q4', '2026'): a template registers once per period. */
export function periodOf(frequency: RecurrenceFrequency, runOn: string): string {
  const { year, month } = parts(runOn);
  switch (frequency) {
    case RecurrenceFrequency.MONTHLY:
      return runOn.slice(0, 7);
    case RecurrenceFrequency.QUARTERLY:
      return `${year}-Q${Math.ceil(month / 3)}`;
    case RecurrenceFrequency.YEARLY:
      return String(year);
    default:
      return runOn;
  }
}

/** The end (23:59:59 China time) of the Nth working day after the registration day. */
export function templateDeadline(runOn: string, dueWorkingDays: number): Date {
  let day = dayOfDate(runOn);
  if (day === null) throw new RangeError(`${runOn} is not a date`);
  for (let left = dueWorkingDays; left > 0;) if (isWorkingDay(++day)) left--;
  return endOfShanghaiDay(day);
}

/** Placeholders of a title pattern, with what they stand for. */
export const TITLE_PLACEHOLDERS: Record<string, Bilingual> = {
  '{year}': { zh: '年份，如2026', en: 'year, e.g. 2026' },
  '{month}': { zh: '月份，如12', en: 'month, e.g. 12' },
  '{quarter}': { zh: '季度，如4', en: 'quarter, e.g. 4' },
};

/** "{year}年{month}月工作月报" on 2026-12-05 → "2026年12月工作月报"; other braces stay as written. */
export function expandTitle(pattern: string, runOn: string): string {
  const { year, month } = parts(runOn);
  const values: Record<string, string> = {
    '{year}': String(year),
    '{month}': String(month),
    '{quarter}': String(Math.ceil(month / 3)),
  };
  return pattern.replace(/\{(year|month|quarter)\}/g, (p) => values[p]);
}
