import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { addressKey, rateLimited } from '@duban/platform';

/**
 * The public verification page's limit (VERIFY_RATE_LIMIT_PER_MINUTE look-ups per client address per
 * minute; 0 = off), in Redis so every API replica counts together, memory taking over should Redis be
 * unreachable, like the sign-in limit per address. With 80-bit codes guessing is hopeless anyway; the
 * limit keeps the page from serving as a bulk oracle.
 */
export class VerifyThrottle {
  private readonly limiter: RateLimiterRedis | null;

  constructor(redis: unknown, prefix: string, perMinute: number) {
    const opts = { keyPrefix: `${prefix}:verify:address`, points: perMinute, duration: 60 };
    this.limiter =
      perMinute > 0
        ? new RateLimiterRedis({
            ...opts,
            storeClient: redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory(opts),
          })
        : null;
  }

  /** Takes one look-up from the address's allowance; RATE_LIMITED (429) when it is used up. */
  async take(ip: string | null | undefined): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(addressKey(ip) ?? 'unknown');
    } catch (refused) {
      if (refused instanceof RateLimiterRes) throw rateLimited(refused.msBeforeNext);
      throw refused;
    }
  }
}
