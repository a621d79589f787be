import { joinBilingual, type Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';

/**
 * 密码策略: what a new password must be, checked by the API wherever a password is set (new user,
 * reset) and by the admin's forms before sending, with the same words.
 */
export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length; the cap only keeps hashing cheap for absurd inputs. */
export const PASSWORD_MAX_LENGTH = 128;

/** The policy in one sentence, for form hints and the schema description. */
export const PASSWORD_POLICY_TEXT: Bilingual = {
  zh: `密码须为${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH}个字符，包含大写字母、小写字母、数字、符号中的至少三类，不含用户名，且不是常见密码`,
  en: `A password has ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters, at least three of upper-case letters, lower-case letters, digits and symbols, does not contain the username and is not a common password`,
};

export const PASSWORD_REASONS = {
  tooShort: {
    zh: `密码至少${PASSWORD_MIN_LENGTH}个字符`,
    en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  tooLong: {
    zh: `密码不能超过${PASSWORD_MAX_LENGTH}个字符`,
    en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  classes: {
    zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'The password needs at least three of: upper-case letters, lower-case letters, digits, symbols',
  },
  username: { zh: '密码不能包含用户名', en: 'The password must not contain the username' },
  common: { zh: '密码过于常见，容易被猜中', en: 'The password is too common and easy to guess' },
} as const satisfies Record<string, Bilingual>;

/**
 * Common passwords that would otherwise pass the length and class rules (compared without case):
 * the usual keyboard walks, "password"/"admin" variants and the patterns popular in Chinese leaks.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password123',
  'password1234',
  'password@123',
  'password#123',
  'password123!',
  'passw0rd123',
  'p@ssw0rd123',
  'p@ssword123',
  'p@ssw0rd1234',
  'p@$$w0rd123',
  'admin@12345',
  'admin@123456',
  'admin123456',
  'admin12345!',
  'administrator1',
  'administrator123',
  'qwerty123456',
  'qwerty@1234',
  'qwerty@123',
  'qwer1234!@#$',
  'qwe123!@#qwe',
  '1qaz2wsx3edc',
  '1qaz@wsx3edc',
  '1qaz!qaz2wsx',
  '1qaz@wsx#edc',
  'zaq12wsxcde3',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t!',
  'q1w2e3r4t5y6',
  'abc123456789',
  'abc@12345678',
  'abcd@123456',
  'abcd1234!@#$',
  'aa123456789',
  'aa12345678!',
  'a123456789!',
  'welcome@123',
  'welcome123!',
  'welcome1234',
  'changeme123',
  'letmein12345',
  'iloveyou123',
  'iloveyou1314',
  'woaini1314!',
  'woaini@1314',
  'woaini1314520',
  'test@123456',
  'root@123456',
  'huawei@1234',
  'huawei12#$',
  'sunshine123!',
  'football123!',
  'baseball123!',
  'master@12345',
  'dragon@12345',
  'monkey@12345',
  'trustno1234!',
  'zxcvbnm123!',
  'asdf1234!@#$',
  'china@123456',
  'beijing@123',
  'duban@123456',
]);

type CharClass = 'lower' | 'upper' | 'digit' | 'symbol';

function classOf(ch: string): CharClass {
  if (/[a-z]/.test(ch)) return 'lower';
  if (/[A-Z]/.test(ch)) return 'upper';
  if (/[0-9]/.test(ch)) return 'digit';
  // Anything else (punctuation, spaces, Chinese characters) widens the alphabet like a symbol does.
  return 'symbol';
}

/** Length in characters as a person counts them (a Chinese character or an emoji is one). */
const lengthOf = (s: string) => Array.from(s).length;

/**
 * Every reason the password breaks the policy, in policy order; empty when it is acceptable.
 * `username` is the account's (a new user's, or the one being reset).
 */
export function passwordProblems(password: string, context: { username?: string | null } = {}): Bilingual[] {
  const problems: Bilingual[] = [];
  const length = lengthOf(password);
  if (length < PASSWORD_MIN_LENGTH) problems.push(PASSWORD_REASONS.tooShort);
  if (length > PASSWORD_MAX_LENGTH) problems.push(PASSWORD_REASONS.tooLong);
  if (new Set(Array.from(password, classOf)).size < 3) problems.push(PASSWORD_REASONS.classes);
  const username = context.username?.trim().toLowerCase() ?? '';
  const lower = password.toLowerCase();
  // Usernames have at least 3 characters; a shorter one (never valid) would match too much.
  if (username.length >= 3 && lower.includes(username)) problems.push(PASSWORD_REASONS.username);
  if (COMMON_PASSWORDS.has(lower)) problems.push(PASSWORD_REASONS.common);
  return problems;
}

/** Throws a RuleViolation on `password` (the API answers BAD_USER_INPUT) naming every problem. */
export function assertPasswordAcceptable(password: string, context: { username?: string | null } = {}): void {
  const problems = passwordProblems(password, context);
  if (problems.length) throw new RuleViolation(joinBilingual(problems), 'password');
}
