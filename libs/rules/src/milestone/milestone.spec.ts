import { RuleViolation } from '../common/errors';
import { computeLight } from '../rollup/light';
import { ItemStatus } from '../supervision/item-state';
import {
  checkReportCycle,
  checkReportedMilestone,
  currentMilestone,
  MAX_MILESTONES,
  milestoneDayNumber,
  milestoneDueAt,
  milestoneLabel,
  milestoneShortfall,
  milestoneStandings,
  missedMilestone,
  periodicReportMissing,
  planChangeRefusal,
  plannedProgress,
  reportCycleWindow,
  validateMilestonePlan,
  type Milestone,
  type MilestoneInput,
  type PlanBounds,
} from './milestone';

/** A Shanghai wall-clock time. */
const at = (s: string) => new Date(`${s}+08:00`);

// 年度目标: registered 1 Jan, due 31 Dec (China time).
const start = at('2026-01-01T09:00:00');
const deadline = at('2026-12-31T23:59:59');
const bounds: PlanBounds = { start, deadline, target: null };
const plan: Milestone[] = validateMilestonePlan(
  [
    { dueOn: '2026-03-31', plannedPercent: 20, description: '完成立项' },
    { dueOn: '2026-06-30', plannedPercent: 60 },
    { dueOn: '2026-09-30', plannedPercent: 80 },
  ],
  bounds,
);

function refusal(input: MilestoneInput[], b = bounds): RuleViolation {
  try {
    validateMilestonePlan(input, b);
  } catch (e) {
    if (e instanceof RuleViolation) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('milestoneDayNumber / milestoneDueAt', () => {
  it('reads real calendar dates only', () => {
    expect(milestoneDayNumber('2026-06-30')).toBe(Date.UTC(2026, 5, 30) / 86_400_000);
    expect(milestoneDayNumber('2026-02-30')).toBeNull();
    expect(milestoneDayNumber('2026-6-30')).toBeNull();
    expect(milestoneDayNumber('30/06/2026')).toBeNull();
    expect(milestoneDayNumber('')).toBeNull();
  });

  it('falls due at the end of the day in China time', () => {
    expect(milestoneDueAt('2026-06-30').toISOString()).toBe('2026-06-30T15:59:59.000Z');
    expect(() => milestoneDueAt('nope')).toThrow(RangeError);
  });
});

describe('milestoneLabel', () => {
  it('names the milestone by its number and date in both languages', () => {
    expect(milestoneLabel({ seq: 2, dueOn: '2026-06-30' })).toEqual({
      zh: '第2节点（6月30日）',
      en: 'Milestone 2 (30 Jun)',
    });
    expect(milestoneLabel({ seq: 1, dueOn: '2026-01-05' }).en).toBe('Milestone 1 (5 Jan)');
  });
});

describe('validateMilestonePlan', () => {
  it('numbers the milestones and keeps their notes, trimmed', () => {
    expect(plan).toEqual([
      { seq: 1, dueOn: '2026-03-31', plannedPercent: 20, plannedAmount: null, description: '完成立项' },
      { seq: 2, dueOn: '2026-06-30', plannedPercent: 60, plannedAmount: null, description: null },
      { seq: 3, dueOn: '2026-09-30', plannedPercent: 80, plannedAmount: null, description: null },
    ]);
    expect(
      validateMilestonePlan([{ dueOn: '2026-05-01', plannedPercent: 50, description: '  ' }], bounds),
    ).toEqual([{ seq: 1, dueOn: '2026-05-01', plannedPercent: 50, plannedAmount: null, description: null }]);
  });

  it('accepts an empty plan (linear 序时进度)', () => {
    expect(validateMilestonePlan([], bounds)).toEqual([]);
  });

  it('accepts milestones on the first and the last day of the period, and 100% at the last', () => {
    expect(
      validateMilestonePlan(
        [
          { dueOn: '2026-01-01', plannedPercent: 1 },
          { dueOn: '2026-12-31', plannedPercent: 100 },
        ],
        bounds,
      ).map((m) => m.seq),
    ).toEqual([1, 2]);
  });

  it('refuses dates outside the item period, naming the milestone', () => {
    const before = refusal([{ dueOn: '2025-12-31', plannedPercent: 10 }]);
    expect(before.text.zh).toBe('第1节点日期须在事项起止期限内');
    expect(before.field).toBe('milestones.0.dueOn');
    const after = refusal([
      { dueOn: '2026-06-30', plannedPercent: 10 },
      { dueOn: '2027-01-01', plannedPercent: 90 },
    ]);
    expect(after.text).toEqual({
      zh: '第2节点日期须在事项起止期限内',
      en: "Milestone 2 must fall within the item's period (registration to deadline)",
    });
    expect(after.field).toBe('milestones.1.dueOn');
  });

  it('judges the period by China-time days (a deadline at 00:30 Beijing is still that day)', () => {
    const early = { start, deadline: new Date('2026-06-29T16:30:00Z'), target: null }; // 06-30 00:30 +08
    expect(validateMilestonePlan([{ dueOn: '2026-06-30', plannedPercent: 50 }], early)).toHaveLength(1);
    expect(refusal([{ dueOn: '2026-07-01', plannedPercent: 50 }], early).field).toBe('milestones.0.dueOn');
  });

  it('refuses invalid dates', () => {
    expect(refusal([{ dueOn: '2026-02-30', plannedPercent: 10 }]).text.zh).toBe('第1节点日期无效');
    expect(refusal([{ dueOn: 'tomorrow', plannedPercent: 10 }]).field).toBe('milestones.0.dueOn');
  });

  it('refuses dates that do not increase', () => {
    const same = refusal([
      { dueOn: '2026-06-30', plannedPercent: 10 },
      { dueOn: '2026-06-30', plannedPercent: 20 },
    ]);
    expect(same.text.zh).toBe('第2节点日期须晚于第1节点');
    const back = refusal([
      { dueOn: '2026-06-30', plannedPercent: 10 },
      { dueOn: '2026-05-30', plannedPercent: 20 },
    ]);
    expect(back.field).toBe('milestones.1.dueOn');
  });

  it('refuses planned percents that do not increase', () => {
    const flat = refusal([
      { dueOn: '2026-03-31', plannedPercent: 30 },
      { dueOn: '2026-06-30', plannedPercent: 30 },
    ]);
    expect(flat.text).toEqual({
      zh: '第2节点计划进度须高于第1节点',
      en: 'Milestone 2 must plan more than milestone 1',
    });
    expect(flat.field).toBe('milestones.1.plannedPercent');
  });

  it.each([0, -5, 100.5, 150, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a planned percent of %p',
    (p) => {
      const r = refusal([{ dueOn: '2026-06-30', plannedPercent: p }]);
      expect(r.text.zh).toBe('第1节点计划进度须大于0%且不超过100%');
      expect(r.field).toBe('milestones.0.plannedPercent');
    },
  );

  it('refuses a milestone with no planned share', () => {
    expect(refusal([{ dueOn: '2026-06-30' }]).field).toBe('milestones.0.plannedPercent');
  });

  it('refuses more than the maximum of milestones', () => {
    const many = Array.from({ length: MAX_MILESTONES + 1 }, (_, i) => ({
      dueOn: `2026-${String(Math.floor(i / 2) + 1).padStart(2, '0')}-${i % 2 ? '20' : '10'}`,
      plannedPercent: i + 1,
    }));
    expect(refusal(many).field).toBe('milestones');
    expect(validateMilestonePlan(many.slice(0, MAX_MILESTONES), bounds)).toHaveLength(MAX_MILESTONES);
  });

  it('refuses a description over the limit', () => {
    const r = refusal([{ dueOn: '2026-06-30', plannedPercent: 50, description: '节'.repeat(201) }]);
    expect(r.field).toBe('milestones.0.description');
  });

  describe('planned amounts on a quantified item (量化目标 500 万元)', () => {
    const quantified = { start, deadline, target: 500 };

    it('derives the percent from a share of the target', () => {
      expect(
        validateMilestonePlan(
          [
            { dueOn: '2026-06-30', plannedAmount: 150 },
            { dueOn: '2026-12-31', plannedAmount: 500 },
          ],
          quantified,
        ).map((m) => [m.plannedPercent, m.plannedAmount]),
      ).toEqual([
        [30, 150],
        [100, 500],
      ]);
    });

    it('refuses a share above the target', () => {
      const r = refusal([{ dueOn: '2026-06-30', plannedAmount: 500.01 }], quantified);
      expect(r.text).toEqual({
        zh: '第1节点计划完成量须大于0且不超过量化目标500',
        en: "Milestone 1's planned amount must be above 0 and at most the target 500",
      });
      expect(r.field).toBe('milestones.0.plannedAmount');
      expect(refusal([{ dueOn: '2026-06-30', plannedAmount: 0 }], quantified).field).toBe(
        'milestones.0.plannedAmount',
      );
    });

    it('refuses shares that do not increase', () => {
      const r = refusal(
        [
          { dueOn: '2026-06-30', plannedAmount: 300 },
          { dueOn: '2026-09-30', plannedAmount: 200 },
        ],
        quantified,
      );
      expect(r.field).toBe('milestones.1.plannedPercent');
    });

    it('refuses an amount on an item without a target, and both figures at once', () => {
      expect(refusal([{ dueOn: '2026-06-30', plannedAmount: 10 }]).text.zh).toBe(
        '事项无量化目标，第1节点请填写计划进度',
      );
      expect(refusal([{ dueOn: '2026-06-30', plannedAmount: 10, plannedPercent: 2 }], quantified).field).toBe(
        'milestones.0.plannedAmount',
      );
    });
  });
});

describe('plannedProgress (序时进度 by the plan)', () => {
  it('is linear start → deadline with no plan', () => {
    const s = at('2026-01-01T00:00:00');
    const d = at('2026-01-11T00:00:00');
    expect(plannedProgress([], s, d, at('2026-01-04T12:00:00'))).toBe(35);
  });

  it('passes through every milestone', () => {
    for (const m of plan)
      expect(plannedProgress(plan, start, deadline, milestoneDueAt(m.dueOn))).toBe(m.plannedPercent);
  });

  it('is linear between two milestones', () => {
    const m1 = milestoneDueAt('2026-03-31').getTime();
    const m2 = milestoneDueAt('2026-06-30').getTime();
    expect(plannedProgress(plan, start, deadline, new Date((m1 + m2) / 2))).toBeCloseTo(40, 9);
  });

  it('rises from 0% at the start to the first milestone', () => {
    expect(plannedProgress(plan, start, deadline, start)).toBe(0);
    const m1 = milestoneDueAt('2026-03-31').getTime();
    expect(plannedProgress(plan, start, deadline, new Date((start.getTime() + m1) / 2))).toBeCloseTo(10, 9);
  });

  it('reaches 100% at the deadline after the last milestone', () => {
    const m3 = milestoneDueAt('2026-09-30').getTime();
    expect(plannedProgress(plan, start, deadline, new Date((m3 + deadline.getTime()) / 2))).toBeCloseTo(
      90,
      6,
    );
    expect(plannedProgress(plan, start, deadline, deadline)).toBe(100);
  });

  it('stays at 100% after a last milestone of 100% that falls before the deadline', () => {
    const early = validateMilestonePlan([{ dueOn: '2026-06-30', plannedPercent: 100 }], bounds);
    expect(plannedProgress(early, start, deadline, at('2026-08-01T00:00:00'))).toBe(100);
  });

  it('clamps to 0 before the start and 100 after the deadline', () => {
    expect(plannedProgress(plan, start, deadline, at('2025-12-01T00:00:00'))).toBe(0);
    expect(plannedProgress(plan, start, deadline, at('2027-02-01T00:00:00'))).toBe(100);
  });

  it('starts at the passed milestone for a unit assigned after it', () => {
    const late = at('2026-05-01T00:00:00');
    const v = plannedProgress(plan, late, deadline, late);
    expect(v).toBeGreaterThan(20);
    expect(v).toBeLessThan(60);
  });

  it('lets a tightened deadline (层层加码) come before later milestones', () => {
    const tight = at('2026-08-31T23:59:59');
    expect(plannedProgress(plan, start, tight, tight)).toBe(100);
    expect(plannedProgress(plan, start, tight, milestoneDueAt('2026-06-30'))).toBe(60);
  });

  it('refuses invalid dates', () => {
    expect(() => plannedProgress(plan, new Date('x'), deadline, start)).toThrow(RangeError);
  });
});

describe('currentMilestone / missedMilestone', () => {
  it('is the first milestone not yet due', () => {
    expect(currentMilestone(plan, at('2026-02-01T00:00:00'))?.seq).toBe(1);
    expect(currentMilestone(plan, at('2026-06-30T23:00:00'))?.seq).toBe(2);
    expect(currentMilestone(plan, at('2026-07-01T00:00:00'))?.seq).toBe(3);
    expect(currentMilestone(plan, at('2026-11-01T00:00:00'))).toBeNull();
  });

  it('is the last due milestone whose share was not reached', () => {
    const july = at('2026-07-02T00:00:00');
    expect(missedMilestone(plan, 40, july)?.seq).toBe(2);
    expect(missedMilestone(plan, 60, july)).toBeNull();
    // Rounded as shown: 59.6% reads as 60%.
    expect(missedMilestone(plan, 59.6, july)).toBeNull();
    expect(missedMilestone(plan, 10, at('2026-03-01T00:00:00'))).toBeNull();
    expect(missedMilestone([], 0, july)).toBeNull();
  });

  it('words the shortfall with the milestone', () => {
    expect(milestoneShortfall(plan[1], 40)).toEqual({
      zh: '第2节点（6月30日）计划60%，实际40%',
      en: 'Milestone 2 (30 Jun) planned 60%, actual 40%',
    });
  });
});

describe('milestoneStandings (清零销号)', () => {
  const july = at('2026-07-02T00:00:00');

  it('clears the milestones the progress has reached and marks due ones missed', () => {
    expect(milestoneStandings(plan, new Map([[1, 25]]), 40, false, july)).toEqual([
      { seq: 1, plannedPercent: 20, actualPercent: 25, cleared: true, missed: false },
      { seq: 2, plannedPercent: 60, actualPercent: null, cleared: false, missed: true },
      { seq: 3, plannedPercent: 80, actualPercent: null, cleared: false, missed: false },
    ]);
  });

  it('clears a milestone by a report naming it or a later one', () => {
    const s = milestoneStandings(plan, new Map([[3, 65]]), 50, false, july);
    expect(s.map((x) => x.cleared)).toEqual([true, true, false]);
    expect(s[2].actualPercent).toBe(65);
  });

  it('clears everything once the work is done', () => {
    expect(milestoneStandings(plan, new Map(), 0, true, july).every((x) => x.cleared && !x.missed)).toBe(
      true,
    );
  });
});

describe('checkReportedMilestone', () => {
  it('accepts no milestone or one of the plan, refuses another', () => {
    expect(() => checkReportedMilestone(plan, null)).not.toThrow();
    expect(() => checkReportedMilestone(plan, 3)).not.toThrow();
    expect(() => checkReportedMilestone(plan, 4)).toThrow(RuleViolation);
    expect(() => checkReportedMilestone([], 1)).toThrow('The item has no milestone 1');
  });
});

describe('computeLight with a plan', () => {
  const base = { start, deadline, done: false, returned: false, plan };

  it('names the due milestone not reached', () => {
    expect(computeLight({ ...base, now: at('2026-07-02T10:00:00'), progressPercent: 40 })).toEqual({
      light: 'YELLOW',
      reason: {
        zh: '第2节点（6月30日）计划60%，实际40%',
        en: 'Milestone 2 (30 Jun) planned 60%, actual 40%',
      },
    });
  });

  it('names the next milestone when behind the plan between milestones', () => {
    // Mid-May: the plan says 20% + (60−20)·(45/91) ≈ 40%.
    const r = computeLight({ ...base, now: at('2026-05-15T12:00:00'), progressPercent: 30 });
    expect(r.light).toBe('YELLOW');
    expect(r.reason.zh).toMatch(/^进度30%，序时进度4\d%（第2节点（6月30日）计划60%）$/);
    expect(r.reason.en).toMatch(/^progress 30%, schedule 4\d% \(Milestone 2 \(30 Jun\) planned 60%\)$/);
  });

  it('follows the plan, not the calendar: ahead of a slow plan is green', () => {
    const slow = validateMilestonePlan([{ dueOn: '2026-10-31', plannedPercent: 20 }], bounds);
    // Linear would be ~50% by July; the plan says ~10%.
    const r = computeLight({ ...base, plan: slow, now: at('2026-07-01T00:00:00'), progressPercent: 15 });
    expect(r.light).toBe('GREEN');
    expect(
      computeLight({ ...base, plan: [], now: at('2026-07-01T00:00:00'), progressPercent: 15 }).light,
    ).toBe('YELLOW');
  });

  it('turns green once the milestone is reached', () => {
    const r = computeLight({ ...base, now: at('2026-07-02T10:00:00'), progressPercent: 62 });
    expect(r.light).toBe('GREEN');
    expect(r.reason.zh).toMatch(/^进度正常（进度62%，序时进度6\d%）$/);
  });

  it('keeps red causes first', () => {
    expect(computeLight({ ...base, now: at('2027-01-02T00:00:00'), progressPercent: 40 }).reason.zh).toBe(
      '逾期2天',
    );
  });

  it('is unchanged without a plan (an empty plan is no plan)', () => {
    const input = {
      start,
      deadline,
      done: false,
      returned: false,
      now: at('2026-07-02T10:00:00'),
      progressPercent: 40,
    };
    expect(computeLight({ ...input, plan: [] })).toEqual(computeLight(input));
  });
});

describe('checkReportCycle (月报/季报)', () => {
  it('is none without a cycle, the 5th by default', () => {
    expect(checkReportCycle(null, null)).toBeNull();
    expect(checkReportCycle('MONTHLY', undefined)).toEqual({ cycle: 'MONTHLY', dueDay: 5 });
    expect(checkReportCycle('QUARTERLY', 28)).toEqual({ cycle: 'QUARTERLY', dueDay: 28 });
  });

  it.each([0, 29, 2.5, -1])('refuses a due day of %p', (d) => {
    expect(() => checkReportCycle('MONTHLY', d)).toThrow(RuleViolation);
  });

  it('refuses a due day without a cycle', () => {
    expect(() => checkReportCycle(null, 5)).toThrow('Choose a reporting cycle first');
  });
});

describe('reportCycleWindow', () => {
  it('is the calendar month in China time, due at the end of the due day', () => {
    // 1 Aug 00:30 Beijing is still 31 Jul in UTC: the window is August's.
    const w = reportCycleWindow('MONTHLY', 5, new Date('2026-07-31T16:30:00Z'));
    expect(w.key).toBe('2026-08');
    expect(w.start.toISOString()).toBe('2026-07-31T16:00:00.000Z');
    expect(w.dueAt.toISOString()).toBe('2026-08-05T15:59:59.000Z');
    expect(w.label).toEqual({ zh: '2026年8月月报', en: 'monthly report for 2026-08' });
  });

  it('is the calendar quarter, due in its first month', () => {
    const w = reportCycleWindow('QUARTERLY', 10, at('2026-11-20T12:00:00'));
    expect(w.key).toBe('2026-Q4');
    expect(w.start).toEqual(at('2026-10-01T00:00:00'));
    expect(w.dueAt).toEqual(at('2026-10-10T23:59:59'));
    expect(w.label.zh).toBe('2026年第4季度季报');
    expect(reportCycleWindow('QUARTERLY', 10, at('2026-01-01T00:00:00')).key).toBe('2026-Q1');
  });
});

describe('planChangeRefusal', () => {
  it('lets the plan change until the result is fed back', () => {
    for (const s of [ItemStatus.DRAFT, ItemStatus.REGISTERED, ItemStatus.IN_PROGRESS])
      expect(planChangeRefusal(s)).toBeNull();
    for (const s of [
      ItemStatus.AWAITING_FEEDBACK,
      ItemStatus.CONCLUDED,
      ItemStatus.ARCHIVED,
      ItemStatus.WITHDRAWN,
    ])
      expect(planChangeRefusal(s)?.zh).toBe('事项已办结、归档或撤销，不能调整节点计划');
  });
});

describe('periodicReportMissing (月报 chased after its due day)', () => {
  const facts = {
    cycle: 'MONTHLY' as const,
    dueDay: 5,
    assignedAt: at('2026-06-20T09:00:00'),
    lastReportAt: at('2026-06-28T09:00:00'),
    lastChaseAt: null,
  };

  it('is the cycle once its due day passed with no report since it began', () => {
    expect(periodicReportMissing(facts, at('2026-07-06T00:00:00'))?.key).toBe('2026-07');
  });

  it('waits until the due day is over (China time)', () => {
    expect(periodicReportMissing(facts, at('2026-07-05T23:59:00'))).toBeNull();
  });

  it('is satisfied by any report since the cycle began', () => {
    expect(
      periodicReportMissing({ ...facts, lastReportAt: at('2026-07-01T00:00:00') }, at('2026-07-20T00:00:00')),
    ).toBeNull();
  });

  it('reminds once per cycle, and again in the next', () => {
    const chased = { ...facts, lastChaseAt: at('2026-07-06T00:00:00') };
    expect(periodicReportMissing(chased, at('2026-07-25T00:00:00'))).toBeNull();
    expect(periodicReportMissing(chased, at('2026-08-06T00:00:00'))?.key).toBe('2026-08');
  });

  it('owes nothing for a cycle that began before the unit got the work', () => {
    expect(periodicReportMissing({ ...facts, lastReportAt: null }, at('2026-06-25T00:00:00'))).toBeNull();
  });

  it('goes by quarters for 季报', () => {
    const q = { ...facts, cycle: 'QUARTERLY' as const, dueDay: 10, lastReportAt: at('2026-07-03T09:00:00') };
    expect(periodicReportMissing(q, at('2026-08-20T00:00:00'))).toBeNull();
    expect(periodicReportMissing(q, at('2026-10-11T00:00:00'))?.key).toBe('2026-Q4');
  });
});
