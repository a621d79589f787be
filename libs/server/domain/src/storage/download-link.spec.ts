import { DownloadLinks } from './download-link';

const GRANT = {
  key: '11111111-1111-4111-8111-111111111111/evidence/2026/22222222-2222-4222-8222-222222222222',
  name: '验收单.pdf',
  type: 'application/pdf',
  tenantId: '11111111-1111-4111-8111-111111111111',
  userId: '33333333-3333-4333-8333-333333333333',
};

describe('DownloadLinks', () => {
  let now = Date.parse('2026-11-27T08:00:00Z');
  const links = new DownloadLinks('a-long-enough-test-secret', 300, () => now);

  it('round-trips a grant until it expires', () => {
    now = Date.parse('2026-11-27T08:00:00Z');
    const { token, expiresAt } = links.sign(GRANT);
    expect(expiresAt.toISOString()).toBe('2026-11-27T08:05:00.000Z');
    expect(links.verify(token)).toEqual({ ...GRANT, exp: expiresAt.getTime() / 1000 });
    now += 299_000;
    expect(links.verify(token)).not.toBeNull();
    now += 1_000;
    expect(links.verify(token)).toBeNull();
  });

  it('refuses any edited, truncated or foreign token', () => {
    now = Date.parse('2026-11-27T08:00:00Z');
    const { token } = links.sign(GRANT);
    const [body, mac] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...GRANT, userId: '44444444-4444-4444-8444-444444444444', exp: 9_999_999_999 }),
    ).toString('base64url');
    for (const bad of [
      `${forged}.${mac}`,
      `${body}.${mac.slice(1)}`,
      `${body}.${mac}.x`,
      body,
      '',
      '..',
      new DownloadLinks('another-secret-of-length', 300, () => now).sign(GRANT).token,
    ])
      expect(links.verify(bad)).toBeNull();
  });

  it('never signs a malformed storage key', () => {
    expect(() => links.sign({ ...GRANT, key: '../etc/passwd' })).toThrow('Malformed storage key');
  });
});
