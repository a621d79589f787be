import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { addressKey } from './client-address';

export interface LoginThrottleOptions {
  /** REDIS_PREFIX: keys are `<prefix>:login:account:<hash>` and `<prefix>:login:address:<ip>`. */
  prefix: string;
  /** Consecutive failures of one account before it is locked (LOGIN_MAX_FAILURES). */
  maxFailures: number;
  lockMinutes: number;
  /** Failures from one client address per window (LOGIN_MAX_FAILURES_PER_ADDRESS). */
  maxFailuresPerAddress: number;
  addressWindowMinutes: number;
}

/** One sign-in attempt, counted before its password is checked; settle it with `succeeded` or `failed`. */
export interface LoginAttempt {
  account: string;
  address: string | null;
  /** Attempts the account has left after this one. */
  accountLeft: number;
}

/** Failures of an account are "consecutive" within a day: a success in between starts again from zero. */
const ACCOUNT_WINDOW_SECONDS = 24 * 60 * 60;

/**
 * Refused: an account or address over its limit. `waitMs` is how long until the next attempt is let
 * through; `lockedNow` is set when this failure was the one that locked the account (for the audit).
 */
export class LoginLockout {
  constructor(
    readonly waitMs: number,
    readonly lockedNow: 'account' | 'address' | null = null,
  ) {}
}

/**
 * 登录限制 (per account and per client address) in Redis, so every API replica sees the same counts.
 * An account's attempt takes its point before the password is verified, so parallel guesses at one
 * account cannot slip past the limit while argon2 runs; a success clears the account's count, so only
 * consecutive failures lock it. An address is charged for failures only (an office behind one NAT may
 * sign in many people at once). Unknown usernames are counted like real ones: a lockout says nothing
 * about whether an account exists. Should Redis be unreachable, each process goes on counting in
 * memory (the insurance limiters) rather than failing open or refusing everyone.
 */
export class LoginThrottle {
  private readonly accounts: RateLimiterRedis;
  private readonly addresses: RateLimiterRedis;
  private readonly lockSeconds: number;

  constructor(redis: unknown, o: LoginThrottleOptions) {
    this.lockSeconds = o.lockMinutes * 60;
    const account = {
      keyPrefix: `${o.prefix}:login:account`,
      points: o.maxFailures,
      duration: Math.max(ACCOUNT_WINDOW_SECONDS, this.lockSeconds),
      // Attempts beyond the limit (in parallel, or while locked) keep the lock, not the day-long window.
      blockDuration: this.lockSeconds,
    };
    const address = {
      keyPrefix: `${o.prefix}:login:address`,
      points: o.maxFailuresPerAddress,
      duration: o.addressWindowMinutes * 60,
    };
    const store = { storeClient: redis, rejectIfRedisNotReady: true };
    this.accounts = new RateLimiterRedis({
      ...account,
      ...store,
      insuranceLimiter: new RateLimiterMemory(account),
    });
    this.addresses = new RateLimiterRedis({
      ...address,
      ...store,
      insuranceLimiter: new RateLimiterMemory(address),
    });
  }

  /** Counts an attempt; throws LoginLockout when the account or the address is over its limit. */
  async begin(username: string, ip: string | null | undefined): Promise<LoginAttempt> {
    const account = accountKey(username);
    const address = addressKey(ip);
    const byAddress = address ? await this.addresses.get(address) : null;
    if (byAddress && byAddress.consumedPoints >= this.addresses.points)
      throw new LoginLockout(byAddress.msBeforeNext);
    // Refused when over the limit: the rejection is the lockout, with the time left.
    const byAccount = await this.accounts.consume(account).catch(lockedOut);
    return { account, address, accountLeft: byAccount.remainingPoints };
  }

  /** The password was right: the account starts again from zero. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.accounts.delete(attempt.account);
  }

  /**
   * The attempt failed: the address is charged. Returns the lockout when this failure used the last
   * attempt of the account (which is then locked for LOGIN_LOCK_MINUTES at once) or of the address;
   * null while attempts remain.
   */
  async failed(attempt: LoginAttempt): Promise<LoginLockout | null> {
    // Over the limit already (failures in parallel), the refusal still says how long is left.
    const byAddress = attempt.address ? await this.addresses.consume(attempt.address).catch(overLimit) : null;
    if (attempt.accountLeft <= 0) {
      await this.accounts.block(attempt.account, this.lockSeconds);
      return new LoginLockout(this.lockSeconds * 1000, 'account');
    }
    if (byAddress && byAddress.remainingPoints <= 0)
      return new LoginLockout(byAddress.msBeforeNext, 'address');
    return null;
  }

  /** Lifts an account's lock and forgets its failures (an administrator reset or reactivated it). */
  clearAccount(username: string): Promise<boolean> {
    return this.accounts.delete(accountKey(username));
  }
}

/** A limiter's refusal (over the limit) as a LoginLockout; store errors pass unchanged. */
function lockedOut(refused: unknown): never {
  throw new LoginLockout(overLimit(refused).msBeforeNext);
}

/** A limiter's refusal (over the limit, no points left) as its result; store errors pass unchanged. */
function overLimit(refused: unknown): RateLimiterRes {
  if (refused instanceof RateLimiterRes) return refused;
  throw refused;
}

/** Usernames as typed may be long or odd: the key holds a digest (exact username, as login looks it up). */
function accountKey(username: string): string {
  return createHash('sha256').update(username.trim()).digest('hex').slice(0, 32);
}
