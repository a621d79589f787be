import { RuleViolation } from '../common/errors';
import { validateShares, type Share } from './shares';

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
