import type { Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';
import { Role } from './role';

/**
 * 访问令牌 (personal access tokens) for leaders' outside tools: `dbpat_` and 43 base64url characters
 * (32 random bytes). Only a SHA-256 of the whole token is stored; the first characters are kept to
 * tell tokens apart in lists.
 */
export const ACCESS_TOKEN_PREFIX = 'dbpat_';
export const ACCESS_TOKEN_PATTERN = /^dbpat_[A-Za-z0-9_-]{43}$/;
/** `dbpat_` and 4 characters of the secret, shown in lists. */
export const ACCESS_TOKEN_DISPLAY_LENGTH = ACCESS_TOKEN_PREFIX.length + 4;
export const ACCESS_TOKEN_NAME_MAX = 64;
/** A token lives at most a year; without an expiry it gets 90 days. */
export const ACCESS_TOKEN_MAX_DAYS = 365;
export const ACCESS_TOKEN_DEFAULT_DAYS = 90;
/** Live (unrevoked, unexpired) tokens per user. */
export const ACCESS_TOKEN_MAX_LIVE = 20;

const DAY = 86_400_000;

export const ACCESS_TOKEN_TEXT = {
  readOnly: {
    zh: '访问令牌为只读，不能执行修改操作',
    en: 'Access tokens are read-only: they cannot run mutations',
  },
  invalid: { zh: '访问令牌无效', en: 'The access token is not valid' },
  revoked: { zh: '访问令牌已撤销', en: 'The access token has been revoked' },
  expired: { zh: '访问令牌已过期', en: 'The access token has expired' },
  ownerInactive: {
    zh: '访问令牌所属用户已停用或已不在该单位范围内',
    en: 'The access token’s user is deactivated or no longer over its unit',
  },
} satisfies Record<string, Bilingual>;

/**
 * The token's name (trimmed) and expiry as stored, or a RuleViolation naming the field: a name of 1–64
 * characters; an expiry after `now` and at most ACCESS_TOKEN_MAX_DAYS ahead (default 90 days).
 */
export function accessTokenTerms(
  input: { name: string; expiresAt?: Date | null },
  now: Date,
): { name: string; expiresAt: Date } {
  const name = input.name.trim();
  if (!name || [...name].length > ACCESS_TOKEN_NAME_MAX)
    throw new RuleViolation(
      {
        zh: `令牌名称须为1–${ACCESS_TOKEN_NAME_MAX}个字符`,
        en: `The token name must be 1–${ACCESS_TOKEN_NAME_MAX} characters`,
      },
      'name',
    );
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + ACCESS_TOKEN_DEFAULT_DAYS * DAY);
  if (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= now.getTime())
    throw new RuleViolation(
      { zh: '到期时间须晚于当前时间', en: 'The expiry must be in the future' },
      'expiresAt',
    );
  if (expiresAt.getTime() > now.getTime() + ACCESS_TOKEN_MAX_DAYS * DAY)
    throw new RuleViolation(
      {
        zh: `到期时间最长为${ACCESS_TOKEN_MAX_DAYS}天之内`,
        en: `The expiry can be at most ${ACCESS_TOKEN_MAX_DAYS} days ahead`,
      },
      'expiresAt',
    );
  return { name, expiresAt };
}

/** Why a stored token does not sign in (null: it does), checked in this order. */
export function accessTokenRefusal(
  t: { revokedAt: Date | null; expiresAt: Date; ownerActive: boolean; withinOwner: boolean },
  now: Date,
): Bilingual | null {
  if (t.revokedAt) return ACCESS_TOKEN_TEXT.revoked;
  if (t.expiresAt.getTime() <= now.getTime()) return ACCESS_TOKEN_TEXT.expired;
  if (!t.ownerActive || !t.withinOwner) return ACCESS_TOKEN_TEXT.ownerInactive;
  return null;
}

export enum AccessTokenStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export function accessTokenStatus(
  t: { revokedAt: Date | null; expiresAt: Date },
  now: Date,
): AccessTokenStatus {
  if (t.revokedAt) return AccessTokenStatus.REVOKED;
  return t.expiresAt.getTime() <= now.getTime() ? AccessTokenStatus.EXPIRED : AccessTokenStatus.ACTIVE;
}

/** What may be done with a token (the admin offers exactly these). */
export enum AccessTokenOperation {
  REVOKE = 'REVOKE',
}

/**
 * 撤销: the token's own user, or an administrator whose subtree holds that user (`ownerInScope`).
 * Nobody else, not even a superior: a token is its user's business.
 */
export function revokeAccessTokenRefusal(
  viewer: { userId: string; roles: readonly Role[] },
  t: { userId: string; ownerInScope: boolean },
): Bilingual | null {
  if (String(t.userId) === String(viewer.userId)) return null;
  if (viewer.roles.includes(Role.ADMIN) && t.ownerInScope) return null;
  return {
    zh: '只有令牌所属用户或管辖该用户的系统管理员可以撤销此令牌',
    en: 'Only the token’s user or an administrator over that user can revoke it',
  };
}

export function allowedAccessTokenOperations(
  viewer: { userId: string; roles: readonly Role[] },
  t: { userId: string; ownerInScope: boolean; revokedAt: Date | null },
): AccessTokenOperation[] {
  return !t.revokedAt && revokeAccessTokenRefusal(viewer, t) === null ? [AccessTokenOperation.REVOKE] : [];
}
