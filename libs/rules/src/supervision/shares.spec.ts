import { IllegalTransitionError, RuleViolation } from '../common/errors';
import { AssignmentStatus } from './assignment-state';
import {
  planShareAdjustment,
  planShares,
  shareBalance,
  validateShares,
  type Share,
  type ShareHolder,
  type ShareRequest,
} from './shares';

/** The RuleViolation thrown, for asserting its text and field. */
function violation(fn: () => void): RuleViolation {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleViolation) return e;
    throw e;
  }
  throw new Error('expected a RuleViolation');
}

const shares = (...targets: (number | null | undefined)[]): Share[] =>
  targets.map((target, i) => ({ unitId: `u${i}`, target }));

describe('validateShares (分解量化)', () => {
  it('accepts shares that add up exactly, decimals included', () => {
    expect(() => validateShares(100, shares(30, 50, 20))).not.toThrow();
    expect(() => validateShares(100, shares(33.3, 33.3, 33.4))).not.toThrow();
    expect(() => validateShares(0.3, shares(0.1, 0.2))).not.toThrow();
  });

  it('names both sums when they differ', () => {
    const v = violation(() => validateShares(100, shares(30, 40, 20)));
    expect(v.text).toEqual({
      zh: '分解指标合计90，应等于100',
      en: 'The shares add up to 90; they must equal 100',
    });
    expect(v.field).toBe('shares');
    expect(violation(() => validateShares(100, shares(60, 50.5))).text.zh).toBe(
      '分解指标合计110.5，应等于100',
    );
  });

  it('refuses a missing, zero or negative share target', () => {
    expect(violation(() => validateShares(100, shares(100, null))).field).toBe('shares[1].target');
    expect(violation(() => validateShares(100, shares(undefined, 100))).text.zh).toBe(
      '第1个单位未填写分解指标',
    );
    expect(violation(() => validateShares(100, shares(100, 0))).text.zh).toBe('第2个单位的分解指标必须大于0');
    expect(violation(() => validateShares(100, shares(110, -10))).field).toBe('shares[1].target');
    expect(violation(() => validateShares(100, shares(NaN, 100))).field).toBe('shares[0].target');
  });

  it('refuses targets when the parent has none', () => {
    expect(() => validateShares(null, shares(null, undefined))).not.toThrow();
    const v = violation(() => validateShares(null, shares(null, 5)));
    expect(v.field).toBe('shares[1].target');
    expect(v.text.zh).toBe('上级任务未设量化指标，分解时不得填写指标');
    expect(() => validateShares(undefined, shares(0))).toThrow(RuleViolation);
  });

  it('refuses duplicate units, even without targets', () => {
    const v = violation(() => validateShares(null, [{ unitId: 'a' }, { unitId: 'b' }, { unitId: 'a' }]));
    expect(v.field).toBe('shares[2].unitId');
    expect(v.text.zh).toBe('第3个单位与前面的单位重复');
    expect(() =>
      validateShares(10, [
        { unitId: 'a', target: 5 },
        { unitId: 'a', target: 5 },
      ]),
    ).toThrow(RuleViolation);
  });

  it('refuses an empty split and a non-positive parent target', () => {
    expect(violation(() => validateShares(100, [])).field).toBe('shares');
    expect(violation(() => validateShares(0, shares(1))).field).toBe('target');
  });
});

describe('planShares (交办/分解量化)', () => {
  const a = (unitIds: string[], shares: Share[] = [], more: Partial<ShareRequest> = {}): ShareRequest => ({
    unitIds,
    shares,
    byLevel: false,
    ...more,
  });

  it('gives no figures under a parent without a target, and refuses one', () => {
    expect(planShares(null, a(['x', 'y']))).toEqual([
      { unitId: 'x', target: null },
      { unitId: 'y', target: null },
    ]);
    expect(violation(() => planShares(null, a([], [{ unitId: 'x', target: 5 }]))).text.zh).toBe(
      '上级任务未设量化指标，分解时不得填写指标',
    );
  });

  it('explains a parent assignment that was given no share of a quantified item', () => {
    const v = violation(() => planShares(null, a([], [{ unitId: 'x', target: 5 }], { itemTarget: 100 })));
    expect(v.text.zh).toBe(
      '本单位的任务未分配量化指标（事项量化目标100），不能分解指标；请交办单位先调整指标',
    );
    expect(v.field).toBe('shares[0].target');
  });

  it('gives the whole target to the one unit named', () => {
    expect(planShares(100, a(['x']))).toEqual([{ unitId: 'x', target: 100 }]);
    expect(planShares(100, a([], [{ unitId: 'x' }]))).toEqual([{ unitId: 'x', target: 100 }]);
    // Not when a figure was entered that does not add up, or shares were already given out.
    expect(violation(() => planShares(100, a([], [{ unitId: 'x', target: 60 }]))).text.zh).toBe(
      '分解指标合计60，应等于100（还差40）',
    );
    expect(
      violation(() => planShares(100, a(['x'], [], { existing: [{ unitId: 'w', target: 100 }] }))).text.zh,
    ).toBe('该任务有量化指标（共100），还有1个单位未填写分解指标');
  });

  it('needs a figure for every named unit when several are named', () => {
    const v = violation(() => planShares(100, a(['y', 'z'], [{ unitId: 'x', target: 100 }])));
    expect(v.text).toEqual({
      zh: '该任务有量化指标（共100），还有2个单位未填写分解指标',
      en: 'This has a quantified target (100); 2 of the named units have no share',
    });
    expect(v.field).toBe('shares');
  });

  it('needs the figures to add up to the target, counting what was already given out', () => {
    expect(
      planShares(
        100,
        a(
          [],
          [
            { unitId: 'x', target: 33.3 },
            { unitId: 'y', target: 66.7 },
          ],
        ),
      ),
    ).toEqual([
      { unitId: 'x', target: 33.3 },
      { unitId: 'y', target: 66.7 },
    ]);
    expect(
      violation(() =>
        planShares(
          100,
          a(
            [],
            [
              { unitId: 'x', target: 60 },
              { unitId: 'y', target: 50 },
            ],
          ),
        ),
      ).text,
    ).toEqual({
      zh: '分解指标合计110，应等于100（多出10）',
      en: 'The shares add up to 110; they must add up to 100 (10 too many)',
    });
    const existing = [{ unitId: 'w', target: 60 }];
    expect(planShares(100, a([], [{ unitId: 'x', target: 40 }], { existing }))).toEqual([
      { unitId: 'x', target: 40 },
    ]);
    expect(violation(() => planShares(100, a([], [{ unitId: 'x', target: 30 }], { existing }))).text.zh).toBe(
      '已分配60，本次分配30，合计90，应等于100（还差10）',
    );
  });

  it('a unit named in both lists is one unit', () => {
    expect(planShares(100, a(['x'], [{ unitId: 'x', target: 100 }]))).toEqual([{ unitId: 'x', target: 100 }]);
    expect(planShares(100, a(['x', 'x']))).toEqual([{ unitId: 'x', target: 100 }]);
  });

  it('refuses whole levels on a quantified parent unless figures are entered', () => {
    const v = violation(() => planShares(100, a([], [], { byLevel: true })));
    expect(v.field).toBe('cascade');
    expect(v.text.zh).toBe(
      '该任务有量化指标（共100），按层级批量下发时无法分配指标；请逐个选择承办单位并填写分解指标',
    );
    expect(violation(() => planShares(100, a(['x'], [], { byLevel: true }))).field).toBe('cascade');
    // With figures, units reached only through a level take part without one.
    expect(planShares(100, a([], [{ unitId: 'x', target: 100 }], { byLevel: true }))).toEqual([
      { unitId: 'x', target: 100 },
    ]);
    expect(planShares(null, a([], [], { byLevel: true }))).toEqual([]);
  });

  it('refuses figures for units that already hold the item', () => {
    const v = violation(() => planShares(100, a([], [{ unitId: 'x', target: 100 }], { holding: ['x'] })));
    expect(v.text.zh).toBe('所选单位中有1个已承办本事项，不能再次分配指标；如需改变指标请调整分解指标');
    expect(
      violation(() =>
        planShares(100, a([], [{ unitId: 'w', target: 10 }], { existing: [{ unitId: 'w', target: 90 }] })),
      ).text.zh,
    ).toMatch(/^所选单位中有1个已承办本事项/);
  });

  it('refuses repeated units and non-positive figures, naming the entry', () => {
    expect(
      violation(() =>
        planShares(
          100,
          a(
            [],
            [
              { unitId: 'x', target: 50 },
              { unitId: 'x', target: 50 },
            ],
          ),
        ),
      ).field,
    ).toBe('shares[1].unitId');
    expect(
      violation(() =>
        planShares(
          100,
          a(
            [],
            [
              { unitId: 'x', target: 0 },
              { unitId: 'y', target: 100 },
            ],
          ),
        ),
      ).field,
    ).toBe('shares[0].target');
    expect(violation(() => planShares(0, a(['x']))).field).toBe('target');
  });
});

describe('planShareAdjustment (调整分解指标)', () => {
  const holders: ShareHolder[] = [
    { unitId: 'x', target: 50, status: AssignmentStatus.IN_PROGRESS, split: false },
    { unitId: 'y', target: 30, status: AssignmentStatus.ASSIGNED, split: false },
    { unitId: 'z', target: 20, status: AssignmentStatus.DONE, split: false },
  ];

  it('moves figures between open shares when the final set still adds up', () => {
    expect(
      planShareAdjustment(100, holders, [
        { unitId: 'x', target: 40 },
        { unitId: 'y', target: 40 },
        { unitId: 'z', target: 20 },
      ]),
    ).toEqual([
      { unitId: 'x', target: 40 },
      { unitId: 'y', target: 40 },
    ]);
  });

  it('checks the final set, not the entries alone', () => {
    expect(violation(() => planShareAdjustment(100, holders, [{ unitId: 'x', target: 40 }])).text.zh).toBe(
      '分解指标合计90，应等于100（还差10）',
    );
  });

  it('refuses a unit that holds no share here, and changes nothing', () => {
    const v = violation(() =>
      planShareAdjustment(100, holders, [
        { unitId: 'x', target: 40 },
        { unitId: 'q', target: 10 },
      ]),
    );
    expect(v.field).toBe('shares[1].unitId');
    expect(v.text.zh).toBe('第2个单位不是本任务的下级承办单位，整个调整未生效');
  });

  it('refuses changing a closed or further split share (CONFLICT)', () => {
    expect(() =>
      planShareAdjustment(100, holders, [
        { unitId: 'x', target: 60 },
        { unitId: 'z', target: 10 },
      ]),
    ).toThrow(IllegalTransitionError);
    const split = holders.map((h) => (h.unitId === 'y' ? { ...h, split: true } : h));
    expect(() =>
      planShareAdjustment(100, split, [
        { unitId: 'x', target: 40 },
        { unitId: 'y', target: 40 },
      ]),
    ).toThrow(/split its share/);
  });

  it('refuses an adjustment without a target, without entries or without a change', () => {
    expect(violation(() => planShareAdjustment(null, holders, [{ unitId: 'x', target: 1 }])).field).toBe(
      'shares',
    );
    expect(violation(() => planShareAdjustment(100, holders, [])).field).toBe('shares');
    expect(violation(() => planShareAdjustment(100, holders, [{ unitId: 'x', target: 50 }])).text.zh).toBe(
      '分解指标没有变化',
    );
    expect(violation(() => planShareAdjustment(100, holders, [{ unitId: 'x' }])).field).toBe(
      'shares[0].target',
    );
  });
});

describe('shareBalance (live sum)', () => {
  it('says what is given out and what is left, with the server’s tolerance', () => {
    expect(shareBalance(100, [30, 30, null])).toEqual({ assigned: 60, remaining: 40, addsUp: false });
    expect(shareBalance(100, [33.3, 33.3, 33.4])).toEqual({ assigned: 100, remaining: 0, addsUp: true });
    expect(shareBalance(100, [70], 40)).toEqual({ assigned: 110, remaining: -10, addsUp: false });
    expect(shareBalance(0.3, [0.1, 0.2]).addsUp).toBe(true);
  });
});
