import { BulletinKind as K, BulletinLevel as L } from '@duban/rules';
import { AppError } from '@duban/platform';
import {
  BASE_SCORE,
  BODY_MAX,
  normalizeBulletinInput,
  queryYear,
  ScoreboardCounts,
  scoreEntryFor,
  toScoreboardRow,
  yearRange,
} from './assessment.logic';

// 2026-01-01 00:30 in Shanghai is still 2025 in UTC: the year must follow Shanghai.
const NEW_YEAR_NIGHT = new Date('2025-12-31T16:30:00Z');
const valid = {
  kind: K.CRITICISM,
  level: L.OFFICE,
  targetUnitIds: [' 12 ', '3', '012', '3'],
  title: '  关于某镇工作落实不力的通报 ',
  body: '正文',
};

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('normalizeBulletinInput', () => {
  it('trims, dedupes and sorts the target ids numerically, and defaults the year to Shanghai’s', () => {
    expect(normalizeBulletinInput(valid, NEW_YEAR_NIGHT)).toEqual({
      kind: K.CRITICISM,
      level: L.OFFICE,
      targetUnitIds: ['3', '12'],
      itemId: null,
      responsiblePerson: null,
      title: '关于某镇工作落实不力的通报',
      body: '正文',
      year: 2026,
    });
    expect(normalizeBulletinInput({ ...valid, year: 2025 }, NEW_YEAR_NIGHT).year).toBe(2025);
  });

  it.each([
    [{ targetUnitIds: [] }, 'targetUnitIds', '请至少选择一个被通报单位'],
    [{ targetUnitIds: ['  '] }, 'targetUnitIds', '请至少选择一个被通报单位'],
    [{ kind: 'BLAME' }, 'kind', '未知的通报类型：BLAME（应为通报表扬或通报批评）'],
    [{ level: 'COUNTY' }, 'level', '未知的通报级别：COUNTY（应为督查委员会或督查室）'],
    [{ title: ' ' }, 'title', '请填写通报标题'],
    [{ body: 'x'.repeat(BODY_MAX + 1) }, 'body', `通报正文不能超过${BODY_MAX}字`],
    [{ responsiblePerson: '张'.repeat(65) }, 'responsiblePerson', '责任人姓名不能超过64字'],
    [{ year: 2024 }, 'year', '考评年度只能是2025年或2026年'],
    [{ year: 2027 }, 'year', '考评年度只能是2025年或2026年'],
    [{ year: 2025.5 }, 'year', '考评年度只能是2025年或2026年'],
  ])('refuses %j as BAD_USER_INPUT on its field, in both languages', (patch, field, zh) => {
    const err = refusal(() => normalizeBulletinInput({ ...valid, ...patch }, NEW_YEAR_NIGHT));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.field).toBe(field);
    expect(err.text.zh).toBe(zh);
    expect(err.text.en).toMatch(/^[A-Z]/);
  });

  it('refuses more than 100 units at once', () => {
    const ids = Array.from({ length: 101 }, (_, i) => String(i + 1));
    expect(
      refusal(() => normalizeBulletinInput({ ...valid, targetUnitIds: ids }, NEW_YEAR_NIGHT)).text.en,
    ).toBe('A bulletin can name at most 100 units');
  });
});

describe('scoreEntryFor', () => {
  it('scores praise without consequences', () => {
    expect(scoreEntryFor(K.PRAISE, L.COMMITTEE, 5)).toEqual({
      points: 5,
      criticismSeq: null,
      admonish: false,
      personAwardIneligible: false,
      unitAwardIneligible: false,
    });
  });

  it('numbers criticisms and escalates from the 2nd (person) and the 3rd (unit)', () => {
    const rows = [0, 1, 2].map((prior) => scoreEntryFor(K.CRITICISM, L.OFFICE, prior));
    expect(
      rows.map((r) => [r.points, r.criticismSeq, r.admonish, r.personAwardIneligible, r.unitAwardIneligible]),
    ).toEqual([
      [-3, 1, false, false, false],
      [-3, 2, true, true, false],
      [-3, 3, true, true, true],
    ]);
  });
});

describe('years', () => {
  it('bounds a year by Shanghai midnights', () => {
    expect(yearRange(2026)).toEqual({
      from: new Date('2025-12-31T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    });
  });

  it('defaults a query year to the current Shanghai year and refuses absurd ones', () => {
    expect(queryYear(undefined, NEW_YEAR_NIGHT)).toBe(2026);
    expect(queryYear(2019, NEW_YEAR_NIGHT)).toBe(2019);
    expect(refusal(() => queryYear(99999, NEW_YEAR_NIGHT)).code).toBe('BAD_USER_INPUT');
  });
});

describe('toScoreboardRow', () => {
  const counts: ScoreboardCounts = {
    unitId: '7',
    bulletinPoints: -1,
    praiseCount: 1,
    criticismCount: 2,
    admonishedPersons: ['张三'],
    applicable: 4,
    done: 2,
    onTime: 1,
    reviewed: 4,
    returned: 1,
    closedItems: 10,
    reopenedItems: 1,
  };

  it('adds the bulletin points to the base score and derives the flags from the criticism count', () => {
    const row = toScoreboardRow(counts, 2026);
    expect(row).toMatchObject({
      year: 2026,
      baseScore: BASE_SCORE,
      score: 99,
      admonishment: true,
      personAwardIneligible: true,
      unitIneligible: false,
      admonishedPersons: ['张三'],
    });
    expect(toScoreboardRow({ ...counts, criticismCount: 3 }, 2026).unitIneligible).toBe(true);
  });

  it('computes 办结率, on-time rate, 退回率 (reports) and 复查复议率 (items) with their targets', () => {
    expect(toScoreboardRow(counts, 2026)).toMatchObject({
      completionRate: 0.5,
      completionTarget: 1,
      meetsCompletionTarget: false,
      onTimeRate: 0.5,
      returnRate: 0.25,
      reReviewRate: 0.1,
      reReviewTarget: 0.04,
      meetsReReviewTarget: false,
    });
    // Exactly 4% meets the target; more does not.
    const at = (closedItems: number, reopenedItems: number) =>
      toScoreboardRow({ ...counts, closedItems, reopenedItems }, 2026).meetsReReviewTarget;
    expect(at(25, 1)).toBe(true);
    expect(at(24, 1)).toBe(false);
  });

  it('keeps the two rates apart: returned reports do not make a re-review, nor the reverse', () => {
    const reportsOnly = toScoreboardRow({ ...counts, reviewed: 4, returned: 4, reopenedItems: 0 }, 2026);
    expect(reportsOnly).toMatchObject({ returnRate: 1, reReviewRate: 0, meetsReReviewTarget: true });
    const itemsOnly = toScoreboardRow({ ...counts, returned: 0, closedItems: 2, reopenedItems: 2 }, 2026);
    expect(itemsOnly).toMatchObject({ returnRate: 0, reReviewRate: 1, meetsReReviewTarget: false });
  });

  it('leaves rates null and targets met for an empty year', () => {
    const empty = {
      ...counts,
      applicable: 0,
      done: 0,
      onTime: 0,
      reviewed: 0,
      returned: 0,
      closedItems: 0,
      reopenedItems: 0,
    };
    expect(toScoreboardRow(empty, 2026)).toMatchObject({
      completionRate: null,
      onTimeRate: null,
      returnRate: null,
      reReviewRate: null,
      meetsCompletionTarget: true,
      meetsReReviewTarget: true,
    });
  });
});
