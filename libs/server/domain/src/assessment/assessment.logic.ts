/*
 * Pure helpers of the assessment module: input normalisation and the scoreboard arithmetic.
 * The scoring rules themselves (±5/±3, the criticism consequences, the rates) live in @duban/rules.
 */
import {
  Bilingual,
  BulletinKind,
  BulletinLevel,
  bulletinScore,
  COMPLETION_RATE_TARGET,
  criticismConsequences,
  RE_REVIEW_RATE_TARGET,
  reReviewRate,
  returnRate,
  scoreboardRates,
} from '@duban/rules';
import { badInput } from '@duban/platform';
import { shanghaiYear } from '../numbering';

/**
 * 基础分: the seed rules add or deduct points "在该单位年终综合目标考评总分的基础上"; the rest of that
 * total is assessed outside this system, so every unit starts from a neutral 100 and the scoreboard
 * shows 100 + the year's bulletin points.
 */
export const BASE_SCORE = 100;
export const TITLE_MAX = 200;
export const BODY_MAX = 5000;
export const PERSON_MAX = 64;
/** A bulletin names a handful of units; a bigger list is almost certainly a mistake. */
export const TARGETS_MAX = 100;

export interface BulletinInputLike {
  kind: BulletinKind | string;
  level: BulletinLevel | string;
  targetUnitIds?: readonly string[] | null;
  itemId?: string | null;
  responsiblePerson?: string | null;
  title?: string | null;
  body?: string | null;
  year?: number | null;
}

export interface NormalizedBulletin {
  kind: BulletinKind;
  level: BulletinLevel;
  /** Distinct, numeric and sorted ascending: the order row locks are taken in. */
  targetUnitIds: string[];
  itemId: string | null;
  responsiblePerson: string | null;
  title: string;
  body: string;
  year: number;
}

const TEXT = {
  kind: { zh: '通报类型', en: 'Bulletin kind' },
  title: { zh: '通报标题', en: 'Title' },
  body: { zh: '通报正文', en: 'Body' },
  person: { zh: '责任人姓名', en: 'Responsible person' },
};

function text(value: string | null | undefined, field: string, label: Bilingual, max: number, need: boolean) {
  const v = value?.trim() ?? '';
  if (!v && need) throw badInput({ zh: `请填写${label.zh}`, en: `${label.en} is required` }, field);
  if (v.length > max)
    throw badInput(
      { zh: `${label.zh}不能超过${max}字`, en: `${label.en} must be at most ${max} characters` },
      field,
    );
  return v || null;
}

function isOneOf<T extends string>(values: Record<string, T>, v: unknown): v is T {
  return (Object.values(values) as unknown[]).includes(v);
}

/** Validates and trims an issueBulletin input; throws BAD_USER_INPUT (zh/en) before anything is written. */
export function normalizeBulletinInput(input: BulletinInputLike, now: Date): NormalizedBulletin {
  if (!isOneOf(BulletinKind, input.kind))
    throw badInput(
      {
        zh: `未知的通报类型：${String(input.kind)}（应为通报表扬或通报批评）`,
        en: `Unknown bulletin kind ${String(input.kind)} (expected PRAISE or CRITICISM)`,
      },
      'kind',
    );
  if (!isOneOf(BulletinLevel, input.level))
    throw badInput(
      {
        zh: `未知的通报级别：${String(input.level)}（应为督查委员会或督查室）`,
        en: `Unknown bulletin level ${String(input.level)} (expected COMMITTEE or OFFICE)`,
      },
      'level',
    );
  const ids = [...new Set((input.targetUnitIds ?? []).map(canonicalId).filter(Boolean))];
  if (!ids.length)
    throw badInput(
      { zh: '请至少选择一个被通报单位', en: 'Name at least one unit to praise or criticise' },
      'targetUnitIds',
    );
  if (ids.length > TARGETS_MAX)
    throw badInput(
      {
        zh: `一份通报最多涉及${TARGETS_MAX}个单位`,
        en: `A bulletin can name at most ${TARGETS_MAX} units`,
      },
      'targetUnitIds',
    );
  const current = shanghaiYear(now);
  const year = input.year ?? current;
  // Year-end assessments close early the next year; older years (or future ones) are typos.
  if (!Number.isInteger(year) || year < current - 1 || year > current)
    throw badInput(
      {
        zh: `考评年度只能是${current - 1}年或${current}年`,
        en: `The assessment year must be ${current - 1} or ${current}`,
      },
      'year',
    );
  const itemId = input.itemId?.trim() || null;
  return {
    kind: input.kind,
    level: input.level,
    targetUnitIds: ids.sort(compareIds),
    itemId,
    responsiblePerson: text(input.responsiblePerson, 'responsiblePerson', TEXT.person, PERSON_MAX, false),
    title: text(input.title, 'title', TEXT.title, TITLE_MAX, true)!,
    body: text(input.body, 'body', TEXT.body, BODY_MAX, true)!,
    year,
  };
}

/** Canonical id text ("007" → "7"), so duplicates collapse; non-numeric ids are refused later as unknown. */
function canonicalId(id: string): string {
  const v = String(id).trim();
  return /^\d+$/.test(v) ? v.replace(/^0+(?=\d)/, '') : v;
}

/** Numeric order for canonical numeric ids (shorter is smaller), so row locks are always taken in one order. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export interface ScoreEntryValues {
  points: number;
  criticismSeq: number | null;
  admonish: boolean;
  personAwardIneligible: boolean;
  unitAwardIneligible: boolean;
}

/** One unit's entry for a bulletin, given how many criticisms the unit already had that year. */
export function scoreEntryFor(
  kind: BulletinKind,
  level: BulletinLevel,
  priorCriticisms: number,
): ScoreEntryValues {
  const points = bulletinScore(kind, level);
  if (kind !== BulletinKind.CRITICISM)
    return {
      points,
      criticismSeq: null,
      admonish: false,
      personAwardIneligible: false,
      unitAwardIneligible: false,
    };
  const seq = priorCriticisms + 1;
  const c = criticismConsequences(seq);
  return {
    points,
    criticismSeq: seq,
    admonish: c.admonishPerson,
    personAwardIneligible: c.personAwardIneligible,
    unitAwardIneligible: c.unitAwardIneligible,
  };
}

/** Checks a year argument of a query (not the issuing window). */
export function queryYear(year: number | null | undefined, now: Date): number {
  const y = year ?? shanghaiYear(now);
  if (!Number.isInteger(y) || y < 2000 || y > 2100)
    throw badInput({ zh: '年度须在2000至2100之间', en: 'The year must be between 2000 and 2100' }, 'year');
  return y;
}

/** The Shanghai calendar year as a half-open instant range [from, to). */
export function yearRange(year: number): { from: Date; to: Date } {
  return {
    from: new Date(`${year}-01-01T00:00:00+08:00`),
    to: new Date(`${year + 1}-01-01T00:00:00+08:00`),
  };
}

/** What the scoreboard SQL counts for one unit. */
export interface ScoreboardCounts {
  unitId: string;
  bulletinPoints: number;
  praiseCount: number;
  criticismCount: number;
  admonishedPersons: string[];
  /** Applicable (live, non-split) assignments of the unit's subtree due in the year. */
  applicable: number;
  done: number;
  onTime: number;
  /** Report review decisions in the year: accepted + returned. */
  reviewed: number;
  /** …of which 退回重办. */
  returned: number;
  /** Items issued in the unit's subtree first concluded (已办结) in the year. */
  closedItems: number;
  /** …of which reopened (复查复议) since. */
  reopenedItems: number;
}

export interface ScoreboardRowValues extends ScoreboardCounts {
  year: number;
  baseScore: number;
  score: number;
  admonishment: boolean;
  personAwardIneligible: boolean;
  unitIneligible: boolean;
  completionRate: number | null;
  completionTarget: number;
  meetsCompletionTarget: boolean;
  onTimeRate: number | null;
  returnRate: number | null;
  reReviewRate: number | null;
  reReviewTarget: number;
  meetsReReviewTarget: boolean;
}

export function toScoreboardRow(c: ScoreboardCounts, year: number): ScoreboardRowValues {
  const consequences = criticismConsequences(c.criticismCount);
  const work = scoreboardRates({ total: c.applicable, done: c.done, onTime: c.onTime, reReviewed: 0 });
  const reReview = reReviewRate(c.closedItems, c.reopenedItems);
  return {
    ...c,
    year,
    baseScore: BASE_SCORE,
    score: BASE_SCORE + c.bulletinPoints,
    admonishment: consequences.admonishPerson,
    personAwardIneligible: consequences.personAwardIneligible,
    unitIneligible: consequences.unitAwardIneligible,
    completionRate: work.completionRate,
    completionTarget: COMPLETION_RATE_TARGET,
    meetsCompletionTarget: work.meetsTargets.completion,
    onTimeRate: work.onTimeRate,
    returnRate: returnRate(c.reviewed, c.returned),
    reReviewRate: reReview.rate,
    reReviewTarget: RE_REVIEW_RATE_TARGET,
    meetsReReviewTarget: reReview.meetsTarget,
  };
}
