import IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import { NotificationDelivery } from '@duban/domain';
import { loadConfig, redisOptions } from '@duban/platform';
import { bootApi, type TestApi } from './api';
import { testDataSources } from './db';
import { dropTestDatabase, provisionPrivateDatabase, type TestDatabase } from './provision';
import { deleteKeysWithPrefix } from './redis-cleanup';

/** Per-user API rate limit off, sign-in lockouts out of reach (config.ts). */
export const LIMITS_OFF = {
  API_RATE_LIMIT_PER_MINUTE: '0',
  LOGIN_MAX_FAILURES: '10000',
  LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
};

export interface PrivateRun {
  api: TestApi;
  /** Bypasses RLS: set-up, fingerprints, tampering. */
  owner: DataSource;
  /** The app role, subject to RLS. */
  app: DataSource;
  db: TestDatabase;
  /** Turns every pending outbox event into notifications, as the worker would; returns how many events. */
  deliverOutbox(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The API on a seeded database and Redis prefix of one suite's own, for suites that tamper with data
 * or need the database to change only by their own hand (fingerprints). Per-user rate limits and
 * login lockouts are off: these suites send thousands of requests, and many failed sign-ins, as a few
 * users from one address.
 */
export async function bootPrivateRun(name: string): Promise<PrivateRun> {
  const db = await provisionPrivateDatabase(name);
  const keys = ['DATABASE_URL', 'DATABASE_ADMIN_URL', 'REDIS_PREFIX'] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  const prefix = `${process.env.REDIS_PREFIX ?? 'duban_test'}_${name}`;
  Object.assign(process.env, {
    DATABASE_URL: db.appUrl,
    DATABASE_ADMIN_URL: db.adminUrl,
    REDIS_PREFIX: prefix,
  });
  try {
    const { app, owner, close } = await testDataSources();
    const config = loadConfig();
    const redis = new IORedis(redisOptions(config.REDIS_URL!));
    const delivery = new NotificationDelivery(app, redis, config);
    // Explicitly, whatever the harness defaults become: no per-user rate limit, no sign-in lockout.
    const api = await bootApi({ env: LIMITS_OFF });
    const deliverOutbox = async () => {
      // Every undelivered event, due or not (quiet hours do not hold a test back); each confirms itself.
      const rows = await owner.query(
        `SELECT id::text AS id, tenant_id::text AS "tenantId", payload FROM outbox WHERE delivered_at IS NULL ORDER BY id`,
      );
      for (const r of rows)
        await delivery.deliver({ outboxId: r.id, tenantId: r.tenantId, event: r.payload });
      return rows.length;
    };
    return {
      api,
      app,
      owner,
      db,
      deliverOutbox,
      close: async () => {
        await api.close();
        await redis.quit();
        await close();
        await deleteKeysWithPrefix(process.env.REDIS_URL!, prefix);
        if (!process.env.KEEP_TEST_DB) await dropTestDatabase(db);
      },
    };
  } finally {
    // The API read its configuration at boot; the suite's other code sees the run's settings again.
    for (const k of keys)
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
  }
}

/**
 * Data sources on a seeded database of one suite's own, for suites that add users or rows across the
 * tree which other suites, running at the same time on the shared database, would count.
 */
export async function privateDataSources(name: string) {
  const db = await provisionPrivateDatabase(name);
  const sources = await testDataSources(db.appUrl, db.adminUrl);
  return {
    ...sources,
    db,
    close: async () => {
      await sources.close();
      if (!process.env.KEEP_TEST_DB) await dropTestDatabase(db);
    },
  };
}
