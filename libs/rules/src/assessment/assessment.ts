import type { Bilingual } from '../common/bilingual';

export enum BulletinKind {
  PRAISE = 'PRAISE',
  CRITICISM = 'CRITICISM',
}

export enum BulletinLevel {
  COMMITTEE = 'COMMITTEE',
  OFFICE = 'OFFICE',
}

export const BULLETIN_KIND_LABELS: Record<BulletinKind, Bilingual> = {
  [BulletinKind.PRAISE]: { zh: '通报表扬', en: 'Commendation' },
  [BulletinKind.CRITICISM]: { zh: '通报批评', en: 'Criticism' },
};

export const BULLETIN_LEVEL_LABELS: Record<BulletinLevel, Bilingual> = {
  [BulletinLevel.COMMITTEE]: { zh: '督查委员会', en: 'Supervision committee' },
  [BulletinLevel.OFFICE]: { zh: '督查室', en: 'Supervision office' },
};

/** Year-end score change for one bulletin (睢县 rules): committee ±5, office ±3. */
export function bulletinScore(kind: BulletinKind, level: BulletinLevel): number {
  const points = level === BulletinLevel.COMMITTEE ? 5 : 3;
  return kind === BulletinKind.PRAISE ? points : -points;
}

export interface CriticismConsequences {
  /** 诫勉谈话 for the responsible person, from the 2nd criticism in a year. */
  admonishPerson: boolean;
  /** The responsible person loses award eligibility that year, from the 2nd. */
  personAwardIneligible: boolean;
  /** The unit itself loses award eligibility that year, from the 3rd. */
  unitAwardIneligible: boolean;
}

export function criticismConsequences(countInYear: number): CriticismConsequences {
  if (!Number.isInteger(countInYear) || countInYear < 0) {
    throw new RangeError(`countInYear must be a non-negative integer, got ${countInYear}`);
  }
  return {
    admonishPerson: countInYear >= 2,
    personAwardIneligible: countInYear >= 2,
    unitAwardIneligible: countInYear >= 3,
  };
}

/** 办结率 target: everything done. */
export const COMPLETION_RATE_TARGET = 1;
/** 复查复议率 target: at most 4% of closed items reopened. */
export const RE_REVIEW_RATE_TARGET = 0.04;

/**
 * 复查复议率 of an office for a year: items reopened (复查复议) ÷ items closed (已办结). An item counts
 * in the year it was first concluded, and as reopened however often it was; so reopened ≤ closed.
 * Null while nothing is closed; an empty year meets the target.
 */
export function reReviewRate(
  closed: number,
  reopened: number,
): { rate: number | null; meetsTarget: boolean } {
  const r = scoreboardRates({ total: closed, done: closed, onTime: closed, reReviewed: reopened });
  return { rate: r.reReviewRate, meetsTarget: r.meetsTargets.reReview };
}

/** 退回率: reports returned for rework (退回重办) ÷ reports reviewed, a measure of report quality. */
export function returnRate(reviewed: number, returned: number): number | null {
  for (const [name, v] of Object.entries({ reviewed, returned })) {
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`${name} must be a non-negative integer, got ${v}`);
  }
  if (returned > reviewed) throw new RangeError('expected returned ≤ reviewed');
  return reviewed > 0 ? returned / reviewed : null;
}

/** Whether an item counts as reopened in the 复查复议率 (the SQL counts `reopen_count > 0`). */
export function countsAsReopened(item: { reopenCount: number }): boolean {
  return item.reopenCount > 0;
}

export interface ScoreboardInput {
  total: number;
  done: number;
  onTime: number;
  reReviewed: number;
}

export interface ScoreboardRates {
  /** done / total; null when there is nothing to do. */
  completionRate: number | null;
  /** onTime / done; null while nothing is done. */
  onTimeRate: number | null;
  /** reReviewed / done; null while nothing is done. */
  reReviewRate: number | null;
  /** An empty scoreboard misses no target. */
  meetsTargets: { completion: boolean; reReview: boolean };
}

export function scoreboardRates({ total, done, onTime, reReviewed }: ScoreboardInput): ScoreboardRates {
  for (const [name, v] of Object.entries({ total, done, onTime, reReviewed })) {
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`${name} must be a non-negative integer, got ${v}`);
  }
  if (done > total || onTime > done || reReviewed > done) {
    throw new RangeError('expected onTime ≤ done, reReviewed ≤ done and done ≤ total');
  }
  return {
    completionRate: total > 0 ? done / total : null,
    onTimeRate: done > 0 ? onTime / done : null,
    reReviewRate: done > 0 ? reReviewed / done : null,
    meetsTargets: {
      completion: done === total,
      // Integer cross-multiplication: 1/25 must meet the 4% target exactly, free of float error.
      reReview: reReviewed * 100 <= Math.round(RE_REVIEW_RATE_TARGET * 100) * done,
    },
  };
}
