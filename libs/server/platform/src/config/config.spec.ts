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
