import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from a redis:// URL. BullMQ workers need maxRetriesPerRequest = null (wait for Redis
 * however long it takes); `failFast` is for the API, where a request must not hang on an outage: a
 * command gives up after one reconnection attempt and the caller gets SERVICE_UNAVAILABLE.
 */
export function redisOptions(url: string, { failFast = false } = {}): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: failFast ? 1 : null,
    ...(failFast ? { connectTimeout: 2_000 } : {}),
  };
}

/** Hash-tagged prefix so every key of a queue lands on one Redis Cluster slot. */
export const queuePrefix = (prefix: string) => `{${prefix}}`;
