import { IllegalTransitionError, RuleViolation } from '../common/errors';
import { AssignmentStatus as S } from './assignment-state';
import {
  blocksParentReport,
  checkCoUnitsReportable,
  checkSplitReportable,
  consolidateAchieved,
  coUnitsReportRefusal,
  checkTypedAchieved,
  composeAchieved,
  countOpenChildren,
  draftSummary,
  excerpt,
  splitReportRefusal,
} from './report-chain';
import { applicabilityChangeRefusal, leadHasReported } from './completion';

const ALL = [S.ASSIGNED, S.IN_PROGRESS, S.AWAITING_SIGNATURE, S.UNDER_REVIEW, S.DONE, S.WITHDRAWN];

function thrown(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

describe('最多报一次: which sub-units hold up the parent’s report', () => {
  it('an applicable sub-unit blocks until it is done (or withdrawn)', () => {
    expect(ALL.filter((status) => blocksParentReport({ status, notApplicable: false }))).toEqual([
      S.ASSIGNED,
      S.IN_PROGRESS,
      S.AWAITING_SIGNATURE,
      S.UNDER_REVIEW,
    ]);
  });

  it('a sub-unit marked 不适用 never blocks, whatever its status', () => {
    expect(ALL.filter((status) => blocksParentReport({ status, notApplicable: true }))).toEqual([]);
  });

  it('counts the open ones', () => {
    expect(
      countOpenChildren([
        { status: S.DONE, notApplicable: false },
        { status: S.UNDER_REVIEW, notApplicable: false },
        { status: S.ASSIGNED, notApplicable: true },
        { status: S.IN_PROGRESS, notApplicable: false },
      ]),
    ).toBe(2);
    expect(countOpenChildren([])).toBe(0);
  });
});

describe('splitReportRefusal / checkSplitReportable', () => {
  it('lets an unsplit assignment through whatever the count', () => {
    expect(splitReportRefusal({ split: false }, undefined)).toBeNull();
    expect(splitReportRefusal({ split: false }, 3)).toBeNull();
  });

  it('lets a split assignment through only when nothing is open', () => {
    expect(splitReportRefusal({ split: true }, 0)).toBeNull();
    expect(() => checkSplitReportable({ split: true, status: S.IN_PROGRESS }, 0)).not.toThrow();
  });

  it('names how many sub-units are still open, in words a clerk can act on', () => {
    const text = splitReportRefusal({ split: true }, 2)!;
    expect(text.zh).toContain('还有2个下级单位未办结');
    expect(text.zh).toContain('不适用');
    expect(text.en).toContain('2 of them are still open');
    expect(splitReportRefusal({ split: true }, 1)!.en).toContain('1 of them is still open');
  });

  it('fails closed when the count is unknown', () => {
    expect(splitReportRefusal({ split: true }, undefined)).not.toBeNull();
  });

  it('is a CONFLICT (an illegal move now), not bad input', () => {
    const e = thrown(() => checkSplitReportable({ split: true, status: S.IN_PROGRESS }, 3));
    expect(e).toBeInstanceOf(IllegalTransitionError);
    expect((e as IllegalTransitionError).text.zh).toContain('还有3个下级单位未办结');
    expect((e as IllegalTransitionError).from).toBe(S.IN_PROGRESS);
    expect((e as IllegalTransitionError).action).toBe('SUBMIT_REPORT');
  });
});

describe('composeAchieved', () => {
  it('sums the cited results', () => {
    expect(composeAchieved([{ achieved: 60 }, { achieved: 40 }])).toBe(100);
  });

  it('rounds decimal noise away', () => {
    expect(composeAchieved([{ achieved: 33.3 }, { achieved: 33.3 }, { achieved: 33.4 }])).toBe(100);
    expect(composeAchieved([{ achieved: 0.1 }, { achieved: 0.2 }])).toBe(0.3);
  });

  it('counts only reports that carry a figure, and is null when none does', () => {
    expect(composeAchieved([{ achieved: 5 }, { achieved: null }])).toBe(5);
    expect(composeAchieved([{ achieved: null }])).toBeNull();
    expect(composeAchieved([])).toBeNull();
  });
});

describe('checkTypedAchieved', () => {
  it('accepts no figure, or the composed figure itself', () => {
    expect(() => checkTypedAchieved(undefined, 100)).not.toThrow();
    expect(() => checkTypedAchieved(null, 100)).not.toThrow();
    expect(() => checkTypedAchieved(100, 100)).not.toThrow();
    expect(() => checkTypedAchieved(100.00000000001, 100)).not.toThrow();
    expect(() => checkTypedAchieved(undefined, null)).not.toThrow();
  });

  it('refuses another figure, naming both, on the achieved field', () => {
    const e = thrown(() => checkTypedAchieved(120, 100));
    expect(e).toBeInstanceOf(RuleViolation);
    expect((e as RuleViolation).field).toBe('achieved');
    expect((e as RuleViolation).text.zh).toContain('汇总为100');
    expect((e as RuleViolation).text.zh).toContain('填写了120');
  });

  it('refuses a figure when the sub-units reported none', () => {
    const e = thrown(() => checkTypedAchieved(5, null));
    expect(e).toBeInstanceOf(RuleViolation);
    expect((e as RuleViolation).text.zh).toContain('未填报完成量');
  });
});

describe('excerpt', () => {
  it('takes the first non-empty line, whitespace collapsed', () => {
    expect(excerpt('\n\n  全部完工   并验收 \n第二行')).toBe('全部完工 并验收');
  });

  it('cuts long lines with an ellipsis, counting characters not UTF-16 units', () => {
    const long = '路'.repeat(50);
    expect(excerpt(long)).toBe(`${'路'.repeat(39)}…`);
    expect(Array.from(excerpt(long)).length).toBe(40);
    expect(excerpt('𠀀'.repeat(5), 3)).toBe('𠀀𠀀…');
    expect(excerpt('')).toBe('');
  });
});

describe('draftSummary', () => {
  it('lists each sub-unit with its result and a one-line excerpt, then the total', () => {
    expect(
      draftSummary(
        [
          { unitName: '城关镇', achieved: 60, content: '60公里全部完工并验收\n附验收单' },
          { unitName: '白庙乡', achieved: 40, content: '40公里完工' },
        ],
        { targetUnit: '公里', notApplicable: 1 },
      ),
    ).toBe(
      [
        '根据2个下级单位已审核通过的办理情况报告汇总：',
        '1. 城关镇：完成60公里。60公里全部完工并验收',
        '2. 白庙乡：完成40公里。40公里完工',
        '另有1个下级单位不适用。',
        '合计完成100公里。',
      ].join('\n'),
    );
  });

  it('says 已办结 and leaves out the total when nothing is quantified', () => {
    expect(draftSummary([{ unitName: '城关镇', achieved: null, content: '已落实' }])).toBe(
      ['根据1个下级单位已审核通过的办理情况报告汇总：', '1. 城关镇：已办结。已落实'].join('\n'),
    );
  });
});

describe('主办/协办: the lead reports once its co-units are in', () => {
  it('only a lead waits, and only while a co-unit is open (unknown = open)', () => {
    expect(coUnitsReportRefusal({ role: 'CO' }, 3)).toBeNull();
    expect(coUnitsReportRefusal({}, undefined)).toBeNull();
    expect(coUnitsReportRefusal({ role: 'LEAD' }, 0)).toBeNull();
    expect(coUnitsReportRefusal({ role: 'LEAD' }, undefined)?.zh).toContain('尚未确认协办单位');
    const two = coUnitsReportRefusal({ role: 'LEAD' }, 2)!;
    expect(two.zh).toContain('还有2个协办单位未办结');
    expect(two.en).toContain('2 co-units are still open');
    expect(coUnitsReportRefusal({ role: 'LEAD' }, 1)!.en).toContain('1 co-unit is still open');
  });

  it('refuses as an illegal transition (CONFLICT), not as bad input', () => {
    const e = thrown(() => checkCoUnitsReportable({ role: 'LEAD', status: S.IN_PROGRESS }, 1));
    expect(e).toBeInstanceOf(IllegalTransitionError);
    expect(() => checkCoUnitsReportable({ role: 'LEAD', status: S.IN_PROGRESS }, 0)).not.toThrow();
    expect(() => checkCoUnitsReportable({ role: 'CO', status: S.IN_PROGRESS }, 5)).not.toThrow();
  });

  it('counts co-units with the sub-units’ test: 已办结, 不适用 and 已撤销 do not hold the lead up', () => {
    expect(
      countOpenChildren([
        { status: S.DONE, notApplicable: false },
        { status: S.IN_PROGRESS, notApplicable: true },
        { status: S.UNDER_REVIEW, notApplicable: false },
      ]),
    ).toBe(1);
  });

  it('a lead has reported once its report is composed, whatever becomes of it, until it is returned', () => {
    expect(ALL.filter(leadHasReported)).toEqual([S.AWAITING_SIGNATURE, S.UNDER_REVIEW, S.DONE]);
    expect(leadHasReported(null)).toBe(false);
    expect(leadHasReported(undefined)).toBe(false);
  });

  it('keeps a 不适用 co-unit out once its lead has reported (its report was composed without it)', () => {
    const co = { status: S.ASSIGNED, split: false, notApplicable: true, parentStatus: null };
    expect(applicabilityChangeRefusal({ ...co, leadStatus: S.IN_PROGRESS }, false)).toBeNull();
    expect(applicabilityChangeRefusal(co, false)).toBeNull();
    for (const leadStatus of [S.AWAITING_SIGNATURE, S.UNDER_REVIEW, S.DONE])
      expect(applicabilityChangeRefusal({ ...co, leadStatus }, false)?.zh).toContain('主办单位已汇总报送');
    // Marking it 不适用 stays possible.
    expect(applicabilityChangeRefusal({ ...co, notApplicable: false, leadStatus: S.DONE }, true)).toBeNull();
  });

  it('consolidates the lead’s own figure with the co-units’, never double-counting decimal noise', () => {
    expect(consolidateAchieved(50, [{ achieved: 30 }, { achieved: 20 }])).toBe(100);
    expect(consolidateAchieved(33.3, [{ achieved: 33.3 }, { achieved: 33.4 }])).toBe(100);
    expect(consolidateAchieved(null, [{ achieved: 20 }])).toBe(20);
    expect(consolidateAchieved(null, [{ achieved: null }])).toBeNull();
  });

  it('drafts a lead’s summary: its co-units and the consolidated total; a split lead lists its sub-units first', () => {
    const co = [
      { unitName: '白庙乡', achieved: 30, content: '完成30座改厕\n附照片' },
      { unitName: '睢县财政局', achieved: 20, content: '资金已拨付' },
    ];
    expect(
      draftSummary([], { targetUnit: '座', split: false, ownAchieved: 50, coUnits: co, coNotApplicable: 1 }),
    ).toBe(
      [
        '2个协办单位已审核通过的报送情况：',
        '1. 白庙乡：完成30座。完成30座改厕',
        '2. 睢县财政局：完成20座。资金已拨付',
        '另有1个协办单位不适用。',
        '主办、协办单位合计完成100座。',
      ].join('\n'),
    );
    expect(
      draftSummary([{ unitName: '城关镇', achieved: 50, content: '城关镇完成50座' }], {
        targetUnit: '座',
        coUnits: co.slice(0, 1),
      }),
    ).toBe(
      [
        '根据1个下级单位已审核通过的办理情况报告汇总：',
        '1. 城关镇：完成50座。城关镇完成50座',
        '合计完成50座。',
        '1个协办单位已审核通过的报送情况：',
        '1. 白庙乡：完成30座。完成30座改厕',
        '主办、协办单位合计完成80座。',
      ].join('\n'),
    );
    // Without co-units an unsplit assignment has nothing to draft.
    expect(draftSummary([], { split: false, ownAchieved: 5 })).toBe('');
  });
});
