import { joinBilingual, pct, type Bilingual } from '../common/bilingual';
import { assertValidDate, calendarDaysBetween, DAY_MS } from '../common/time';
import { signForOverdueDays } from '../deadline/working-days';
import {
  currentMilestone,
  milestoneLabel,
  milestoneShortfall,
  missedMilestone,
  plannedProgress,
  type Milestone,
} from '../milestone/milestone';

/** Traffic light as practised in 宿迁/宜昌/瓯海 (docs/supervision.md). */
export type Light = 'GREEN' | 'YELLOW' | 'RED';

export const LIGHTS: readonly Light[] = ['GREEN', 'YELLOW', 'RED'];

export const LIGHT_LABELS: Record<Light, Bilingual> = {
  GREEN: { zh: '绿灯', en: 'Green' },
  YELLOW: { zh: '黄灯', en: 'Yellow' },
  RED: { zh: '红灯', en: 'Red' },
};

const SEVERITY: Record<Light, number> = { GREEN: 0, YELLOW: 1, RED: 2 };

/** The most severe light of a set (GREEN for none). */
export function worstLight(lights: Iterable<Light>): Light {
  let worst: Light = 'GREEN';
  for (const l of lights) if (SEVERITY[l] > SEVERITY[worst]) worst = l;
  return worst;
}

/**
 * 序时进度: the elapsed share of the period start → deadline, in percent, clamped to 0..100.
 * A period of zero length is 0 before its deadline and 100 from then on.
 */
export function scheduleProgress(start: Date, deadline: Date, now: Date): number {
  assertValidDate(start, 'start');
  assertValidDate(deadline, 'deadline');
  assertValidDate(now, 'now');
  const period = deadline.getTime() - start.getTime();
  if (period <= 0) return now.getTime() >= deadline.getTime() ? 100 : 0;
  const share = ((now.getTime() - start.getTime()) / period) * 100;
  return Math.min(100, Math.max(0, share));
}

export interface LightInput {
  now: Date;
  start: Date;
  deadline: Date;
  /** Reported progress, 0..100. */
  progressPercent: number;
  done: boolean;
  /** When the work was accepted; defaults to `now` (evaluated at the moment of completion). */
  doneAt?: Date;
  /** Currently returned for rework (退回重办) and not yet resubmitted. */
  returned: boolean;
  /** The light of the previous evaluation, for hysteresis. */
  previous?: Light;
  dueSoonDays?: number;
  /** Still 待签收 (not signed for); `start` is then when it was handed down. */
  unsigned?: boolean;
  /** 签收时限 in working days (default 2): unsigned beyond it is yellow, 逾期未签收（N天）. */
  signWithinWorkingDays?: number;
  /** 上报协调中: an open escalation waits for an answer (at least yellow). */
  escalated?: boolean;
  /** The item's 节点计划: 序时进度 follows it, and a due milestone not reached is named. */
  plan?: readonly Milestone[];
}

export interface LightResult {
  light: Light;
  reason: Bilingual;
}

/** Whole days past the deadline, rounded up: one minute late is one day late. */
function daysLate(deadline: Date, at: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - deadline.getTime()) / DAY_MS));
}

function numbers(progress: number, schedule: number): Bilingual {
  return {
    zh: `进度${pct(progress)}，序时进度${pct(schedule)}`,
    en: `progress ${pct(progress)}, schedule ${pct(schedule)}`,
  };
}

/** Behind 序时进度, naming the milestone it works towards when there is a plan. */
function behind(progress: number, schedule: number, next: Milestone | null): Bilingual {
  const figures = numbers(progress, schedule);
  if (!next) return figures;
  const label = milestoneLabel(next);
  return {
    zh: `${figures.zh}（${label.zh}计划${pct(next.plannedPercent)}）`,
    en: `${figures.en} (${label.en} planned ${pct(next.plannedPercent)})`,
  };
}

/**
 * The light of one assignment, always with its reason. Precedence: done → red causes
 * (overdue, returned) → yellow causes (上报协调中, 逾期未签收, a due 节点 not reached or else behind 序时进度,
 * deadline near) → green. Reasons of
 * the winning colour are all listed. A previous red never jumps straight to green: it
 * steps back to yellow first (a finished assignment is exempt — it has nothing left to catch up).
 */
export function computeLight(input: LightInput): LightResult {
  const { now, start, deadline, progressPercent, done, returned, previous } = input;
  const dueSoonDays = input.dueSoonDays ?? 3;
  assertValidDate(now, 'now');
  assertValidDate(deadline, 'deadline');

  if (done) {
    const doneAt = input.doneAt ?? now;
    assertValidDate(doneAt, 'doneAt');
    if (doneAt.getTime() > deadline.getTime()) {
      const n = daysLate(deadline, doneAt);
      return {
        light: 'YELLOW',
        reason: { zh: `逾期${n}天办结`, en: `done ${n} day${n === 1 ? '' : 's'} late` },
      };
    }
    return { light: 'GREEN', reason: { zh: '已办结', en: 'done' } };
  }

  const red: Bilingual[] = [];
  if (now.getTime() > deadline.getTime()) {
    const n = daysLate(deadline, now);
    red.push({ zh: `逾期${n}天`, en: `${n} day${n === 1 ? '' : 's'} overdue` });
  }
  if (returned) red.push({ zh: '退回重办', en: 'returned for rework' });
  if (red.length > 0) return { light: 'RED', reason: joinBilingual(red) };

  const plan = input.plan ?? [];
  const schedule = plan.length
    ? plannedProgress(plan, start, deadline, now)
    : scheduleProgress(start, deadline, now);
  const yellow: Bilingual[] = [];
  if (input.escalated) yellow.push({ zh: '上报协调中', en: 'Escalated for coordination' });
  const unsignedDays = input.unsigned ? signForOverdueDays(start, now, input.signWithinWorkingDays) : null;
  if (unsignedDays !== null)
    yellow.push({
      zh: `逾期未签收（${unsignedDays}天）`,
      en: `not signed for (${unsignedDays} working day${unsignedDays === 1 ? '' : 's'})`,
    });
  const missed = missedMilestone(plan, progressPercent, now);
  if (missed) yellow.push(milestoneShortfall(missed, progressPercent));
  // Compare the rounded figures the user sees, so "进度65%，序时进度65%" is never yellow.
  else if (Math.round(progressPercent) < Math.round(schedule))
    yellow.push(behind(progressPercent, schedule, currentMilestone(plan, now)));
  const daysLeft = calendarDaysBetween(now, deadline);
  if (daysLeft === 0) yellow.push({ zh: '今日截止', en: 'due today' });
  else if (daysLeft <= dueSoonDays) {
    yellow.push({ zh: `距截止${daysLeft}天`, en: `due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}` });
  }
  if (yellow.length > 0) return { light: 'YELLOW', reason: joinBilingual(yellow) };

  const figures = numbers(progressPercent, schedule);
  if (previous === 'RED') {
    return {
      light: 'YELLOW',
      reason: {
        zh: `已赶上序时进度，由红转黄（${figures.zh}）`,
        en: `caught up with schedule, recovering from red to yellow (${figures.en})`,
      },
    };
  }
  return { light: 'GREEN', reason: { zh: `进度正常（${figures.zh}）`, en: `on track (${figures.en})` } };
}
