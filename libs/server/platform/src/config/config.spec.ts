import { ConfigError, loadConfig } from './config';

const good = {
  DATABASE_URL: 'postgres://duban_app@127.0.0.1:5432/duban',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('accepts a complete environment and applies defaults', () => {
    const cfg = loadConfig(good);
    expect(cfg.PORT).toBe(3000);
    expect(cfg.REDIS_PREFIX).toBe('duban');
    expect(cfg).toMatchObject({
      DB_POOL: 20,
      DUBAN_NO_DB: false,
      SWEEP_EVERY_MS: 300_000,
      LIGHT_REFRESH_EVERY_MS: 3_600_000,
      SIGN_WITHIN_WORKING_DAYS: 2,
    });
  });

  it('reads the pool size, the metadata-only switch and the worker intervals', () => {
    const cfg = loadConfig({
      ...good,
      DB_POOL: '5',
      DUBAN_NO_DB: '1',
      SWEEP_EVERY_MS: '60000',
      LIGHT_REFRESH_EVERY_MS: '600000',
    });
    expect(cfg).toMatchObject({
      DB_POOL: 5,
      DUBAN_NO_DB: true,
      SWEEP_EVERY_MS: 60_000,
      LIGHT_REFRESH_EVERY_MS: 600_000,
    });
    expect(loadConfig({ ...good, DUBAN_NO_DB: '0' }).DUBAN_NO_DB).toBe(false);
  });

  it.each(['0', 'abc', '', '2.5', '501'])('refuses DB_POOL=%j in one line', (value) => {
    expect(() => loadConfig({ ...good, DB_POOL: value })).toThrow(
      new ConfigError('Invalid configuration: DB_POOL must be a whole number from 1 to 500'),
    );
  });

  it('refuses out-of-range intervals and an unknown DUBAN_NO_DB, naming each', () => {
    expect(() =>
      loadConfig({ ...good, SWEEP_EVERY_MS: '10', LIGHT_REFRESH_EVERY_MS: 'hourly', DUBAN_NO_DB: 'yes' }),
    ).toThrow(
      new ConfigError(
        "Invalid configuration: DUBAN_NO_DB must be '1' (no database connection) or '0'; " +
          'SWEEP_EVERY_MS must be a whole number from 1000 to 86400000; ' +
          'LIGHT_REFRESH_EVERY_MS must be a whole number from 60000 to 86400000',
      ),
    );
  });

  it('reads the 签收时限 in working days, 1 to 30', () => {
    expect(loadConfig({ ...good, SIGN_WITHIN_WORKING_DAYS: '3' }).SIGN_WITHIN_WORKING_DAYS).toBe(3);
    for (const bad of ['0', '31', '1.5', 'two'])
      expect(() => loadConfig({ ...good, SIGN_WITHIN_WORKING_DAYS: bad })).toThrow(
        new ConfigError(
          'Invalid configuration: SIGN_WITHIN_WORKING_DAYS must be a whole number from 1 to 30',
        ),
      );
  });

  it('applies the security defaults', () => {
    const cfg = loadConfig(good);
    expect(cfg.CORS_ORIGINS).toBeUndefined();
    expect(cfg).toMatchObject({
      BODY_LIMIT_BYTES: 1_048_576,
      TRUST_PROXY_HOPS: 0,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCK_MINUTES: 15,
      LOGIN_MAX_FAILURES_PER_ADDRESS: 50,
      LOGIN_ADDRESS_WINDOW_MINUTES: 60,
      API_RATE_LIMIT_PER_MINUTE: 600,
    });
  });

  it('reads the security settings; 0 turns the per-user API limit off', () => {
    const cfg = loadConfig({
      ...good,
      CORS_ORIGINS: ' https://duban.example.gov.cn, http://10.0.0.8:8080/ ,http://[::1]:5173',
      BODY_LIMIT_BYTES: '2048',
      TRUST_PROXY_HOPS: '1',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_LOCK_MINUTES: '30',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '100',
      LOGIN_ADDRESS_WINDOW_MINUTES: '10',
      API_RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(cfg).toMatchObject({
      CORS_ORIGINS: ['https://duban.example.gov.cn', 'http://10.0.0.8:8080', 'http://[::1]:5173'],
      BODY_LIMIT_BYTES: 2048,
      TRUST_PROXY_HOPS: 1,
      LOGIN_MAX_FAILURES: 3,
      LOGIN_LOCK_MINUTES: 30,
      LOGIN_MAX_FAILURES_PER_ADDRESS: 100,
      LOGIN_ADDRESS_WINDOW_MINUTES: 10,
      API_RATE_LIMIT_PER_MINUTE: 0,
    });
    // Set but empty: no cross-origin caller at all, in development too.
    expect(loadConfig({ ...good, CORS_ORIGINS: '' }).CORS_ORIGINS).toEqual([]);
  });

  it.each(['*', 'duban.example.gov.cn', 'https://duban.example.gov.cn/admin', 'ftp://x.example'])(
    'refuses CORS_ORIGINS=%j in one line',
    (value) => {
      expect(() => loadConfig({ ...good, CORS_ORIGINS: value })).toThrow(
        new ConfigError(
          'Invalid configuration: CORS_ORIGINS must be comma-separated origins like https://duban.example.gov.cn (scheme, host, optional port)',
        ),
      );
    },
  );

  it('refuses out-of-range security limits, naming each', () => {
    expect(() =>
      loadConfig({
        ...good,
        BODY_LIMIT_BYTES: '10',
        LOGIN_MAX_FAILURES: '0',
        API_RATE_LIMIT_PER_MINUTE: '-1',
      }),
    ).toThrow(
      new ConfigError(
        'Invalid configuration: BODY_LIMIT_BYTES must be a whole number from 1024 to 104857600; ' +
          'LOGIN_MAX_FAILURES must be a whole number from 1 to 10000; ' +
          'API_RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000',
      ),
    );
  });

  it('reads the upload limits and the S3 settings, which STORAGE_DRIVER=s3 requires', () => {
    expect(loadConfig(good)).toMatchObject({
      STORAGE_DRIVER: 'local',
      FILE_MAX_BYTES: 52_428_800,
      FILES_PER_RECORD: 20,
      S3_FORCE_PATH_STYLE: false,
    });
    const s3 = {
      ...good,
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'duban-files',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    };
    expect(loadConfig(s3)).toMatchObject({
      STORAGE_DRIVER: 's3',
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: true,
    });
    expect(() => loadConfig({ ...good, STORAGE_DRIVER: 's3', S3_BUCKET: 'duban-files' })).toThrow(
      'S3_ENDPOINT is required when STORAGE_DRIVER=s3; S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3; S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3',
    );
    expect(() => loadConfig({ ...s3, S3_BUCKET: 'No_Such Bucket' })).toThrow(
      'S3_BUCKET must be an S3 bucket name',
    );
    expect(() => loadConfig({ ...good, STORAGE_DRIVER: 'ftp' })).toThrow(
      "STORAGE_DRIVER must be 'local' or 's3'",
    );
    expect(() => loadConfig({ ...good, FILE_MAX_BYTES: '0' })).toThrow(
      'FILE_MAX_BYTES must be a whole number from 1024 to 1073741824',
    );
    expect(() => loadConfig({ ...good, FILES_PER_RECORD: '101' })).toThrow(
      'FILES_PER_RECORD must be a whole number from 1 to 100',
    );
  });

  it('reads where the admin is published (printed on forms) and the verification limit', () => {
    expect(loadConfig(good)).toMatchObject({
      ADMIN_PUBLIC_URL: 'http://localhost:5173',
      VERIFY_RATE_LIMIT_PER_MINUTE: 30,
    });
    expect(
      loadConfig({
        ...good,
        ADMIN_PUBLIC_URL: 'https://duban.example.gov.cn/admin/',
        VERIFY_RATE_LIMIT_PER_MINUTE: '0',
      }),
    ).toMatchObject({
      ADMIN_PUBLIC_URL: 'https://duban.example.gov.cn/admin',
      VERIFY_RATE_LIMIT_PER_MINUTE: 0,
    });
    expect(() => loadConfig({ ...good, ADMIN_PUBLIC_URL: 'duban.example.gov.cn' })).toThrow(
      'ADMIN_PUBLIC_URL must be an http(s) address like https://duban.example.gov.cn',
    );
    expect(() => loadConfig({ ...good, VERIFY_RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(
      'VERIFY_RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 100000',
    );
  });

  it('names the missing variable in one line', () => {
    const { DATABASE_URL: _omit, ...rest } = good;
    expect(() => loadConfig(rest)).toThrow(
      new ConfigError('Invalid configuration: DATABASE_URL is required'),
    );
  });

  it('takes a Redis Cluster as seed nodes instead of REDIS_URL, and refuses both, neither or a malformed node', () => {
    const { REDIS_URL: _url, ...noUrl } = good;
    const nodes = '127.0.0.1:7001, 127.0.0.1:7002,rediss://:secret@redis-3.internal:7003';
    expect(loadConfig({ ...noUrl, REDIS_CLUSTER_NODES: nodes }).REDIS_CLUSTER_NODES).toEqual([
      '127.0.0.1:7001',
      '127.0.0.1:7002',
      'rediss://:secret@redis-3.internal:7003',
    ]);
    expect(() => loadConfig({ ...good, REDIS_CLUSTER_NODES: nodes })).toThrow(
      new ConfigError(
        'Invalid configuration: REDIS_CLUSTER_NODES and REDIS_URL are both set: set one (a cluster or one server), not both',
      ),
    );
    expect(() => loadConfig(noUrl)).toThrow(
      new ConfigError('Invalid configuration: REDIS_URL is required (or REDIS_CLUSTER_NODES)'),
    );
    expect(() => loadConfig({ ...noUrl, REDIS_CLUSTER_NODES: '127.0.0.1:7001,redis-2' })).toThrow(
      'REDIS_CLUSTER_NODES must be comma-separated cluster nodes like 10.0.0.1:6379,10.0.0.2:6379',
    );
  });

  it('rejects malformed URLs and short secrets', () => {
    expect(() => loadConfig({ ...good, REDIS_URL: 'localhost:6379', JWT_SECRET: 'short' })).toThrow(
      'REDIS_URL must look like redis://host:6379; JWT_SECRET must be at least 16 characters',
    );
  });
});
