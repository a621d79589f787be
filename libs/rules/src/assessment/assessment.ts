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
/** 复查复议率 target: at most 4% of done items re-reviewed. */
export const RE_REVIEW_RATE_TARGET = 0.04;

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
