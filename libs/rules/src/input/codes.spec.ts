import {
  codeProblem,
  DIVISION_CODE_RULE,
  isImportableRegion,
  OFFICE_PREFIX_RULE,
  ORG_SUBTYPE_RULE,
  USERNAME_RULE,
} from './codes';
import { TEXT_LIMITS } from './limits';

describe('office prefix (机关代字)', () => {
  it.each(['商督', '睢督办', '宁陵督查', '国务院办公厅督', ' 商督 '])('accepts %p', (v) =>
    expect(OFFICE_PREFIX_RULE.test(v)).toBe(true),
  );

  it.each([
    ['one character', '督'],
    ['nine characters', '一二三四五六七八九'],
    ['Latin letters', 'SQ督'],
    ['digits', '商督1'],
    ['brackets', '商督〔'],
    ['an inner space', '商 督'],
    ['blank', '   '],
    ['empty', ''],
    ['a full-width bracket', '商督［'],
  ])('refuses %s', (_, v) => expect(OFFICE_PREFIX_RULE.test(v)).toBe(false));

  it('fits its column and the registration number limit with the series suffix', () => {
    // reg_prefix varchar(16); formatRegistrationNumber takes prefix + 催/通 up to 20 characters.
    expect(TEXT_LIMITS.officePrefix + 1).toBeLessThanOrEqual(16);
  });

  it('states the rule in both languages', () => {
    expect(codeProblem('officePrefix', 'x')).toEqual(OFFICE_PREFIX_RULE.text);
    expect(OFFICE_PREFIX_RULE.text.zh).toMatch(/2至8个汉字/);
    expect(OFFICE_PREFIX_RULE.text.en).toMatch(/2 to 8 Chinese characters/);
    expect(codeProblem('officePrefix', '商督')).toBeNull();
  });
});

describe('username', () => {
  it.each(['abc', 'city_supervisor', 'li.ming-2', 'a'.repeat(32)])('accepts %p', (v) =>
    expect(USERNAME_RULE.test(v)).toBe(true),
  );
  it.each(['ab', 'a'.repeat(33), '张三', 'a b', 'a@b', 'x;drop'])('refuses %p', (v) =>
    expect(USERNAME_RULE.test(v)).toBe(false),
  );
  it('matches the length limit the admin form uses', () => {
    expect(USERNAME_RULE.test('a'.repeat(TEXT_LIMITS.username))).toBe(true);
    expect(USERNAME_RULE.test('a'.repeat(TEXT_LIMITS.username + 1))).toBe(false);
  });
});

describe('org subtype', () => {
  it.each(['县', '区', '县级市', '街道', '县直', '其他'])('accepts %p', (v) =>
    expect(ORG_SUBTYPE_RULE.test(v)).toBe(true),
  );
  it.each(['县城', 'COUNTY', '', '直'])('refuses %p', (v) => expect(ORG_SUBTYPE_RULE.test(v)).toBe(false));
});

describe('division codes', () => {
  it.each(['41', '4114', '411422', '411422105', '411422105001'])('accepts %p', (v) =>
    expect(DIVISION_CODE_RULE.test(v)).toBe(true),
  );
  it.each(['4', '411', '41142', '4114221', '4114221050011', '41a4', '411422-M01'])('refuses %p', (v) =>
    expect(DIVISION_CODE_RULE.test(v)).toBe(false),
  );
  it('imports provinces, cities and county-level divisions only', () => {
    expect(['41', '4114', '411422'].map(isImportableRegion)).toEqual([true, true, true]);
    expect(['411422105', '411422-M01', ''].map(isImportableRegion)).toEqual([false, false, false]);
  });
});
