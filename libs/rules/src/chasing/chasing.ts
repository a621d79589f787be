import type { Bilingual } from '../common/bilingual';
import {
  assertValidDate,
  calendarDaysBetween,
  DAY_MS,
  HOUR_MS,
  SHANGHAI_OFFSET_HOURS,
  shanghaiDayNumber,
  startOfShanghaiDay,
} from '../common/time';
import { DEFAULT_SIGN_WITHIN_WORKING_DAYS, signForOverdueDays } from '../deadline/working-days';

export type DeadlineClass = 'NONE' | 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE';

/**
 * Where a deadline stands, on the Shanghai calendar: past it → OVERDUE; same calendar day
 * → DUE_TODAY; within `dueSoonDays` calendar days → DUE_SOON; otherwise NONE.
 */
export function classifyDeadline(deadline: Date, now: Date, dueSoonDays = 3): DeadlineClass {
  assertValidDate(deadline, 'deadline');
  assertValidDate(now, 'now');
  if (now.getTime() > deadline.getTime()) return 'OVERDUE';
  const days = calendarDaysBetween(now, deadline);
  if (days === 0) return 'DUE_TODAY';
  return days <= dueSoonDays ? 'DUE_SOON' : 'NONE';
}

/**
 * 临期或逾期: the deadlines before this instant are not NONE for classifyDeadline at `now` (the start of
 * the Shanghai day `dueSoonDays + 1` days ahead), so a query can select what it would flag.
 */
export function dueSoonBefore(now: Date, dueSoonDays = 3): Date {
  assertValidDate(now, 'now');
  return startOfShanghaiDay(shanghaiDayNumber(now) + dueSoonDays + 1);
}

export enum UrgeKind {
  REMINDER = 'REMINDER',
  OVERDUE_NOTICE = 'OVERDUE_NOTICE',
  ESCALATION = 'ESCALATION',
  /** 签收提醒: still not signed for after the 签收时限 (working days). */
  SIGN_REMINDER = 'SIGN_REMINDER',
  /** 月报/季报提醒: the progress report of the cycle is missing after its due day. */
  CYCLE_REMINDER = 'CYCLE_REMINDER',
}

export const URGE_KIND_LABELS: Record<UrgeKind, Bilingual> = {
  [UrgeKind.REMINDER]: { zh: '提醒', en: 'Reminder' },
  [UrgeKind.OVERDUE_NOTICE]: { zh: '逾期通知', en: 'Overdue notice' },
  [UrgeKind.ESCALATION]: { zh: '升级催办', en: 'Escalation' },
  [UrgeKind.SIGN_REMINDER]: { zh: '签收提醒', en: 'Sign-for reminder' },
  [UrgeKind.CYCLE_REMINDER]: { zh: '月报/季报提醒', en: 'Periodic report reminder' },
};

export type EscalationTarget = 'LIAISON' | 'HEAD' | 'LEADER';

export const ESCALATION_TARGET_LABELS: Record<EscalationTarget, Bilingual> = {
  LIAISON: { zh: '联络员', en: 'Liaison' },
  HEAD: { zh: '单位一把手', en: 'Unit head' },
  LEADER: { zh: '分管领导', en: 'Leader in charge' },
};

function assertOrdinal(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`overdueNoticeCount must be 1 or more, got ${n}`);
}

/** Repeated chasing climbs: the liaison first, then the unit head, then the leader. */
export function escalationTarget(overdueNoticeCount: number): EscalationTarget {
  assertOrdinal(overdueNoticeCount);
  if (overdueNoticeCount === 1) return 'LIAISON';
  return overdueNoticeCount === 2 ? 'HEAD' : 'LEADER';
}

/**
 * The kind of the next 催办通知: before the deadline a reminder; the first notice after it an
 * overdue notice; every later one an escalation (it goes above the liaison).
 */
export function urgeKindFor(deadlineClass: DeadlineClass, overdueNoticeCount: number): UrgeKind {
  if (deadlineClass !== 'OVERDUE') return UrgeKind.REMINDER;
  assertOrdinal(overdueNoticeCount);
  return overdueNoticeCount === 1 ? UrgeKind.OVERDUE_NOTICE : UrgeKind.ESCALATION;
}

/** Local hours [start, end); start > end wraps midnight; start === end means none. */
export interface QuietHours {
  start: number;
  end: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: 22, end: 7 };

/**
 * Chasing respects people: a notice due inside quiet hours waits until they end
 * (on the hour, local time); outside them it goes now.
 */
export function nextSendTime(
  now: Date,
  quietHours: QuietHours = DEFAULT_QUIET_HOURS,
  tzOffsetHours = SHANGHAI_OFFSET_HOURS,
): Date {
  assertValidDate(now, 'now');
  const { start, end } = quietHours;
  for (const h of [start, end]) {
    if (!Number.isInteger(h) || h < 0 || h > 23) throw new RangeError(`quiet hour ${h} must be 0..23`);
  }
  const offset = tzOffsetHours * HOUR_MS;
  const local = now.getTime() + offset;
  const hour = new Date(local).getUTCHours();
  const wraps = start > end;
  const quiet = start !== end && (wraps ? hour >= start || hour < end : hour >= start && hour < end);
  if (!quiet) return now;
  const localMidnight = local - (local % DAY_MS);
  // Late evening of a wrapping window ends tomorrow morning; otherwise today.
  const dayShift = wraps && hour >= start ? 1 : 0;
  return new Date(localMidnight + dayShift * DAY_MS + end * HOUR_MS - offset);
}

/** What the sweeper knows of an open assignment's chasing so far. */
export interface ChaseState {
  deadline: Date;
  overdue: boolean;
  overdueNotices: number;
  lastOverdueNoticeAt: Date | null;
  /** The last reminder stage sent before the deadline: NONE, DUE_SOON or DUE_TODAY. */
  reminderStage: string;
}

export interface ChasePolicy {
  dueSoonDays: number;
  /** Hours between overdue notices; each repeat climbs one level (liaison → head → leader). */
  renoticeHours: number;
}

export const DEFAULT_CHASE_POLICY: ChasePolicy = { dueSoonDays: 3, renoticeHours: 24 };

export interface ChaseStep {
  kind: UrgeKind;
  target: EscalationTarget;
  /** The state after this step. */
  next: Pick<ChaseState, 'overdue' | 'overdueNotices' | 'lastOverdueNoticeAt' | 'reminderStage'>;
}

/**
 * The sweeper's decision for one open assignment at `now`: nothing, a reminder before the deadline
 * (once per stage), the first overdue notice, or a repeat that escalates once renoticeHours passed.
 */
export function nextChaseStep(
  s: ChaseState,
  now: Date,
  policy: ChasePolicy = DEFAULT_CHASE_POLICY,
): ChaseStep | null {
  const cls = classifyDeadline(s.deadline, now, policy.dueSoonDays);
  const base = {
    overdue: s.overdue,
    overdueNotices: s.overdueNotices,
    lastOverdueNoticeAt: s.lastOverdueNoticeAt,
    reminderStage: s.reminderStage,
  };
  if (cls === 'OVERDUE') {
    const due =
      s.overdueNotices === 0 ||
      !s.lastOverdueNoticeAt ||
      now.getTime() - s.lastOverdueNoticeAt.getTime() >= policy.renoticeHours * HOUR_MS;
    if (!due) return null;
    const n = s.overdueNotices + 1;
    return {
      kind: urgeKindFor(cls, n),
      target: escalationTarget(n),
      next: { ...base, overdue: true, overdueNotices: n, lastOverdueNoticeAt: now },
    };
  }
  if (cls === 'NONE' || s.reminderStage === cls || (cls === 'DUE_SOON' && s.reminderStage === 'DUE_TODAY'))
    return null;
  return { kind: UrgeKind.REMINDER, target: 'LIAISON', next: { ...base, reminderStage: cls } };
}

/** What the sweeper knows of an assignment's 签收 (sign-for) chase. */
export interface SignChaseState {
  /** Still 待签收 (status ASSIGNED). */
  unsigned: boolean;
  /** When it was handed down. */
  assignedAt: Date;
  deadline: Date;
  /** SIGN_REMINDER notices already sent for it. */
  signReminders: number;
}

export interface SignChaseStep {
  kind: UrgeKind.SIGN_REMINDER;
  target: EscalationTarget;
  /** Working days it has waited unsigned. */
  workingDays: number;
}

/**
 * Missing 签收 is chased: once an assignment has waited `withinWorkingDays` working days unsigned,
 * one 签收提醒 goes to the unit's liaison. Not after the deadline: from then on the overdue chase
 * (nextChaseStep) is the one that climbs.
 */
export function nextSignChase(
  s: SignChaseState,
  now: Date,
  withinWorkingDays = DEFAULT_SIGN_WITHIN_WORKING_DAYS,
): SignChaseStep | null {
  assertValidDate(s.deadline, 'deadline');
  if (!s.unsigned || s.signReminders > 0 || now.getTime() > s.deadline.getTime()) return null;
  const workingDays = signForOverdueDays(s.assignedAt, now, withinWorkingDays);
  return workingDays === null ? null : { kind: UrgeKind.SIGN_REMINDER, target: 'LIAISON', workingDays };
}
