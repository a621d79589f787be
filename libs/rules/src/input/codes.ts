import type { Bilingual } from '../common/bilingual';

/**
 * Code-like strings and their documented rules. The API checks them at the edge (input guard) and
 * states the rule in the schema; services may call `codeProblem` again. Surrounding whitespace is
 * ignored, as the services trim it.
 */
export interface CodeRule {
  /** The rule in words, for the schema description and the error message. */
  text: Bilingual;
  test(value: string): boolean;
}

/** 机关代字 (office prefix of registration numbers, e.g. 商督, 睢督办): 2 to 8 Chinese characters. */
export const OFFICE_PREFIX_RULE: CodeRule = {
  text: {
    zh: '机关代字须为2至8个汉字（如“商督”），不含数字、字母、空格或括号',
    en: 'An office prefix is 2 to 8 Chinese characters (e.g. 商督), without digits, letters, spaces or brackets',
  },
  test: (v) => /^\p{Script=Han}{2,8}$/u.test(v.trim()),
};

/** Usernames: 3 to 32 ASCII letters, digits, `_`, `.` or `-`. */
export const USERNAME_RULE: CodeRule = {
  text: {
    zh: '用户名须为3至32位英文字母、数字或 _ . -',
    en: 'A username is 3 to 32 letters, digits, _ . or -',
  },
  test: (v) => /^[A-Za-z0-9_.-]{3,32}$/.test(v.trim()),
};

/**
 * Subtypes of org units, as stored (the Chinese terms of the division data): counties 县/区/县级市,
 * townships 镇/乡/街道, departments 省直/市直/县直/乡直, and 其他 for development zones and the like.
 */
export const ORG_SUBTYPES = [
  '县',
  '区',
  '县级市',
  '镇',
  '乡',
  '街道',
  '省直',
  '市直',
  '县直',
  '乡直',
  '其他',
] as const;

export const ORG_SUBTYPE_RULE: CodeRule = {
  text: {
    zh: `单位子类型须为以下之一：${ORG_SUBTYPES.join('、')}`,
    en: `An org subtype is one of ${ORG_SUBTYPES.join(', ')}`,
  },
  test: (v) => (ORG_SUBTYPES as readonly string[]).includes(v.trim()),
};

/**
 * 行政区划代码 as the division data uses them: 2 digits (province), 4 (city), 6 (county level),
 * 9 (township level) or 12 (village level); each level extends its parent's code.
 */
export const DIVISION_CODE_RULE: CodeRule = {
  text: {
    zh: '行政区划代码须为2、4、6、9或12位数字',
    en: 'A division code is 2, 4, 6, 9 or 12 digits',
  },
  test: (v) => /^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/.test(v.trim()),
};

/** A division whose tree can be imported or re-synced: a province, city or county-level code. */
export function isImportableRegion(code: string): boolean {
  return /^\d{2}(\d{2}(\d{2})?)?$/.test(code);
}

export const CODE_RULES = {
  officePrefix: OFFICE_PREFIX_RULE,
  username: USERNAME_RULE,
  orgSubtype: ORG_SUBTYPE_RULE,
  divisionCode: DIVISION_CODE_RULE,
} as const;

export type CodeRuleName = keyof typeof CODE_RULES;

/** What is wrong with `value` under the named rule, or null when it complies. */
export function codeProblem(rule: CodeRuleName, value: string): Bilingual | null {
  const r = CODE_RULES[rule];
  return r.test(value) ? null : r.text;
}
