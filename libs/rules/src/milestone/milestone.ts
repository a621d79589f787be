import { pct, num, type Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';
import { assertValidDate, endOfShanghaiDay, shanghaiDayNumber, startOfShanghaiDay } from '../common/time';
import { TEXT_LIMITS } from '../input/limits';
import { ItemStatus } from '../supervision/item-state';

/**
 * 年度目标 by phase: an item's 节点 (milestones), each a China-time date with the share of the work
 * planned by then. 序时进度 follows the plan between them (docs/supervision.md, 节点计划).
 */
export interface MilestoneInput {
  /** 'YYYY-MM-DD' on the Shanghai calendar; the milestone falls due at the end of that day. */
  dueOn: string;
  /** Planned share of the work by then, 0 < p ≤ 100 (or give plannedAmount on a quantified item). */
  plannedPercent?: number | null;
  /** Planned amount of the item's 量化目标 by then (a share of the target, never above it). */
  plannedAmount?: number | null;
  description?: string | null;
}

/** A validated milestone: seq counts from 1, the percent is always set (derived from an amount). */
export interface Milestone {
  seq: number;
  dueOn: string;
  plannedPercent: number;
  plannedAmount: number | null;
  description: string | null;
}

/** The plan's bounds: the item's period and its 量化目标 (null when the item is not quantified). */
export interface PlanBounds {
  /** When the item was registered (the period's first day). */
  start: Date;
  deadline: Date;
  target: number | null;
}

export const MAX_MILESTONES = 12;

/** The plan may change until the work is done: not once the result is fed back, archived or withdrawn. */
const PLAN_EDITABLE: readonly ItemStatus[] = [
  ItemStatus.DRAFT,
  ItemStatus.REGISTERED,
  ItemStatus.IN_PROGRESS,
];

/** Why the 节点计划 of an item in this status may not change (null: it may). */
export function planChangeRefusal(status: ItemStatus): Bilingual | null {
  return PLAN_EDITABLE.includes(status)
    ? null
    : {
        zh: '事项已办结、归档或撤销，不能调整节点计划',
        en: 'The item is finished, archived or withdrawn: its milestone plan can no longer change',
      };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Shanghai day number of 'YYYY-MM-DD', or null when it is no real calendar date. */
export function milestoneDayNumber(dueOn: string): number | null {
  const m = DATE_RE.exec(dueOn);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 02-30 over to March: a real date reads back the same.
  if (new Date(utc).toISOString().slice(0, 10) !== dueOn) return null;
  return utc / 86_400_000;
}

/** The instant a milestone falls due: the end of its day in China time. */
export function milestoneDueAt(dueOn: string): Date {
  const day = milestoneDayNumber(dueOn);
  if (day === null) throw new RangeError(`${dueOn} is not a date`);
  return endOfShanghaiDay(day);
}

/** 第2节点（6月30日） / Milestone 2 (30 Jun). */
export function milestoneLabel(m: Pick<Milestone, 'seq' | 'dueOn'>): Bilingual {
  const [, month, day] = m.dueOn.split('-').map(Number);
  const monthEn = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return { zh: `第${m.seq}节点（${month}月${day}日）`, en: `Milestone ${m.seq} (${day} ${monthEn})` };
}

function refuse(zh: string, en: string, field: string): never {
  throw new RuleViolation({ zh, en }, field);
}

/**
 * Checks a plan against its item and returns it numbered, with every percent set. Refuses (naming
 * the milestone) a date outside the item's period or not after the previous one, a planned share not
 * above the previous one, a percent outside 0 < p ≤ 100 and an amount above the 量化目标.
 */
export function validateMilestonePlan(input: readonly MilestoneInput[], bounds: PlanBounds): Milestone[] {
  assertValidDate(bounds.start, 'start');
  assertValidDate(bounds.deadline, 'deadline');
  if (input.length > MAX_MILESTONES)
    refuse(`节点最多${MAX_MILESTONES}个`, `A plan has at most ${MAX_MILESTONES} milestones`, 'milestones');
  const first = shanghaiDayNumber(bounds.start);
  const last = shanghaiDayNumber(bounds.deadline);
  const plan: Milestone[] = [];
  input.forEach((m, i) => {
    const seq = i + 1;
    const field = `milestones.${i}`;
    const day = milestoneDayNumber(m.dueOn);
    if (day === null) refuse(`第${seq}节点日期无效`, `Milestone ${seq} has no valid date`, `${field}.dueOn`);
    if (day < first || day > last)
      refuse(
        `第${seq}节点日期须在事项起止期限内`,
        `Milestone ${seq} must fall within the item's period (registration to deadline)`,
        `${field}.dueOn`,
      );
    const prev = plan[i - 1];
    if (prev && day <= milestoneDayNumber(prev.dueOn)!)
      refuse(
        `第${seq}节点日期须晚于第${seq - 1}节点`,
        `Milestone ${seq} must fall after milestone ${seq - 1}`,
        `${field}.dueOn`,
      );
    const percent = plannedPercentOf(m, seq, field, bounds.target);
    if (prev && percent <= prev.plannedPercent)
      refuse(
        `第${seq}节点计划进度须高于第${seq - 1}节点`,
        `Milestone ${seq} must plan more than milestone ${seq - 1}`,
        `${field}.plannedPercent`,
      );
    const description = m.description?.trim() || null;
    if (description && description.length > TEXT_LIMITS.milestoneNote)
      refuse(
        `第${seq}节点说明不超过${TEXT_LIMITS.milestoneNote}字`,
        `Milestone ${seq}'s description has at most ${TEXT_LIMITS.milestoneNote} characters`,
        `${field}.description`,
      );
    plan.push({
      seq,
      dueOn: m.dueOn,
      plannedPercent: percent,
      plannedAmount: m.plannedAmount ?? null,
      description,
    });
  });
  return plan;
}

function plannedPercentOf(m: MilestoneInput, seq: number, field: string, target: number | null): number {
  const { plannedPercent: p, plannedAmount: amount } = m;
  if (p != null && amount != null)
    refuse(
      `第${seq}节点请填写计划进度或计划完成量，不要同时填写`,
      `Milestone ${seq}: give a planned percent or a planned amount, not both`,
      `${field}.plannedAmount`,
    );
  if (amount != null) {
    if (target == null)
      refuse(
        `事项无量化目标，第${seq}节点请填写计划进度`,
        `The item has no quantified target: give milestone ${seq} a planned percent`,
        `${field}.plannedAmount`,
      );
    if (!Number.isFinite(amount) || amount <= 0 || amount > target)
      refuse(
        `第${seq}节点计划完成量须大于0且不超过量化目标${num(target)}`,
        `Milestone ${seq}'s planned amount must be above 0 and at most the target ${num(target)}`,
        `${field}.plannedAmount`,
      );
    return (amount / target) * 100;
  }
  if (p == null || !Number.isFinite(p) || p <= 0 || p > 100)
    refuse(
      `第${seq}节点计划进度须大于0%且不超过100%`,
      `Milestone ${seq}'s planned percent must be above 0% and at most 100%`,
      `${field}.plannedPercent`,
    );
  return p;
}

type PlanPoint = Pick<Milestone, 'dueOn' | 'plannedPercent'>;

/**
 * 序时进度 under a plan, in percent: piecewise linear through (start, 0%), each milestone's due time
 * and (deadline, 100%); milestones at or after the deadline (a tightened sub-assignment) give way to
 * it, one before the start starts the line at its own share. Linear start → deadline with no plan.
 */
export function plannedProgress(plan: readonly PlanPoint[], start: Date, deadline: Date, now: Date): number {
  assertValidDate(start, 'start');
  assertValidDate(deadline, 'deadline');
  assertValidDate(now, 'now');
  const points: [number, number][] = plan
    .map((m): [number, number] => [milestoneDueAt(m.dueOn).getTime(), m.plannedPercent])
    .filter(([t]) => t < deadline.getTime());
  if (!points.length || start.getTime() < points[0][0]) points.unshift([start.getTime(), 0]);
  points.push([Math.max(deadline.getTime(), points[points.length - 1][0]), 100]);
  const t = now.getTime();
  if (t < start.getTime()) return 0;
  if (t <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [t1, p1] = points[i];
    if (t > t1) continue;
    const [t0, p0] = points[i - 1];
    if (t1 === t0) return p1;
    return p0 + ((p1 - p0) * (t - t0)) / (t1 - t0);
  }
  return 100;
}

/** The milestone now works towards: the first not yet due (null once all are due). */
export function currentMilestone<M extends PlanPoint>(plan: readonly M[], now: Date): M | null {
  assertValidDate(now, 'now');
  return plan.find((m) => milestoneDueAt(m.dueOn).getTime() >= now.getTime()) ?? null;
}

/** The last milestone already due whose planned share the progress has not reached (节点未达). */
export function missedMilestone<M extends PlanPoint>(
  plan: readonly M[],
  progress: number,
  now: Date,
): M | null {
  assertValidDate(now, 'now');
  const due = plan.filter((m) => milestoneDueAt(m.dueOn).getTime() < now.getTime());
  const latest = due[due.length - 1];
  return latest && Math.round(progress) < Math.round(latest.plannedPercent) ? latest : null;
}

/** 第2节点（6月30日）计划60%，实际40%. */
export function milestoneShortfall(m: Milestone, progress: number): Bilingual {
  const label = milestoneLabel(m);
  return {
    zh: `${label.zh}计划${pct(m.plannedPercent)}，实际${pct(progress)}`,
    en: `${label.en} planned ${pct(m.plannedPercent)}, actual ${pct(progress)}`,
  };
}

/** One unit's standing at one milestone: 销号 (cleared) once it reported the planned share. */
export interface MilestoneStanding {
  seq: number;
  plannedPercent: number;
  /** The most the unit reported for this milestone (null: nothing reported for it yet). */
  actualPercent: number | null;
  cleared: boolean;
  /** Due and not reached. */
  missed: boolean;
}

/**
 * 清零销号: a milestone is cleared for a unit once its progress reached the planned share (its
 * current progress, or what it reported naming that milestone or a later one), or its work is done.
 * `reported` maps a milestone's seq to the most reported naming it.
 */
export function milestoneStandings(
  plan: readonly Milestone[],
  reported: ReadonlyMap<number, number>,
  progress: number,
  done: boolean,
  now: Date,
): MilestoneStanding[] {
  // Walking back from the last milestone: the most reached at this one or any later one.
  let laterBest = progress;
  const best: number[] = [];
  for (let i = plan.length - 1; i >= 0; i--) {
    laterBest = Math.max(laterBest, reported.get(plan[i].seq) ?? 0);
    best[i] = laterBest;
  }
  return plan.map((m, i) => {
    const reached = Math.round(best[i]) >= Math.round(m.plannedPercent);
    const cleared = done || reached;
    return {
      seq: m.seq,
      plannedPercent: m.plannedPercent,
      actualPercent: reported.get(m.seq) ?? null,
      cleared,
      missed: !cleared && milestoneDueAt(m.dueOn).getTime() < now.getTime(),
    };
  });
}

/** A progress report may name a milestone, which must be one of the item's plan. */
export function checkReportedMilestone(plan: readonly Milestone[], seq: number | null | undefined): void {
  if (seq == null) return;
  if (!plan.some((m) => m.seq === seq))
    refuse(`该事项没有第${seq}节点`, `The item has no milestone ${seq}`, 'milestoneSeq');
}

/** 月报 / 季报: units report progress once a month or a quarter. */
export type ReportCycleKind = 'MONTHLY' | 'QUARTERLY';

export const REPORT_CYCLE_LABELS: Record<ReportCycleKind, Bilingual> = {
  MONTHLY: { zh: '月报', en: 'Monthly report' },
  QUARTERLY: { zh: '季报', en: 'Quarterly report' },
};

/** Latest due day: every month has it. */
export const REPORT_DUE_DAY_MAX = 28;
export const DEFAULT_REPORT_DUE_DAY = 5;

/** A cycle with its due day (default the 5th), or null for none; refuses a due day without a cycle. */
export function checkReportCycle(
  cycle: ReportCycleKind | null | undefined,
  dueDay: number | null | undefined,
): { cycle: ReportCycleKind; dueDay: number } | null {
  if (!cycle) {
    if (dueDay != null)
      refuse('请先选择报送周期（月报/季报）', 'Choose a reporting cycle first', 'reportCycle');
    return null;
  }
  const day = dueDay ?? DEFAULT_REPORT_DUE_DAY;
  if (!Number.isInteger(day) || day < 1 || day > REPORT_DUE_DAY_MAX)
    refuse(
      `报送日须为每期首月1至${REPORT_DUE_DAY_MAX}日`,
      `The report is due on a day from 1 to ${REPORT_DUE_DAY_MAX} of the cycle's first month`,
      'reportDueDay',
    );
  return { cycle, dueDay: day };
}

export interface ReportCycleWindow {
  /** '2026-07' or '2026-Q3': one chase per key. */
  key: string;
  /** 00:00 China time of the cycle's first day: a report since then counts for this cycle. */
  start: Date;
  /** End of the due day (China time): missing after it is chased. */
  dueAt: Date;
  label: Bilingual;
}

/** The cycle `now` falls in: the calendar month or quarter (China time) and its due day. */
export function reportCycleWindow(cycle: ReportCycleKind, dueDay: number, now: Date): ReportCycleWindow {
  assertValidDate(now, 'now');
  const local = new Date(shanghaiDayNumber(now) * 86_400_000);
  const year = local.getUTCFullYear();
  const month = cycle === 'MONTHLY' ? local.getUTCMonth() : Math.floor(local.getUTCMonth() / 3) * 3;
  const first = Date.UTC(year, month, 1) / 86_400_000;
  const quarter = month / 3 + 1;
  return {
    key: cycle === 'MONTHLY' ? `${year}-${String(month + 1).padStart(2, '0')}` : `${year}-Q${quarter}`,
    start: startOfShanghaiDay(first),
    dueAt: endOfShanghaiDay(first + dueDay - 1),
    label:
      cycle === 'MONTHLY'
        ? {
            zh: `${year}年${month + 1}月月报`,
            en: `monthly report for ${year}-${String(month + 1).padStart(2, '0')}`,
          }
        : { zh: `${year}年第${quarter}季度季报`, en: `quarterly report for ${year} Q${quarter}` },
  };
}

export interface PeriodicReportFacts {
  cycle: ReportCycleKind;
  dueDay: number;
  /** When the unit got the work: a cycle that began before is owed. */
  assignedAt: Date;
  lastReportAt: Date | null;
  /** The last 月报/季报 reminder: one per cycle. */
  lastChaseAt: Date | null;
}

/**
 * The cycle whose report is missing and due for a reminder now, or null: past the due day, the unit
 * held the work when the cycle began, reported nothing since, and was not reminded in this cycle yet.
 */
export function periodicReportMissing(f: PeriodicReportFacts, now: Date): ReportCycleWindow | null {
  const w = reportCycleWindow(f.cycle, f.dueDay, now);
  const since = (at: Date | null) => at !== null && at.getTime() >= w.start.getTime();
  if (now.getTime() <= w.dueAt.getTime() || f.assignedAt.getTime() >= w.start.getTime()) return null;
  return since(f.lastReportAt) || since(f.lastChaseAt) ? null : w;
}
