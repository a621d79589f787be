import { PASSWORD_MAX_LENGTH } from '../identity/password-policy';

/**
 * The longest text each input accepts, in UTF-16 code units (JavaScript's `length`, which the browser's
 * `maxLength` counts too). A code unit is never less than a PostgreSQL character, so a value within its
 * limit always fits a `varchar(n)` column of the same n. The API enforces these at the edge (input guard)
 * and states them in the schema; the admin sets the same numbers as `maxLength` on its inputs.
 */
export const TEXT_LIMITS = {
  /** Org unit names (`org_unit.name varchar(100)`). */
  unitName: 100,
  /** People: display names, 分管领导, 责任人 (`varchar(64)` columns). */
  personName: 64,
  /** A username as created (see USERNAME_RULE); sign-in accepts up to the column's 64. */
  username: 32,
  usernameLogin: 64,
  password: PASSWORD_MAX_LENGTH,
  /** 访问令牌 names (`personal_access_token.name varchar(64)`). */
  accessTokenName: 64,
  /** Titles of items and bulletins (`title varchar(200)`). */
  title: 200,
  /** 类别 (`category varchar(40)`). */
  category: 40,
  /** Unit of a quantified target, e.g. 万元 (`target_unit varchar(16)`). */
  targetUnit: 16,
  /** 机关代字 (see OFFICE_PREFIX_RULE; `reg_prefix varchar(16)`). */
  officePrefix: 8,
  /** Org subtypes such as 县直 (`subtype varchar(16)`). */
  orgSubtype: 16,
  /** Reasons, opinions, comments, resolutions, urge texts. */
  reason: 2000,
  /** 进展情况. */
  progressText: 5000,
  /** 通报正文. */
  bulletinBody: 5000,
  /** Item content, requirements, 领导批示, report content, 结果反馈. */
  longText: 20_000,
  /** Search boxes and keyword filters. */
  search: 100,
  /** A China-time date, YYYY-MM-DD. */
  date: 10,
  /** A milestone's (节点) description. */
  milestoneNote: 200,
  /** An uploaded file's name (the stored_file column). */
  fileName: 255,
  /** 核验码 as typed from paper (16 characters, with dashes or spaces). */
  verificationCode: 40,
  /** A SHA-256 in hex. */
  sha256: 64,
  /** Background job ids (`evt-123.1`, `42`): BullMQ's, not database ids. */
  jobId: 100,
  /** Page cursors (`pageInfo.endCursor`): a signed, base64url sort key. */
  cursor: 4096,
  /** Any string argument or input field that declares no limit of its own. */
  fallback: 200,
} as const;

export type TextLimitName = keyof typeof TEXT_LIMITS;
