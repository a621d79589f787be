import { issuedAtFor, tokenRevoked } from './token-validity';

const at = (iso: string) => new Date(iso);
const seconds = (iso: string) => Date.parse(iso) / 1000;

describe('tokenRevoked', () => {
  const revokedAt = at('2026-03-02T08:00:00.400Z');

  it('keeps every token of a user never revoked', () => {
    expect(tokenRevoked(0, null)).toBe(false);
    expect(tokenRevoked(undefined, undefined)).toBe(false);
  });

  it('refuses tokens issued before the revocation, the same second included', () => {
    expect(tokenRevoked(seconds('2026-03-02T07:59:59Z'), revokedAt)).toBe(true);
    // iat 08:00:00 may mean 08:00:00.100, before the revocation at .400: refused.
    expect(tokenRevoked(seconds('2026-03-02T08:00:00Z'), revokedAt)).toBe(true);
  });

  it('accepts tokens of the first whole second after the revocation and later', () => {
    expect(tokenRevoked(seconds('2026-03-02T08:00:01Z'), revokedAt)).toBe(false);
    expect(tokenRevoked(seconds('2026-03-03T00:00:00Z'), revokedAt)).toBe(false);
  });

  it('on an exact second, accepts that second', () => {
    expect(tokenRevoked(seconds('2026-03-02T08:00:00Z'), at('2026-03-02T08:00:00.000Z'))).toBe(false);
    expect(tokenRevoked(seconds('2026-03-02T07:59:59Z'), at('2026-03-02T08:00:00.000Z'))).toBe(true);
  });

  it('refuses a token without a usable iat once the user was revoked', () => {
    expect(tokenRevoked(undefined, revokedAt)).toBe(true);
    expect(tokenRevoked(Number.NaN, revokedAt)).toBe(true);
  });
});

describe('issuedAtFor', () => {
  it('is the current second without a revocation, or long after one', () => {
    expect(issuedAtFor(at('2026-03-02T08:00:00.900Z'), null)).toBe(seconds('2026-03-02T08:00:00Z'));
    expect(issuedAtFor(at('2026-03-02T09:00:00.900Z'), at('2026-03-02T08:00:00.400Z'))).toBe(
      seconds('2026-03-02T09:00:00Z'),
    );
  });

  it('moves a sign-in in the same second as a revocation to the next second, so it survives', () => {
    const revokedAt = at('2026-03-02T08:00:00.400Z');
    const iat = issuedAtFor(at('2026-03-02T08:00:00.700Z'), revokedAt);
    expect(iat).toBe(seconds('2026-03-02T08:00:01Z'));
    expect(tokenRevoked(iat, revokedAt)).toBe(false);
  });

  it('never issues a token the revocation refuses, whatever the millisecond', () => {
    const revokedAt = at('2026-03-02T08:00:00.400Z');
    for (let ms = 400; ms < 2000; ms += 50) {
      const now = new Date(revokedAt.getTime() + ms - 400);
      expect(tokenRevoked(issuedAtFor(now, revokedAt), revokedAt)).toBe(false);
    }
  });
});
