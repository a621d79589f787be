import { joinBilingual, type Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';
import { AssignmentStatus, isAssignmentOpen } from '../supervision/assignment-state';
import type { Light } from './light';

/**
 * Additive counters of a subtree's assignments. Being plain sums, a parent's counts are
 * the sum of its children's, and a change is applied as (new contribution − old one).
 */
export interface RollupCounts {
  total: number;
  byStatus: Record<AssignmentStatus, number>;
  /** Rows that count in rates: not 不适用 and not withdrawn. */
  applicable: number;
  overdue: number;
  doneOnTime: number;
  doneLate: number;
  /** Open assignments currently returned for rework. */
  returnedOpen: number;
  notApplicable: number;
  targetSum: number;
  achievedSum: number;
  /** Sum of progress percents of applicable assignments (a done one counts 100). */
  progressSum: number;
  red: number;
  yellow: number;
  green: number;
  /** Open applicable assignments waiting for the answer to a 上报协调 (forwarded or not). */
  escalatedOpen: number;
}

/** One assignment as the roll-up sees it. */
export interface RollupRow {
  status: AssignmentStatus;
  overdue: boolean;
  doneLate: boolean;
  returned: boolean;
  /** 上报协调中 (the flag stays while the escalation is forwarded upward). */
  escalated: boolean;
  notApplicable: boolean;
  target?: number | null;
  achieved?: number | null;
  progressPercent: number;
  light: Light;
}

export type RollupPolicy = 'ALL_DONE' | 'AVERAGE' | 'WEIGHTED' | 'WORST_LIGHT';

export const ROLLUP_POLICIES: readonly RollupPolicy[] = ['ALL_DONE', 'AVERAGE', 'WEIGHTED', 'WORST_LIGHT'];

export const ROLLUP_POLICY_LABELS: Record<RollupPolicy, Bilingual> = {
  ALL_DONE: { zh: '全部办结', en: 'All done' },
  AVERAGE: { zh: '平均进度', en: 'Average progress' },
  WEIGHTED: { zh: '按量化指标加权', en: 'Weighted by target' },
  WORST_LIGHT: { zh: '取最差灯', en: 'Worst light' },
};

const STATUSES = Object.values(AssignmentStatus);
type ScalarKey = Exclude<keyof RollupCounts, 'byStatus'>;
const SCALARS: readonly ScalarKey[] = [
  'total',
  'applicable',
  'overdue',
  'doneOnTime',
  'doneLate',
  'returnedOpen',
  'notApplicable',
  'targetSum',
  'achievedSum',
  'progressSum',
  'red',
  'yellow',
  'green',
  'escalatedOpen',
];

/** Zeros, as a literal of fixed shape (the type checks that every status and counter is there). */
export function emptyCounts(): RollupCounts {
  return {
    total: 0,
    byStatus: {
      [AssignmentStatus.ASSIGNED]: 0,
      [AssignmentStatus.IN_PROGRESS]: 0,
      [AssignmentStatus.AWAITING_SIGNATURE]: 0,
      [AssignmentStatus.UNDER_REVIEW]: 0,
      [AssignmentStatus.DONE]: 0,
      [AssignmentStatus.WITHDRAWN]: 0,
    },
    applicable: 0,
    overdue: 0,
    doneOnTime: 0,
    doneLate: 0,
    returnedOpen: 0,
    notApplicable: 0,
    targetSum: 0,
    achievedSum: 0,
    progressSum: 0,
    red: 0,
    yellow: 0,
    green: 0,
    escalatedOpen: 0,
  };
}

function combine(a: RollupCounts, b: RollupCounts, sign: 1 | -1): RollupCounts {
  const out = emptyCounts();
  for (const k of SCALARS) out[k] = a[k] + sign * b[k];
  for (const s of STATUSES) out.byStatus[s] = a.byStatus[s] + sign * b.byStatus[s];
  return out;
}

export function addCounts(a: RollupCounts, b: RollupCounts): RollupCounts {
  return combine(a, b, 1);
}

/** May go negative: the result is a signed delta, meant to be added to stored counts. */
export function subtractCounts(a: RollupCounts, b: RollupCounts): RollupCounts {
  return combine(a, b, -1);
}

/**
 * One assignment's share of the counts. Every row counts in `total` and `byStatus`; a row
 * marked 不适用 or withdrawn counts nowhere else, so it drops out of every rate.
 */
export function contribution(row: RollupRow): RollupCounts {
  const c = emptyCounts();
  c.total = 1;
  c.byStatus[row.status] = 1;
  if (row.notApplicable) c.notApplicable = 1;
  if (row.notApplicable || row.status === AssignmentStatus.WITHDRAWN) return c;

  const open = isAssignmentOpen(row.status);
  const done = row.status === AssignmentStatus.DONE;
  c.applicable = 1;
  c.overdue = open && row.overdue ? 1 : 0;
  c.returnedOpen = open && row.returned ? 1 : 0;
  c.escalatedOpen = open && row.escalated ? 1 : 0;
  c.doneOnTime = done && !row.doneLate ? 1 : 0;
  c.doneLate = done && row.doneLate ? 1 : 0;
  c.targetSum = row.target ?? 0;
  c.achievedSum = row.achieved ?? 0;
  c.progressSum = done ? 100 : Math.min(100, Math.max(0, row.progressPercent));
  c.red = row.light === 'RED' ? 1 : 0;
  c.yellow = row.light === 'YELLOW' ? 1 : 0;
  c.green = row.light === 'GREEN' ? 1 : 0;
  return c;
}

/** The delta to apply when a row changes; `null` stands for "not there" (insert / delete). */
export function contributionDelta(before: RollupRow | null, after: RollupRow | null): RollupCounts {
  const old = before ? contribution(before) : emptyCounts();
  const next = after ? contribution(after) : emptyCounts();
  return subtractCounts(next, old);
}

export interface RollupSummary {
  total: number;
  /** Done / applicable, 0..1 (0 when nothing is applicable). */
  completionRate: number;
  /** Done on time / done, 0..1; null while nothing is done. */
  onTimeRate: number | null;
  /** 0..100, computed as the policy says. */
  progressPercent: number;
  light: Light;
  lightReason: Bilingual;
}

function lightReason(c: RollupCounts): Bilingual {
  const parts: Bilingual[] = [];
  if (c.overdue > 0) parts.push({ zh: `${c.overdue}项逾期`, en: `${c.overdue} overdue` });
  if (c.returnedOpen > 0) parts.push({ zh: `${c.returnedOpen}项退回`, en: `${c.returnedOpen} returned` });
  // Reds normally come from overdue or returned; name them if something else set them.
  if (c.red > 0 && parts.length === 0) parts.push({ zh: `${c.red}项红灯`, en: `${c.red} red` });
  if (c.yellow > 0) parts.push({ zh: `${c.yellow}项黄灯`, en: `${c.yellow} yellow` });
  if (parts.length > 0) return joinBilingual(parts, '，', ', ');
  if (c.applicable === 0) return { zh: '无适用单位', en: 'no applicable units' };
  return { zh: '全部正常', en: 'all on track' };
}

export function summarize(c: RollupCounts, policy: RollupPolicy): RollupSummary {
  const done = c.doneOnTime + c.doneLate;
  const average = c.applicable > 0 ? c.progressSum / c.applicable : 0;
  const completionRate = c.applicable > 0 ? done / c.applicable : 0;
  let progressPercent: number;
  switch (policy) {
    case 'ALL_DONE':
      // Only finished work counts; it reaches 100 exactly when every applicable unit is done.
      progressPercent = completionRate * 100;
      break;
    case 'WEIGHTED':
      // Without quantified targets there is nothing to weigh by.
      progressPercent = c.targetSum > 0 ? Math.min(100, (c.achievedSum / c.targetSum) * 100) : average;
      break;
    case 'AVERAGE':
    case 'WORST_LIGHT':
      progressPercent = average;
      break;
    default:
      throw new RangeError(`unknown roll-up policy ${String(policy)}`);
  }
  // Every policy shows the worst light present; the policy only changes the number.
  const light: Light = c.red > 0 ? 'RED' : c.yellow > 0 ? 'YELLOW' : 'GREEN';
  return {
    total: c.total,
    completionRate,
    onTimeRate: done > 0 ? c.doneOnTime / done : null,
    progressPercent,
    light,
    lightReason: lightReason(c),
  };
}

/** A manual light is allowed only with a reason that will be logged (docs/supervision.md). */
export function overrideLight(summary: RollupSummary, light: Light, reason: string): RollupSummary {
  const text = reason.trim();
  if (text.length === 0) {
    throw new RuleViolation(
      { zh: '人工调整灯色必须填写理由', en: 'A manual light override needs a reason' },
      'reason',
    );
  }
  return { ...summary, light, lightReason: { zh: `人工调整：${text}`, en: `manual override: ${text}` } };
}
