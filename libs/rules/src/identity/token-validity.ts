/**
 * Token revocation against a user's `tokens_valid_after` (set when the user is deactivated or their
 * password is reset). A JWT's `iat` has whole seconds only, so the comparison is made in the first
 * whole second at or after the revocation: a token issued earlier in the same second as the revocation
 * is refused, and a token issued after it carries that second as its `iat` (see `issuedAtFor`).
 */

/** The first `iat` (Unix seconds) still valid after a revocation at `validAfter`. */
const firstValidSecond = (validAfter: Date) => Math.ceil(validAfter.getTime() / 1000);

/** Whether a token issued at `iat` (Unix seconds; missing counts as revoked) was revoked. */
export function tokenRevoked(iat: number | undefined, validAfter: Date | null | undefined): boolean {
  if (!validAfter) return false;
  return iat === undefined || !Number.isFinite(iat) || iat < firstValidSecond(validAfter);
}

/**
 * The `iat` to sign a new token with at `now`: the current second, or the first valid second when a
 * revocation happened earlier within this second (at most a second ahead), so a fresh sign-in is
 * never mistaken for an old token.
 */
export function issuedAtFor(now: Date, validAfter: Date | null | undefined): number {
  const current = Math.floor(now.getTime() / 1000);
  return validAfter ? Math.max(current, firstValidSecond(validAfter)) : current;
}
