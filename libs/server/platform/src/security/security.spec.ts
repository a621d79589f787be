import { addressKey } from './client-address';
import { corsOriginAllowed } from './cors';
import { payloadTooLargeText, rateLimited, tooManyAttempts } from './security-errors';
import { UserRateLimit } from './user-rate-limit';

describe('corsOriginAllowed', () => {
  it('allows exactly the configured origins (case-insensitive host), nothing else', () => {
    const allowed = corsOriginAllowed(['https://duban.example.gov.cn', 'http://10.0.0.8:8080'], true);
    expect(allowed('https://duban.example.gov.cn')).toBe(true);
    expect(allowed('https://DUBAN.example.gov.cn')).toBe(true);
    expect(allowed('http://10.0.0.8:8080')).toBe(true);
    expect(allowed('http://duban.example.gov.cn')).toBe(false);
    expect(allowed('https://duban.example.gov.cn.evil.example')).toBe(false);
    expect(allowed('http://10.0.0.8')).toBe(false);
    expect(allowed('http://localhost:5173')).toBe(false);
    expect(allowed(undefined)).toBe(false);
  });

  it('defaults to any loopback origin in development and to none in production', () => {
    const dev = corsOriginAllowed(undefined, false);
    for (const o of [
      'http://localhost:5173',
      'http://127.0.0.1:41234',
      'http://[::1]:5173',
      'http://localhost',
    ])
      expect(dev(o)).toBe(true);
    for (const o of [
      'https://evil.example',
      'http://localhost.evil.example',
      'http://127.0.0.2:5173',
      'null',
    ])
      expect(dev(o)).toBe(false);
    const prod = corsOriginAllowed(undefined, true);
    expect(prod('http://localhost:5173')).toBe(false);
  });

  it('allows no origin at all when the list is set but empty', () => {
    expect(corsOriginAllowed([], false)('http://localhost:5173')).toBe(false);
  });
});

describe('addressKey', () => {
  it('keeps IPv4 addresses and unwraps IPv4-mapped IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const key = '2001:db8:85a3:8d3::/64';
    expect(addressKey('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(key);
    expect(addressKey('2001:0DB8:85A3:08D3:0000:0000:0000:0001')).toBe(key);
    expect(addressKey('2001:db8:85a3:8d3::1')).toBe(key);
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('has no key without a usable address', () => {
    expect(addressKey(undefined)).toBeNull();
    expect(addressKey('')).toBeNull();
    expect(addressKey('not-an-ip')).toBeNull();
  });
});

describe('security errors', () => {
  it('says how many minutes to wait, rounded up, in both languages, with HTTP 429', () => {
    const e = tooManyAttempts(15 * 60_000);
    expect(e.extensions).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: 900,
      i18n: {
        zh: '登录失败次数过多，请 15 分钟后再试',
        en: 'Too many failed sign-ins; please try again in 15 minutes',
      },
      http: { status: 429 },
    });
    expect((e.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('900');
    expect(tooManyAttempts(61_000).text.zh).toBe('登录失败次数过多，请 2 分钟后再试');
    expect(tooManyAttempts(1).text.en).toBe('Too many failed sign-ins; please try again in 1 minute');
  });

  it('RATE_LIMITED says how many seconds to wait', () => {
    expect(rateLimited(12_300).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 13,
      i18n: { zh: '请求过于频繁，请 13 秒后再试' },
    });
  });

  it('states the body limit in readable units', () => {
    expect(payloadTooLargeText(1_048_576).zh).toBe('请求内容过大（上限 1 MB），请减少内容后重试');
    expect(payloadTooLargeText(2_621_440).en).toBe(
      'The request is too large (limit 2.5 MB); please send less',
    );
    expect(payloadTooLargeText(4096).en).toContain('4 KB');
  });
});

describe('UserRateLimit', () => {
  it('lets a user make the allowed requests per minute, then refuses with RATE_LIMITED', async () => {
    const limit = new UserRateLimit(3);
    for (let i = 0; i < 3; i++) await limit.take('7');
    await expect(limit.take('7')).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    // Another user has an allowance of their own.
    await expect(limit.take('8')).resolves.toBeUndefined();
  });

  it('is off at 0', async () => {
    const limit = new UserRateLimit(0);
    expect(limit.enabled).toBe(false);
    for (let i = 0; i < 1000; i++) await limit.take('7');
  });
});
