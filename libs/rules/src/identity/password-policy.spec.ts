import { RuleViolation } from '../common/errors';
import {
  assertPasswordAcceptable,
  PASSWORD_MAX_LENGTH,
  PASSWORD_REASONS,
  passwordProblems,
} from './password-policy';

describe('passwordProblems (密码策略)', () => {
  it.each([
    'Duban@2026', // the demo password: 10 characters, four classes
    'Shangqiu2026', // upper, lower, digits
    'correct horse 7', // lower, digit, symbol (space)
    'GREEN-tea-pot', // upper, lower, symbol
    '督查督办Abc2026', // Chinese characters count as symbols
    'x'.repeat(PASSWORD_MAX_LENGTH - 3) + 'A1!',
  ])('accepts %j', (password) => {
    expect(passwordProblems(password, { username: 'city_supervisor' })).toEqual([]);
  });

  it('needs 10 characters as a person counts them', () => {
    expect(passwordProblems('Abc12345!')).toEqual([PASSWORD_REASONS.tooShort]);
    expect(passwordProblems('Abc123456!')).toEqual([]);
    // Nine Chinese characters and a digit and a letter: 11 characters, not 29 bytes.
    expect(passwordProblems('督查督办平台一二三4A')).toEqual([]);
    expect(passwordProblems('督查督办4A')).toEqual([PASSWORD_REASONS.tooShort]);
    expect(passwordProblems('')).toEqual([PASSWORD_REASONS.tooShort, PASSWORD_REASONS.classes]);
  });

  it('refuses more than the maximum length', () => {
    expect(passwordProblems('Aa1!' + 'x'.repeat(PASSWORD_MAX_LENGTH))).toEqual([PASSWORD_REASONS.tooLong]);
  });

  it.each([
    ['only lower-case and digits', 'abcdefgh1234'],
    ['only upper-case and digits', 'ABCDEFGH1234'],
    ['only letters', 'AbcdefGhijkl'],
    ['only digits and symbols', '1234567890!@'],
    ['one class', 'abcdefghijkl'],
  ])('needs three of four classes: refuses %s', (_what, password) => {
    expect(passwordProblems(password)).toEqual([PASSWORD_REASONS.classes]);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblems('Zhangsan2026', { username: 'zhangsan' })).toEqual([PASSWORD_REASONS.username]);
    expect(passwordProblems('my-ZHANGSAN-7x', { username: 'zhangsan' })).toEqual([PASSWORD_REASONS.username]);
    expect(passwordProblems('Zhangsan2026', { username: '  ZhangSan ' })).toEqual([
      PASSWORD_REASONS.username,
    ]);
    expect(passwordProblems('Zhangsan2026', { username: 'lisi' })).toEqual([]);
    // Without a username (or an impossible short one) the rule does not apply.
    expect(passwordProblems('Zhangsan2026')).toEqual([]);
    expect(passwordProblems('Zhangsan2026', { username: 'an' })).toEqual([]);
  });

  it.each(['Password123', 'P@ssw0rd123', 'Admin@12345', 'QwErTy123456', '1qaz@WSX3edc', 'Woaini@1314'])(
    'refuses the common password %j (without regard to case)',
    (password) => {
      expect(passwordProblems(password)).toEqual([PASSWORD_REASONS.common]);
    },
  );

  it('lists every problem, in policy order', () => {
    expect(passwordProblems('admin', { username: 'admin' })).toEqual([
      PASSWORD_REASONS.tooShort,
      PASSWORD_REASONS.classes,
      PASSWORD_REASONS.username,
    ]);
  });

  it('states each reason in both languages', () => {
    for (const reason of Object.values(PASSWORD_REASONS)) {
      expect(reason.zh).toMatch(/密码/);
      expect(reason.en).toMatch(/password/i);
    }
  });
});

describe('assertPasswordAcceptable', () => {
  it('throws one RuleViolation on the password field naming every problem', () => {
    let error: unknown;
    try {
      assertPasswordAcceptable('short1', { username: 'someone' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({
      field: 'password',
      text: {
        zh: `${PASSWORD_REASONS.tooShort.zh}；${PASSWORD_REASONS.classes.zh}`,
        en: `${PASSWORD_REASONS.tooShort.en}; ${PASSWORD_REASONS.classes.en}`,
      },
    });
  });

  it('passes an acceptable password', () => {
    expect(() => assertPasswordAcceptable('Suixian2026', { username: 'sx_admin' })).not.toThrow();
  });
});
