import IORedis, { Cluster, type ClusterNode, type RedisOptions } from 'ioredis';

/** One Redis server or a Redis Cluster: both speak the commands this code uses (ioredis Commander). */
export type RedisClient = IORedis | Cluster;

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

/** Where Redis is: REDIS_CLUSTER_NODES (a cluster's seed nodes, config.ts) or else REDIS_URL. */
export interface RedisPlace {
  REDIS_URL?: string;
  REDIS_CLUSTER_NODES?: string[];
}

/**
 * The process's Redis connection. A cluster is reached through its seed nodes; ioredis learns the slot
 * map from them, follows MOVED/ASK and, when a master fails and its replica is promoted, refreshes the
 * map and re-sends the commands that failed meanwhile (retryDelayOnFailover / ClusterDown). The seed
 * entries' credentials and TLS (redis:// or rediss:// form) apply to every node.
 */
export function createRedis(place: RedisPlace, { failFast = false } = {}): RedisClient {
  const seeds = place.REDIS_CLUSTER_NODES;
  if (!seeds?.length) return new IORedis(redisOptions(place.REDIS_URL!, { failFast }));
  const nodes: ClusterNode[] = seeds.map((s) => {
    const { host, port } = redisOptions(s.includes('://') ? s : `redis://${s}`);
    return { host, port };
  });
  const {
    host: _h,
    port: _p,
    db: _db,
    ...shared
  } = redisOptions(seeds[0].includes('://') ? seeds[0] : `redis://${seeds[0]}`, { failFast });
  return new Cluster(nodes, {
    redisOptions: shared,
    enableReadyCheck: true,
    // The api fails fast while the cluster as a whole is unreachable (no queue of waiting commands);
    // a failover of one master does not count, the client stays ready and retries below.
    enableOfflineQueue: !failFast,
    // A failover takes the cluster's node timeout plus an election; keep trying rather than give up.
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 300,
    retryDelayOnTryAgain: 200,
    maxRedirections: 64,
    slotsRefreshTimeout: 2_000,
    // Never null: that would end the client for good, and the process would not recover.
    clusterRetryStrategy: (times) => Math.min(100 * times, 2_000),
  });
}

/** Hash-tagged prefix so every key of a queue lands on one Redis Cluster slot. */
export const queuePrefix = (prefix: string) => `{${prefix}}`;
