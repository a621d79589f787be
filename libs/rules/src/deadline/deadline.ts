import { pct, type Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';
import { assertValidDate, endOfShanghaiDay, formatShanghaiDate, shanghaiDayNumber } from '../common/time';

/** Deadline tiers common in the rules (docs/supervision.md). */
export enum DeadlineTier {
  URGENT = 'URGENT',
  NORMAL = 'NORMAL',
  HARD = 'HARD',
  MEETING_MINUTES = 'MEETING_MINUTES',
  DOCUMENT = 'DOCUMENT',
}

export const DEADLINE_TIER_LABELS: Record<DeadlineTier, Bilingual> = {
  [DeadlineTier.URGENT]: { zh: '批示急件', en: 'Urgent instruction' },
  [DeadlineTier.NORMAL]: { zh: '一般件', en: 'Normal' },
  [DeadlineTier.HARD]: { zh: '复杂件', en: 'Complex case' },
  [DeadlineTier.MEETING_MINUTES]: { zh: '会议纪要', en: 'Meeting minutes' },
  [DeadlineTier.DOCUMENT]: { zh: '公文', en: 'Official document' },
};

export const DEADLINE_TIER_DAYS: Record<DeadlineTier, number> = {
  [DeadlineTier.URGENT]: 5,
  [DeadlineTier.NORMAL]: 15,
  [DeadlineTier.HARD]: 30,
  [DeadlineTier.MEETING_MINUTES]: 20,
  [DeadlineTier.DOCUMENT]: 30,
};

/** An urgent instruction allows 1–5 days. */
export const URGENT_MAX_DAYS = 5;

/**
 * `days` calendar days after `from` (default: the tier's), ending at 23:59:59 Shanghai time
 * that day. A unit always gets whole days, whatever time the item was handed down.
 */
export function deadlineFromTier(tier: DeadlineTier, from: Date, days?: number): Date {
  assertValidDate(from, 'from');
  const n = days ?? DEADLINE_TIER_DAYS[tier];
  if (n === undefined) throw new RangeError(`unknown deadline tier ${String(tier)}`);
  if (tier === DeadlineTier.URGENT && !(Number.isInteger(n) && n >= 1 && n <= URGENT_MAX_DAYS)) {
    throw new RuleViolation(
      { zh: '批示急件办理时限应为1至5天', en: 'An urgent instruction must be due within 1 to 5 days' },
      'days',
    );
  }
  if (!Number.isInteger(n) || n < 1) {
    throw new RuleViolation(
      { zh: '办理时限应为正整数天', en: 'The time limit must be a whole number of days' },
      'days',
    );
  }
  return endOfShanghaiDay(shanghaiDayNumber(from) + n);
}

/** A lower level may never get more time than the level that handed the work down. */
export function checkChildDeadline(parentDeadline: Date, childDeadline: Date): void {
  assertValidDate(parentDeadline, 'parentDeadline');
  assertValidDate(childDeadline, 'childDeadline');
  if (childDeadline.getTime() > parentDeadline.getTime()) {
    const date = formatShanghaiDate(parentDeadline);
    throw new RuleViolation(
      {
        zh: `下级办理时限不得晚于上级时限（上级：${date}）`,
        en: `The deadline may not be later than the parent's (parent: ${date})`,
      },
      'deadline',
    );
  }
}

/** One level of a cascade chain: when it received the work and by when it must finish. */
export interface ChainLevel {
  assignedAt: Date;
  deadline: Date;
}

export interface OverTighteningOptions {
  /** A cut above this share counts as tightening (default 0.3 = 30%). */
  threshold?: number;
  /** How many tightening levels in a row raise the flag (default 2). */
  minConsecutive?: number;
}

export interface OverTighteningResult {
  flagged: boolean;
  /**
   * cuts[i] belongs to chain[i + 1]: the share of the window its parent still had at hand-down
   * that it did not pass on; null when the parent had no time left to cut.
   */
  cuts: (number | null)[];
  /** Indexes into the chain (root = 0) of the levels in the longest tightening run. */
  levels: number[];
  reason: Bilingual | null;
}

/**
 * 层层加码. For each level below the root, compare the window it was given
 * (its deadline − its assignedAt) with what the parent still had at that moment
 * (the parent's deadline − the child's assignedAt): cut = 1 − given / remaining.
 * Passing the parent's deadline on unchanged is a cut of 0. A level "tightens" when its cut
 * exceeds the threshold (30%); the chain is flagged when at least `minConsecutive` (2)
 * successive levels tighten — one cautious office is normal, a pattern is the burden
 * the 2024 rules warn against.
 */
export function detectOverTightening(
  chain: readonly ChainLevel[],
  options: OverTighteningOptions = {},
): OverTighteningResult {
  const threshold = options.threshold ?? 0.3;
  const minConsecutive = options.minConsecutive ?? 2;
  chain.forEach((l, i) => {
    assertValidDate(l.assignedAt, `chain[${i}].assignedAt`);
    assertValidDate(l.deadline, `chain[${i}].deadline`);
  });

  const cuts: (number | null)[] = [];
  let run: number[] = [];
  let best: number[] = [];
  for (let i = 1; i < chain.length; i++) {
    const remaining = chain[i - 1].deadline.getTime() - chain[i].assignedAt.getTime();
    const given = chain[i].deadline.getTime() - chain[i].assignedAt.getTime();
    const cut = remaining > 0 ? 1 - given / remaining : null;
    cuts.push(cut);
    // The epsilon keeps float noise (1 − 7/10 = 0.30000000000000004) from turning 30% into "above".
    run = cut !== null && cut - threshold > 1e-9 ? [...run, i] : [];
    if (run.length > best.length) best = run;
  }

  const flagged = best.length >= minConsecutive;
  if (!flagged) return { flagged, cuts, levels: [], reason: null };
  // Levels are shown 1-based with the root as level 1, as users count them.
  const names = best.map((i) => i + 1);
  const shares = best.map((i) => pct((cuts[i - 1] ?? 0) * 100));
  return {
    flagged,
    cuts,
    levels: best,
    reason: {
      zh: `层层加码：第${names.join('、')}级分别将剩余时限压缩${shares.join('、')}`,
      en: `Over-tightening: levels ${names.join(', ')} cut the remaining time by ${shares.join(', ')}`,
    },
  };
}
