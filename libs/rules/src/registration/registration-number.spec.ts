import { RuleViolation } from '../common/errors';
import {
  formatRegistrationNumber,
  ITEM_SOURCE_LABELS,
  ITEM_SOURCES,
  ItemSource,
  parseRegistrationNumber,
} from './registration-number';

describe('registration numbers', () => {
  it('formats the office style', () => {
    expect(formatRegistrationNumber('商督', 2026, 17)).toBe('商督〔2026〕17号');
    expect(formatRegistrationNumber('睢督办', 2026, 1)).toBe('睢督办〔2026〕1号');
  });

  it('parses its own output back', () => {
    for (const [prefix, year, seq] of [
      ['商督', 2026, 17],
      ['睢督办', 2025, 1],
      ['宁陵督', 2030, 12345],
    ] as const) {
      expect(parseRegistrationNumber(formatRegistrationNumber(prefix, year, seq))).toEqual({
        prefix,
        year,
        seq,
      });
    }
  });

  it('tolerates the brackets people type instead of 〔〕', () => {
    expect(parseRegistrationNumber('商督[2026]17号')).toEqual({ prefix: '商督', year: 2026, seq: 17 });
    expect(parseRegistrationNumber(' 商督［2026］17号 ')).toEqual({ prefix: '商督', year: 2026, seq: 17 });
  });

  it('returns null for malformed numbers', () => {
    for (const bad of [
      '',
      '商督2026 17号',
      '〔2026〕17号',
      '商督〔26〕17号',
      '商督〔2026〕017号',
      '商督〔2026〕0号',
      '商督〔2026〕17',
      '商督〔2026〕17号x',
      '商 督〔2026〕17号',
    ]) {
      expect([bad, parseRegistrationNumber(bad)]).toEqual([bad, null]);
    }
  });

  it('refuses bad parts', () => {
    expect(() => formatRegistrationNumber('', 2026, 1)).toThrow(RuleViolation);
    expect(() => formatRegistrationNumber('商督〔', 2026, 1)).toThrow(RuleViolation);
    expect(() => formatRegistrationNumber('商督2', 2026, 1)).toThrow(RuleViolation);
    expect(() => formatRegistrationNumber('商督', 26, 1)).toThrow(RangeError);
    expect(() => formatRegistrationNumber('商督', 2026, 0)).toThrow(RangeError);
    expect(() => formatRegistrationNumber('商督', 2026, 1.5)).toThrow(RangeError);
  });
});

describe('item sources', () => {
  it('lists the six sources with their labels', () => {
    expect(ITEM_SOURCES).toHaveLength(6);
    expect(ITEM_SOURCES.map((s) => ITEM_SOURCE_LABELS[s].zh)).toEqual([
      '领导批示',
      '常委会/常务会决定事项',
      '年度目标任务',
      '上级交办',
      '民意快线/群众来信',
      '专项督查',
    ]);
    expect(ItemSource.HOTLINE).toBe('HOTLINE');
  });
});
