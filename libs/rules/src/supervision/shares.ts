import { num } from '../common/bilingual';
import { RuleViolation } from '../common/errors';

export interface Share {
  unitId: string;
  target?: number | null;
}

// Targets may be decimals (12.5 km); float sums like 33.3 + 33.3 + 33.4 must still count as 100.
const EPSILON = 1e-9;

/**
 * 分解量化: when the parent carries a quantified target, every share carries a positive
 * target and together they add up to exactly the parent's; when it does not, no share may.
 * Each unit receives at most one share.
 */
export function validateShares(parentTarget: number | null | undefined, shares: readonly Share[]): void {
  if (shares.length === 0) {
    throw new RuleViolation({ zh: '请至少选择一个承办单位', en: 'Choose at least one unit' }, 'shares');
  }
  const seen = new Set<string>();
  shares.forEach((s, i) => {
    if (seen.has(s.unitId)) {
      throw new RuleViolation(
        { zh: `第${i + 1}个单位与前面的单位重复`, en: `Share ${i + 1} repeats a unit already listed` },
        `shares[${i}].unitId`,
      );
    }
    seen.add(s.unitId);
  });

  if (parentTarget === null || parentTarget === undefined) {
    const i = shares.findIndex((s) => s.target !== null && s.target !== undefined);
    if (i >= 0) {
      throw new RuleViolation(
        {
          zh: '上级任务未设量化指标，分解时不得填写指标',
          en: 'The parent has no quantified target, so shares may not have one',
        },
        `shares[${i}].target`,
      );
    }
    return;
  }

  if (!Number.isFinite(parentTarget) || parentTarget <= 0) {
    throw new RuleViolation(
      { zh: '量化指标必须大于0', en: 'A quantified target must be greater than 0' },
      'target',
    );
  }
  let sum = 0;
  shares.forEach((s, i) => {
    const t = s.target;
    if (t === null || t === undefined) {
      throw new RuleViolation(
        { zh: `第${i + 1}个单位未填写分解指标`, en: `Share ${i + 1} has no target` },
        `shares[${i}].target`,
      );
    }
    if (!Number.isFinite(t) || t <= 0) {
      throw new RuleViolation(
        { zh: `第${i + 1}个单位的分解指标必须大于0`, en: `Share ${i + 1} must have a target greater than 0` },
        `shares[${i}].target`,
      );
    }
    sum += t;
  });
  if (Math.abs(sum - parentTarget) > EPSILON * Math.max(1, Math.abs(parentTarget))) {
    throw new RuleViolation(
      {
        zh: `分解指标合计${num(sum)}，应等于${num(parentTarget)}`,
        en: `The shares add up to ${num(sum)}; they must equal ${num(parentTarget)}`,
      },
      'shares',
    );
  }
}
