import { num } from '../common/bilingual';
import { IllegalTransitionError, RuleViolation } from '../common/errors';
import { ASSIGNMENT_STATUS_LABELS, AssignmentStatus, isAssignmentOpen } from './assignment-state';

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

const addsUp = (sum: number, target: number) =>
  Math.abs(sum - target) <= EPSILON * Math.max(1, Math.abs(target));

/** Rounds away float noise (0.1 + 0.2) so a balance reads as the clerk typed it. */
const clean = (v: number) => Number(v.toFixed(6));

/** Where a set of shares stands against its parent's target: what is given out and what is left. */
export interface ShareBalance {
  assigned: number;
  /** Positive: still to give out; negative: given out too much; 0 when the shares add up. */
  remaining: number;
  addsUp: boolean;
}

/**
 * The live sum of a split (the admin's "已分配 60 / 100 处, 还差 40"), with the same tolerance as the
 * server's check. Blank shares count as 0.
 */
export function shareBalance(
  parentTarget: number,
  targets: readonly (number | null | undefined)[],
  alreadyGiven = 0,
): ShareBalance {
  const assigned = clean(targets.reduce<number>((s, t) => s + (t ?? 0), alreadyGiven));
  const ok = addsUp(assigned, parentTarget);
  return { assigned, remaining: ok ? 0 : clean(parentTarget - assigned), addsUp: ok };
}

function sumText(target: number, given: number, added: number): { zh: string; en: string } {
  const sum = clean(given + added);
  const gap = clean(target - sum);
  const zhGap = gap > 0 ? `还差${num(gap)}` : `多出${num(-gap)}`;
  const enGap = gap > 0 ? `${num(gap)} short` : `${num(-gap)} too many`;
  return given
    ? {
        zh: `已分配${num(given)}，本次分配${num(added)}，合计${num(sum)}，应等于${num(target)}（${zhGap}）`,
        en: `${num(given)} already given out and ${num(added)} now make ${num(sum)}; they must add up to ${num(target)} (${enGap})`,
      }
    : {
        zh: `分解指标合计${num(sum)}，应等于${num(target)}（${zhGap}）`,
        en: `The shares add up to ${num(sum)}; they must add up to ${num(target)} (${enGap})`,
      };
}

/** Each share names a different unit and, where it has a target, a positive one. */
function checkEntries(shares: readonly Share[]): void {
  const seen = new Set<string>();
  shares.forEach((s, i) => {
    if (seen.has(s.unitId))
      throw new RuleViolation(
        { zh: `第${i + 1}个单位与前面的单位重复`, en: `Share ${i + 1} repeats a unit already listed` },
        `shares[${i}].unitId`,
      );
    seen.add(s.unitId);
    if (s.target != null && !(Number.isFinite(s.target) && s.target > 0))
      throw new RuleViolation(
        { zh: `第${i + 1}个单位的分解指标必须大于0`, en: `Share ${i + 1} must have a target greater than 0` },
        `shares[${i}].target`,
      );
  });
}

/** One 交办 or 分解 as the clerk entered it. */
export interface ShareRequest {
  /** Units named one by one without a figure (the `targets` list). */
  unitIds: readonly string[];
  /** Units named with a figure (分解指标). */
  shares: readonly Share[];
  /** Whether whole levels (cascade selectors) were chosen as well. */
  byLevel: boolean;
  /** Shares already given out under the same parent (withdrawn ones excluded). */
  existing?: readonly Share[];
  /** Named units that already hold the item anywhere in its tree (they would get no new row). */
  holding?: readonly string[];
  /** The item's 量化目标, to explain a parent assignment that was given none. */
  itemTarget?: number | null;
}

/**
 * 交办/分解 under a parent (the item, or the assignment being split) — which named unit gets which
 * figure:
 * - the parent has no target: nobody gets one, and a figure is refused;
 * - the parent has a target:
 *   · exactly one unit named, nothing chosen by level, nothing given out before and no figure
 *     entered: that unit gets the whole target;
 *   · otherwise every named unit needs a positive figure, and together with the shares already given
 *     out they add up to the parent's target exactly;
 *   · whole levels only together with figures for named units: units reached only through a level
 *     take part without a figure of their own.
 * Returns the figures to write, one per named unit (null target when the parent has none). Throws
 * RuleViolation (BAD_USER_INPUT) with a text the clerk can act on.
 */
export function planShares(parentTarget: number | null | undefined, req: ShareRequest): Share[] {
  const existing = req.existing ?? [];
  // A unit named in both lists, or twice, is one unit.
  const named = [
    ...new Set([
      ...req.shares.map((s) => s.unitId),
      ...req.unitIds.filter((u) => !req.shares.some((s) => s.unitId === u)),
    ]),
  ];
  checkEntries(req.shares);

  if (parentTarget == null) {
    const i = req.shares.findIndex((s) => s.target != null);
    if (i >= 0)
      throw new RuleViolation(
        req.itemTarget != null
          ? {
              zh: `本单位的任务未分配量化指标（事项量化目标${num(req.itemTarget)}），不能分解指标；请交办单位先调整指标`,
              en: `Your assignment was given no share of the item's target (${num(req.itemTarget)}), so it cannot be split with figures; ask the assigning office to adjust the shares first`,
            }
          : {
              zh: '上级任务未设量化指标，分解时不得填写指标',
              en: 'The parent has no quantified target, so shares may not have one',
            },
        `shares[${i}].target`,
      );
    return named.map((unitId) => ({ unitId, target: null }));
  }

  if (!Number.isFinite(parentTarget) || parentTarget <= 0)
    throw new RuleViolation(
      { zh: '量化指标必须大于0', en: 'A quantified target must be greater than 0' },
      'target',
    );
  const target = num(parentTarget);
  const given = clean(existing.reduce((s, e) => s + (e.target ?? 0), 0));

  if (req.byLevel && req.shares.every((s) => s.target == null))
    throw new RuleViolation(
      {
        zh: `该任务有量化指标（共${target}），按层级批量下发时无法分配指标；请逐个选择承办单位并填写分解指标`,
        en: `This has a quantified target (${target}); whole levels cannot carry figures, so name the units and enter a share for each`,
      },
      'cascade',
    );

  const holding = named.filter(
    (u) => existing.some((e) => e.unitId === u) || (req.holding ?? []).includes(u),
  ).length;
  if (holding)
    throw new RuleViolation(
      {
        zh: `所选单位中有${holding}个已承办本事项，不能再次分配指标；如需改变指标请调整分解指标`,
        en: `${holding} of the named units already hold this item; adjust the shares instead of assigning again`,
      },
      'shares',
    );

  if (named.length === 1 && !req.byLevel && !existing.length && req.shares.every((s) => s.target == null))
    return [{ unitId: named[0], target: parentTarget }];

  const missing = named.filter((u) => req.shares.find((s) => s.unitId === u)?.target == null).length;
  if (missing)
    throw new RuleViolation(
      {
        zh: `该任务有量化指标（共${target}），还有${missing}个单位未填写分解指标`,
        en: `This has a quantified target (${target}); ${missing} of the named units have no share`,
      },
      'shares',
    );
  const added = clean(req.shares.reduce((s, x) => s + (x.target ?? 0), 0));
  if (!addsUp(given + added, parentTarget))
    throw new RuleViolation(sumText(parentTarget, given, added), 'shares');
  return req.shares.map((s) => ({ unitId: s.unitId, target: s.target ?? null }));
}

/** A unit already holding a share under the parent, as an adjustment reads it. */
export interface ShareHolder {
  unitId: string;
  target: number | null;
  status: AssignmentStatus;
  /** Its share is split further below it. */
  split: boolean;
}

/**
 * 调整分解指标 after a split: new figures for some of the units holding a share. The final set (the
 * new figures and the unchanged ones) must add up to the parent's target; only open, unsplit shares
 * may change (a done share was accepted against its figure; a split one carries its own split, which
 * must be adjusted first). Every unit named must hold a share under this parent — one that does not
 * fails the whole request. Returns the shares that actually change.
 */
export function planShareAdjustment(
  parentTarget: number | null | undefined,
  holders: readonly ShareHolder[],
  changes: readonly Share[],
): Share[] {
  if (parentTarget == null)
    throw new RuleViolation(
      {
        zh: '该任务没有量化指标，无需调整分解指标',
        en: 'This has no quantified target; there are no shares to adjust',
      },
      'shares',
    );
  if (!changes.length)
    throw new RuleViolation(
      { zh: '请填写要调整指标的单位', en: 'Name the units whose shares change' },
      'shares',
    );
  checkEntries(changes);
  const changed: Share[] = [];
  changes.forEach((c, i) => {
    const h = holders.find((x) => x.unitId === c.unitId);
    if (!h)
      throw new RuleViolation(
        {
          zh: `第${i + 1}个单位不是本任务的下级承办单位，整个调整未生效`,
          en: `Unit ${i + 1} holds no share of this; nothing was changed`,
        },
        `shares[${i}].unitId`,
      );
    if (c.target == null)
      throw new RuleViolation(
        { zh: `第${i + 1}个单位未填写分解指标`, en: `Share ${i + 1} has no target` },
        `shares[${i}].target`,
      );
    if (h.target != null && addsUp(c.target, h.target)) return;
    if (!isAssignmentOpen(h.status))
      throw new IllegalTransitionError(
        {
          zh: `第${i + 1}个单位的任务当前为“${ASSIGNMENT_STATUS_LABELS[h.status].zh}”，不能再调整其指标`,
          en: `Unit ${i + 1}'s assignment is ${ASSIGNMENT_STATUS_LABELS[h.status].en.toLowerCase()}; its share cannot change`,
        },
        h.status,
        'ADJUST_SHARES',
      );
    if (h.split)
      throw new IllegalTransitionError(
        {
          zh: `第${i + 1}个单位已将指标分解到下级，不能直接调整其指标`,
          en: `Unit ${i + 1} has split its share further; its share cannot change directly`,
        },
        h.status,
        'ADJUST_SHARES',
      );
    changed.push({ unitId: c.unitId, target: c.target });
  });
  if (!changed.length) throw new RuleViolation({ zh: '分解指标没有变化', en: 'No share changes' }, 'shares');
  const final = holders.map((h) => changed.find((c) => c.unitId === h.unitId)?.target ?? h.target ?? 0);
  const sum = clean(final.reduce((s, t) => s + t, 0));
  if (!addsUp(sum, parentTarget)) throw new RuleViolation(sumText(parentTarget, 0, sum), 'shares');
  return changed;
}
