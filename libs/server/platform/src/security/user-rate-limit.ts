import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from './security-errors';

/**
 * Requests per minute per signed-in user (API_RATE_LIMIT_PER_MINUTE; 0 = off), counted in this API
 * process's memory: no network round trip on the hot path (the leader's query runs at 1,000+ req/s),
 * at the price that with n replicas behind a load balancer a user may make up to n times the limit.
 * A fixed one-minute window per user; counted once per GraphQL operation, at sign-in.
 */
export class UserRateLimit {
  private readonly limiter: RateLimiterMemory | null;

  constructor(perMinute: number) {
    this.limiter =
      perMinute > 0 ? new RateLimiterMemory({ keyPrefix: 'api', points: perMinute, duration: 60 }) : null;
  }

  get enabled(): boolean {
    return this.limiter !== null;
  }

  /** Takes one request from the user's allowance; throws RATE_LIMITED (HTTP 429) when it is used up. */
  async take(userId: string): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(userId);
    } catch (refused) {
      if (refused instanceof RateLimiterRes) throw rateLimited(refused.msBeforeNext);
      throw refused;
    }
  }
}
