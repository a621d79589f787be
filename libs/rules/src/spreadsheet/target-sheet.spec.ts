import { ItemSource } from '../registration/registration-number';
import {
  CellValue,
  isBlankRow,
  matchHeader,
  parseDeadlineCell,
  parseNumberCell,
  parseSource,
  resolveUnitName,
  splitList,
  TARGET_COLUMNS,
  TargetColumnKey,
  validateTargetRow,
} from './target-sheet';

// 2026-06-01 10:00 China time.
const NOW = new Date('2026-06-01T02:00:00Z');
const END_OF_2026_12_31 = new Date('2026-12-31T15:59:59.000Z');

describe('parseDeadlineCell', () => {
  it.each<[string, CellValue]>([
    ['an Excel date cell (wall-clock day at UTC midnight)', new Date(Date.UTC(2026, 11, 31))],
    ['an Excel serial number', 46387],
    ['ISO text', '2026-12-31'],
    ['slashes', '2026/12/31'],
    ['dots', '2026.12.31'],
    ['Chinese text', '2026年12月31日'],
    ['Chinese text with spaces and a one-digit month', '2026 年 12 月 31 日'],
  ])('reads %s as the end of that China day', (_, v) => {
    expect(parseDeadlineCell(v, NOW)).toEqual({ ok: true, value: END_OF_2026_12_31 });
  });

  it('accepts one-digit months and days', () => {
    expect(parseDeadlineCell('2026年7月1日', NOW)).toEqual({
      ok: true,
      value: new Date('2026-07-01T15:59:59.000Z'),
    });
  });

  it.each<[string, CellValue]>([
    ['words', '年底前'],
    ['a day that does not exist', '2026-02-30'],
    ['month 13', '2026-13-01'],
    ['a fraction of a day', 46387.5],
    ['a boolean', true],
    ['an invalid date', new Date(Number.NaN)],
    ['nothing', null],
  ])('refuses %s', (_, v) => {
    const r = parseDeadlineCell(v, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.zh).toContain('不是有效的日期');
  });

  it('refuses a day already past, and today itself is still allowed until its end', () => {
    const past = parseDeadlineCell('2026-05-31', NOW);
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.reason.zh).toBe('完成时限2026-05-31已过，必须晚于今天');
    expect(parseDeadlineCell('2026-06-01', NOW)).toEqual({
      ok: true,
      value: new Date('2026-06-01T15:59:59.000Z'),
    });
    expect(parseDeadlineCell('2026-06-01', new Date('2026-06-01T16:00:00Z')).ok).toBe(false);
  });
});

describe('parseNumberCell', () => {
  it.each<[CellValue, number | null]>([
    [12.5, 12.5],
    ['12.5', 12.5],
    [' 3000 ', 3000],
    ['1,200', 1200],
    ['1，200.5', 1200.5],
    [null, null],
    ['', null],
    ['  ', null],
  ])('reads %p as %p', (v, n) => {
    expect(parseNumberCell(v)).toEqual({ ok: true, value: n });
  });

  it.each<CellValue>([
    '十二',
    '12公里',
    '1.2.3',
    '12,34',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    new Date(),
  ])('refuses %p', (v) => {
    expect(parseNumberCell(v)).toEqual({ ok: false });
  });
});

describe('matchHeader', () => {
  const headers = TARGET_COLUMNS.map((c) => c.header);

  it('finds every column of the template, with or without the * of required ones, in any order', () => {
    const cells = [...headers].reverse().map((h, i) => (i % 2 ? `${h}*` : ` ${h} `));
    const { columns, issues } = matchHeader(cells);
    expect(issues).toEqual([]);
    expect(columns.get('title')).toBe(headers.length - 1 - headers.indexOf('事项名称'));
    expect(columns.size).toBe(TARGET_COLUMNS.length);
  });

  it('accepts a sheet without the optional columns', () => {
    const required = TARGET_COLUMNS.filter((c) => c.required).map((c) => c.header);
    expect(matchHeader(required).issues).toEqual([]);
  });

  it('names every unknown, repeated and missing required column', () => {
    const { issues } = matchHeader([
      '序号',
      '事项',
      '事项名称',
      '事项名称',
      '来源类型',
      '牵头单位',
      null,
      '备注',
    ]);
    expect(issues.map((i) => i.reason.zh)).toEqual([
      '表头“事项”不是模板中的列（第2列）',
      '表头“事项名称”出现了两次',
      '表头“备注”不是模板中的列（第8列）',
      '缺少必填列“工作内容/要求”',
      '缺少必填列“完成时限”',
    ]);
    expect(issues.every((i) => i.row === 1)).toBe(true);
  });

  it('refuses an empty header row', () => {
    expect(matchHeader([]).issues).toHaveLength(TARGET_COLUMNS.filter((c) => c.required).length);
  });
});

describe('lists, sources and blank rows', () => {
  it('splits 、 lists (and commas) and drops blanks', () => {
    expect(splitList('睢县、 民权县,宁陵县，、')).toEqual(['睢县', '民权县', '宁陵县']);
    expect(splitList(null)).toEqual([]);
  });

  it('reads a source by its Chinese or English label or its code', () => {
    expect(parseSource('年度目标任务')).toBe(ItemSource.ANNUAL_TARGET);
    expect(parseSource('Annual target')).toBe(ItemSource.ANNUAL_TARGET);
    expect(parseSource('HOTLINE')).toBe(ItemSource.HOTLINE);
    expect(parseSource('其他')).toBeNull();
  });

  it('treats a row holding only its 序号 as blank', () => {
    expect(
      isBlankRow(
        new Map<TargetColumnKey, CellValue>([
          ['seq', 3],
          ['title', ''],
        ]),
      ),
    ).toBe(true);
    expect(
      isBlankRow(
        new Map<TargetColumnKey, CellValue>([
          ['seq', 3],
          ['title', 'x'],
        ]),
      ),
    ).toBe(false);
  });
});

describe('validateTargetRow', () => {
  const good: Record<TargetColumnKey, CellValue> = {
    seq: 1,
    title: '新建城市道路',
    content: '年内完成主干道建设',
    source: '年度目标任务',
    lead: '睢县',
    co: '民权县、宁陵县',
    deadline: '2026-12-31',
    target: 30,
    targetUnit: '公里',
    shares: '10、10、10',
    leader: '张三',
    responsible: '李四',
  };
  const row = (over: Partial<Record<TargetColumnKey, CellValue>> = {}) =>
    new Map(Object.entries({ ...good, ...over }) as [TargetColumnKey, CellValue][]);

  it('turns a good row into an item with its units named', () => {
    const r = validateTargetRow(5, row(), NOW);
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({
      row: 5,
      title: '新建城市道路',
      content: '年内完成主干道建设',
      source: ItemSource.ANNUAL_TARGET,
      leadName: '睢县',
      coNames: ['民权县', '宁陵县'],
      deadline: END_OF_2026_12_31,
      target: 30,
      targetUnit: '公里',
      shares: [10, 10, 10],
      leaderName: '张三',
      responsiblePerson: '李四',
    });
  });

  it('lets a single unit take the whole target without shares, and an item go without a target', () => {
    expect(validateTargetRow(2, row({ co: null, shares: null }), NOW).value?.shares).toBeNull();
    const plain = validateTargetRow(2, row({ target: null, targetUnit: null, shares: null }), NOW);
    expect(plain.issues).toEqual([]);
    expect(plain.value?.target).toBeNull();
  });

  it('reports every problem of the row with its column and value', () => {
    const r = validateTargetRow(
      7,
      row({ title: ' ', source: '其他', deadline: '明年', target: '三十', co: '睢县', shares: null }),
      NOW,
    );
    expect(r.value).toBeNull();
    expect(r.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [7, '事项名称', null],
      [7, '来源类型', '其他'],
      [7, '配合单位', '睢县'],
      [7, '完成时限', '明年'],
      [7, '量化指标', '三十'],
    ]);
  });

  it('checks the shares: one per unit, numbers, adding up to the target, only with a target', () => {
    const reasons = (over: Partial<Record<TargetColumnKey, CellValue>>) =>
      validateTargetRow(2, row(over), NOW).issues.map((i) => i.reason.zh);
    expect(reasons({ shares: null })).toEqual([
      '有配合单位的量化事项须填写分解指标（按牵头单位、配合单位的顺序，用、分隔）',
    ]);
    expect(reasons({ shares: '10、20' })).toEqual([
      '填写了2个分解指标，应为3个（牵头单位和每个配合单位各一个）',
    ]);
    expect(reasons({ shares: '10、10、11' })).toEqual(['分解指标合计31，应等于量化指标30']);
    expect(reasons({ shares: '10、十、10' })).toEqual(['每个分解指标都必须是大于0的数字']);
    expect(reasons({ target: null, targetUnit: null })).toEqual(['没有量化指标，不能填写分解指标']);
    expect(reasons({ target: -3, shares: null, co: null })).toEqual(['必须大于0']);
  });

  it('refuses a past deadline and over-long text', () => {
    const r = validateTargetRow(3, row({ deadline: '2025年12月31日', title: '长'.repeat(201) }), NOW);
    expect(r.issues.map((i) => i.reason.zh)).toEqual([
      '不能超过200个字',
      '完成时限2025-12-31已过，必须晚于今天',
    ]);
  });
});

describe('resolveUnitName', () => {
  it('takes the one unit of that name', () => {
    expect(resolveUnitName('睢县', [{ id: '7', parentName: '商丘市' }])).toEqual({ ok: true, id: '7' });
  });

  it('says when no unit below bears the name, and lists the parents of namesakes', () => {
    const none = resolveUnitName('开封市', []);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason.zh).toContain('没有名为“开封市”的单位');
    const two = resolveUnitName('城关镇', [
      { id: '1', parentName: '睢县' },
      { id: '2', parentName: '民权县' },
    ]);
    expect(two.ok).toBe(false);
    if (!two.ok)
      expect(two.reason.zh).toBe('有2个单位都叫“城关镇”（上级分别为睢县、民权县），无法确定是哪一个');
  });
});
