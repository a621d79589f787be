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

  it('names the missing variable in one line', () => {
    const { DATABASE_URL: _omit, ...rest } = good;
    expect(() => loadConfig(rest)).toThrow(
      new ConfigError('Invalid configuration: DATABASE_URL is required'),
    );
  });

  it('rejects malformed URLs and short secrets', () => {
    expect(() => loadConfig({ ...good, REDIS_URL: 'localhost:6379', JWT_SECRET: 'short' })).toThrow(
      'REDIS_URL must look like redis://host:6379; JWT_SECRET must be at least 16 characters',
    );
  });
});
