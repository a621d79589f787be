import { RuleViolation } from '../common/errors';
import { Role } from './role';
import {
  AccessTokenOperation,
  AccessTokenStatus,
  accessTokenStatus,
  allowedAccessTokenOperations,
  revokeAccessTokenRefusal,
  ACCESS_TOKEN_MAX_DAYS,
  ACCESS_TOKEN_TEXT,
  accessTokenRefusal,
  accessTokenTerms,
} from './access-token';

const NOW = new Date('2026-11-27T08:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

function refusal(input: Parameters<typeof accessTokenTerms>[0]) {
  try {
    accessTokenTerms(input, NOW);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(RuleViolation);
    return (err as RuleViolation).field;
  }
}

describe('accessTokenTerms (访问令牌)', () => {
  it('trims the name and defaults the expiry to 90 days', () => {
    expect(accessTokenTerms({ name: '  周报工具 ' }, NOW)).toEqual({ name: '周报工具', expiresAt: days(90) });
  });

  it('accepts an expiry up to the maximum, to the millisecond', () => {
    expect(accessTokenTerms({ name: 'x', expiresAt: days(ACCESS_TOKEN_MAX_DAYS) }, NOW).expiresAt).toEqual(
      days(ACCESS_TOKEN_MAX_DAYS),
    );
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name of 65 characters', { name: '令'.repeat(65) }, 'name'],
    ['an expiry now', { name: 'x', expiresAt: NOW }, 'expiresAt'],
    ['an expiry in the past', { name: 'x', expiresAt: days(-1) }, 'expiresAt'],
    ['an expiry beyond a year', { name: 'x', expiresAt: days(ACCESS_TOKEN_MAX_DAYS + 0.001) }, 'expiresAt'],
    ['an invalid date', { name: 'x', expiresAt: new Date('nope') }, 'expiresAt'],
  ])('refuses %s on its field', (_what, input, field) => {
    expect(refusal(input)).toBe(field);
  });

  it('counts characters as a person does: 64 Chinese characters are fine', () => {
    expect(refusal({ name: '令'.repeat(64) })).toBeNull();
  });
});

describe('accessTokenRefusal', () => {
  const live = { revokedAt: null, expiresAt: days(1), ownerActive: true, withinOwner: true };
  it('lets a live token of an active owner sign in', () => {
    expect(accessTokenRefusal(live, NOW)).toBeNull();
  });
  it('names revocation, expiry and the owner', () => {
    expect(accessTokenRefusal({ ...live, revokedAt: NOW }, NOW)).toBe(ACCESS_TOKEN_TEXT.revoked);
    expect(accessTokenRefusal({ ...live, expiresAt: NOW }, NOW)).toBe(ACCESS_TOKEN_TEXT.expired);
    expect(accessTokenRefusal({ ...live, ownerActive: false }, NOW)).toBe(ACCESS_TOKEN_TEXT.ownerInactive);
    expect(accessTokenRefusal({ ...live, withinOwner: false }, NOW)).toBe(ACCESS_TOKEN_TEXT.ownerInactive);
  });
});

describe('revokeAccessTokenRefusal (撤销令牌)', () => {
  const token = { userId: '7', ownerInScope: true, revokedAt: null };
  it('lets the owner and an administrator over the owner revoke', () => {
    expect(revokeAccessTokenRefusal({ userId: '7', roles: [Role.LEADER] }, token)).toBeNull();
    expect(revokeAccessTokenRefusal({ userId: '1', roles: [Role.ADMIN] }, token)).toBeNull();
  });
  it('refuses anybody else, a superior without ADMIN and an administrator not over the owner', () => {
    expect(
      revokeAccessTokenRefusal({ userId: '1', roles: [Role.LEADER, Role.SUPERVISOR] }, token),
    ).not.toBeNull();
    expect(
      revokeAccessTokenRefusal({ userId: '1', roles: [Role.ADMIN] }, { ...token, ownerInScope: false }),
    ).not.toBeNull();
  });
  it('offers REVOKE only while the token is not revoked', () => {
    const owner = { userId: '7', roles: [Role.LEADER] };
    expect(allowedAccessTokenOperations(owner, token)).toEqual([AccessTokenOperation.REVOKE]);
    expect(allowedAccessTokenOperations(owner, { ...token, revokedAt: NOW })).toEqual([]);
  });
  it('tells the status', () => {
    expect(accessTokenStatus({ revokedAt: null, expiresAt: days(1) }, NOW)).toBe(AccessTokenStatus.ACTIVE);
    expect(accessTokenStatus({ revokedAt: null, expiresAt: NOW }, NOW)).toBe(AccessTokenStatus.EXPIRED);
    expect(accessTokenStatus({ revokedAt: NOW, expiresAt: days(1) }, NOW)).toBe(AccessTokenStatus.REVOKED);
  });
});
