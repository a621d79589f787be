import { RuleViolation } from '../common/errors';
import { AssignmentStatus as S } from '../supervision/assignment-state';
import type { Light } from './light';
import {
  addCounts,
  contribution,
  contributionDelta,
  emptyCounts,
  overrideLight,
  ROLLUP_POLICIES,
  summarize,
  subtractCounts,
  type RollupCounts,
  type RollupRow,
} from './rollup';

const row = (over: Partial<RollupRow> = {}): RollupRow => ({
  status: S.IN_PROGRESS,
  overdue: false,
  doneLate: false,
  returned: false,
  escalated: false,
  notApplicable: false,
  target: null,
  achieved: null,
  progressPercent: 0,
  light: 'GREEN',
  ...over,
});

const sum = (rows: RollupRow[]): RollupCounts => rows.map(contribution).reduce(addCounts, emptyCounts());

describe('contribution', () => {
  it('counts an open assignment with its flags, progress and light', () => {
    const c = contribution(
      row({ overdue: true, returned: true, progressPercent: 40, target: 30, achieved: 12, light: 'RED' }),
    );
    expect(c).toEqual({
      ...emptyCounts(),
      total: 1,
      byStatus: { ...emptyCounts().byStatus, [S.IN_PROGRESS]: 1 },
      applicable: 1,
      overdue: 1,
      returnedOpen: 1,
      targetSum: 30,
      achievedSum: 12,
      progressSum: 40,
      red: 1,
    });
  });

  it('counts a done assignment as 100% and on time or late, never overdue or returned', () => {
    const onTime = contribution(row({ status: S.DONE, progressPercent: 70, overdue: true, returned: true }));
    expect([
      onTime.doneOnTime,
      onTime.doneLate,
      onTime.progressSum,
      onTime.overdue,
      onTime.returnedOpen,
    ]).toEqual([1, 0, 100, 0, 0]);
    const late = contribution(row({ status: S.DONE, doneLate: true, light: 'YELLOW' }));
    expect([late.doneOnTime, late.doneLate, late.yellow]).toEqual([0, 1, 1]);
  });

  it('lets 不适用 and withdrawn rows count only in total and byStatus', () => {
    const noisy = {
      overdue: true,
      returned: true,
      target: 10,
      achieved: 5,
      progressPercent: 50,
      light: 'RED' as Light,
    };
    const na = contribution(row({ ...noisy, notApplicable: true }));
    expect(na).toEqual({
      ...emptyCounts(),
      total: 1,
      notApplicable: 1,
      byStatus: { ...emptyCounts().byStatus, [S.IN_PROGRESS]: 1 },
    });
    const withdrawn = contribution(row({ ...noisy, status: S.WITHDRAWN }));
    expect(withdrawn).toEqual({
      ...emptyCounts(),
      total: 1,
      byStatus: { ...emptyCounts().byStatus, [S.WITHDRAWN]: 1 },
    });
  });

  it('counts an open escalation (上报协调中) while the assignment is open and applicable only', () => {
    expect(contribution(row({ escalated: true, light: 'YELLOW' }))).toEqual({
      ...emptyCounts(),
      total: 1,
      byStatus: { ...emptyCounts().byStatus, [S.IN_PROGRESS]: 1 },
      applicable: 1,
      escalatedOpen: 1,
      yellow: 1,
    });
    for (const status of [S.ASSIGNED, S.AWAITING_SIGNATURE, S.UNDER_REVIEW])
      expect(contribution(row({ status, escalated: true })).escalatedOpen).toBe(1);
    // A stale flag on a closed row, or on a row that does not count, is not an open escalation.
    for (const over of [
      { status: S.DONE },
      { status: S.WITHDRAWN },
      { notApplicable: true },
    ] as Partial<RollupRow>[])
      expect(contribution(row({ ...over, escalated: true })).escalatedOpen).toBe(0);
    expect(contribution(row()).escalatedOpen).toBe(0);
    // Resolving it is a delta of −1 on the counter alone (the light moves with its own delta).
    expect(contributionDelta(row({ escalated: true }), row())).toEqual({
      ...emptyCounts(),
      escalatedOpen: -1,
    });
  });

  it('clamps reported progress to 0..100', () => {
    expect(contribution(row({ progressPercent: 140 })).progressSum).toBe(100);
    expect(contribution(row({ progressPercent: -5 })).progressSum).toBe(0);
  });
});

describe('add / subtract', () => {
  it('are field-wise inverses', () => {
    const a = sum([row({ overdue: true, light: 'RED' }), row({ status: S.DONE, target: 5, achieved: 5 })]);
    const b = sum([row({ status: S.ASSIGNED, light: 'YELLOW' })]);
    expect(subtractCounts(addCounts(a, b), b)).toEqual(a);
    expect(subtractCounts(a, a)).toEqual(emptyCounts());
  });

  it('keep incremental maintenance equal to a full recount', () => {
    // Deterministic pseudo-random walk: 2,000 row changes applied as deltas.
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const statuses = Object.values(S);
    const lights: Light[] = ['GREEN', 'YELLOW', 'RED'];
    const randomRow = (): RollupRow =>
      row({
        status: statuses[rand(statuses.length)],
        overdue: rand(2) === 1,
        doneLate: rand(2) === 1,
        returned: rand(3) === 0,
        escalated: rand(4) === 0,
        notApplicable: rand(5) === 0,
        target: rand(2) ? rand(100) : null,
        achieved: rand(50),
        progressPercent: rand(101),
        light: lights[rand(3)],
      });
    const rows: (RollupRow | null)[] = Array.from({ length: 50 }, () => null);
    let counts = emptyCounts();
    for (let step = 0; step < 2000; step++) {
      const i = rand(rows.length);
      const next = rand(6) === 0 ? null : randomRow();
      counts = addCounts(counts, contributionDelta(rows[i], next));
      rows[i] = next;
    }
    expect(counts).toEqual(sum(rows.filter((r): r is RollupRow => r !== null)));
  });
});

describe('summarize', () => {
  // 5 applicable: 2 done (1 late), 1 overdue red, 1 returned red, 1 lagging yellow; plus 1 不适用 and 1 withdrawn.
  const rows = [
    row({ status: S.DONE, target: 40, achieved: 40 }),
    row({ status: S.DONE, doneLate: true, target: 20, achieved: 20, light: 'YELLOW' }),
    row({ overdue: true, progressPercent: 50, target: 20, achieved: 10, light: 'RED' }),
    row({
      status: S.IN_PROGRESS,
      returned: true,
      progressPercent: 30,
      target: 10,
      achieved: 0,
      light: 'RED',
    }),
    row({ status: S.ASSIGNED, progressPercent: 20, target: 10, achieved: 0, light: 'YELLOW' }),
    row({ notApplicable: true, overdue: true, light: 'RED', target: 100 }),
    row({ status: S.WITHDRAWN, light: 'RED' }),
  ];
  const counts = sum(rows);

  it('keeps raw totals but drops 不适用 and withdrawn out of the rates', () => {
    const s = summarize(counts, 'AVERAGE');
    expect(s.total).toBe(7);
    expect(s.completionRate).toBeCloseTo(2 / 5);
    expect(s.onTimeRate).toBeCloseTo(1 / 2);
  });

  it('computes progress by policy', () => {
    const average = (100 + 100 + 50 + 30 + 20) / 5;
    expect(summarize(counts, 'ALL_DONE').progressPercent).toBeCloseTo(40);
    expect(summarize(counts, 'AVERAGE').progressPercent).toBeCloseTo(average);
    expect(summarize(counts, 'WEIGHTED').progressPercent).toBeCloseTo((70 / 100) * 100);
    expect(summarize(counts, 'WORST_LIGHT').progressPercent).toBeCloseTo(average);
  });

  it('reaches 100 under ALL_DONE only when every applicable unit is done', () => {
    const allDone = sum([
      row({ status: S.DONE }),
      row({ status: S.DONE, doneLate: true }),
      row({ notApplicable: true }),
    ]);
    expect(summarize(allDone, 'ALL_DONE').progressPercent).toBe(100);
    expect(summarize(allDone, 'ALL_DONE').completionRate).toBe(1);
  });

  it('falls back to the average when nothing is quantified, and caps over-achievement', () => {
    const plain = sum([row({ progressPercent: 30 }), row({ progressPercent: 50 })]);
    expect(summarize(plain, 'WEIGHTED').progressPercent).toBe(40);
    const over = sum([row({ target: 10, achieved: 15 })]);
    expect(summarize(over, 'WEIGHTED').progressPercent).toBe(100);
  });

  it('shows the worst light with its reason under every policy', () => {
    for (const policy of ROLLUP_POLICIES) {
      const s = summarize(counts, policy);
      expect(s.light).toBe('RED');
      expect(s.lightReason).toEqual({
        zh: '1项逾期，1项退回，2项黄灯',
        en: '1 overdue, 1 returned, 2 yellow',
      });
    }
  });

  it('describes yellow-only, unexplained red, all-green and empty roll-ups', () => {
    const yellow = summarize(sum([row({ light: 'YELLOW' }), row()]), 'AVERAGE');
    expect([yellow.light, yellow.lightReason.zh]).toEqual(['YELLOW', '1项黄灯']);
    const red = summarize(sum([row({ light: 'RED' })]), 'AVERAGE');
    expect([red.light, red.lightReason.en]).toEqual(['RED', '1 red']);
    const green = summarize(sum([row(), row({ status: S.DONE })]), 'AVERAGE');
    expect([green.light, green.lightReason]).toEqual(['GREEN', { zh: '全部正常', en: 'all on track' }]);
    const empty = summarize(emptyCounts(), 'WEIGHTED');
    expect(empty).toEqual({
      total: 0,
      completionRate: 0,
      onTimeRate: null,
      progressPercent: 0,
      light: 'GREEN',
      lightReason: { zh: '无适用单位', en: 'no applicable units' },
    });
  });

  it('refuses an unknown policy', () => {
    expect(() => summarize(counts, 'BOGUS' as never)).toThrow(RangeError);
  });
});

describe('overrideLight', () => {
  const s = summarize(sum([row({ light: 'RED', overdue: true })]), 'AVERAGE');

  it('replaces the light and records the reason', () => {
    expect(overrideLight(s, 'YELLOW', ' 客观原因：汛期停工 ')).toEqual({
      ...s,
      light: 'YELLOW',
      lightReason: { zh: '人工调整：客观原因：汛期停工', en: 'manual override: 客观原因：汛期停工' },
    });
  });

  it('refuses an override without a reason', () => {
    expect(() => overrideLight(s, 'GREEN', '  ')).toThrow(RuleViolation);
  });
});
