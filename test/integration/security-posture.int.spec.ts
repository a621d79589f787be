/**
 * The API's production posture (issue 12), through HTTP to the booted API with real PostgreSQL and
 * Redis: security headers, CORS from configuration, the body limit, sign-in lockout per account and per
 * address, the per-user request limit, the password policy and token revocation.
 *
 * The APIs here use a Redis prefix of their own, so the sign-in counts they build up never meet those of
 * the other suites (which sign in as the same demo users); each scenario signs in from an address of
 * its own (documentation ranges), so the per-address count is only ever its own.
 */
import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, verifyAuditChains } from '@duban/domain';
import { bootApi, codeOf, testDataSources, TestApi } from '@duban/testing';

let api: TestApi; // strict sign-in limits, CORS_ORIGINS set
let limited: TestApi; // 5 requests per minute per user, CORS default (development)
let owner: DataSource;
let close: () => Promise<void>;
let admin: string;
let county: string;

const stamp = Date.now().toString(36);
const ALLOWED = 'https://duban.example.gov.cn';
const LOCKED = '登录失败次数过多，请 15 分钟后再试';
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { active } }`;
const RESET = `mutation($id: ID!, $p: String!) { resetPassword(id: $id, password: $p) }`;

let addressNo = 0;
/** A client address no other scenario uses (TEST-NET-2). */
const newAddress = () => `198.51.100.${++addressNo}`;

interface Call {
  token?: string;
  address?: string;
  headers?: Record<string, string>;
}

/** A GraphQL POST through Fastify, as a browser or client would send it; the raw response. */
function post(target: TestApi, query: string, variables: Record<string, unknown> = {}, call: Call = {}) {
  return target.app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: call.address ?? '127.0.0.1',
    headers: {
      'content-type': 'application/json',
      ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
      ...call.headers,
    },
    payload: JSON.stringify({ query, variables }),
  });
}

const login = (username: string, password: string, address: string, headers?: Record<string, string>) =>
  post(api, LOGIN, { u: username, p: password }, { address, headers });

/** A LIAISON under 睢县 made by the admin through the API; returns its id. */
async function newUser(name: string, password = 'Strong-Pass-2026'): Promise<string> {
  const r = await api.gql(
    CREATE,
    { i: { username: name, displayName: name, orgUnitId: county, roles: ['LIAISON'], password } },
    { token: admin },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createUser.id;
}

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  const prefix = `${process.env.REDIS_PREFIX}_security`;
  api = await bootApi({
    env: {
      REDIS_PREFIX: prefix,
      CORS_ORIGINS: `${ALLOWED},http://10.0.0.8:8080`,
      LOGIN_MAX_FAILURES: '5',
      LOGIN_LOCK_MINUTES: '15',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
      LOGIN_ADDRESS_WINDOW_MINUTES: '60',
      // As behind nginx: the client is the last X-Forwarded-For entry (without one, the peer).
      TRUST_PROXY_HOPS: '1',
    },
  });
  limited = await bootApi({ env: { REDIS_PREFIX: prefix, API_RATE_LIMIT_PER_MINUTE: '5' } });
  admin = await api.login('admin');
  [{ id: county }] = await owner.query(`SELECT id::text FROM org_unit WHERE code = '411422'`);
});

afterAll(async () => {
  await Promise.all([api?.close(), limited?.close()]);
  await close?.();
});

describe('security headers', () => {
  it('sends a locked-down CSP and the helmet headers on GraphQL and /health answers', async () => {
    for (const res of [
      await post(api, `{ __typename }`),
      await api.app.inject({ method: 'GET', url: '/health' }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers).toMatchObject({
        'content-security-policy':
          "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('CORS from configuration', () => {
  const preflight = (target: TestApi, origin: string) =>
    target.app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('allows a configured origin, simple request and preflight, without credentials', async () => {
    const res = await post(api, `{ __typename }`, {}, { headers: { origin: ALLOWED } });
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(res.headers.vary)).toMatch(/Origin/i);
    const pre = await preflight(api, ALLOWED);
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(String(pre.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(pre.headers['access-control-allow-headers'])).toMatch(/authorization/i);
  });

  it('gives a foreign origin no Access-Control-Allow-Origin, nor loopback once origins are configured', async () => {
    for (const origin of [
      'https://evil.example',
      'https://duban.example.gov.cn.evil.example',
      'http://localhost:5173',
    ]) {
      const res = await post(api, `{ __typename }`, {}, { headers: { origin } });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect((await preflight(api, origin)).headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('by default (development) allows loopback origins on any port and nothing else', async () => {
    const from = (origin: string) => post(limited, `{ __typename }`, {}, { headers: { origin } });
    const local = await from('http://127.0.0.1:41234');
    expect(local.headers['access-control-allow-origin']).toBe('http://127.0.0.1:41234');
    expect((await from('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('body size limit', () => {
  const big = { x: 'x'.repeat(1_100_000) };

  it('answers an oversize body with 413 PAYLOAD_TOO_LARGE in the GraphQL error shape, not 500', async () => {
    const res = await post(api, `{ __typename }`, big, {
      headers: { accept: 'application/graphql-response+json, application/json;q=0.9' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(res.json()).toEqual({
      errors: [
        {
          message: '请求内容过大（上限 1 MB），请减少内容后重试',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 1_048_576 },
        },
      ],
    });
    const en = await post(api, `{ __typename }`, big, { headers: { 'accept-language': 'en' } });
    expect(en.statusCode).toBe(413);
    expect(en.headers['content-type']).toMatch(/^application\/json/);
    expect(en.json().errors[0].message).toBe('The request is too large (limit 1 MB); please send less');
    // Just under the limit is served.
    expect((await post(api, `{ __typename }`, { x: 'x'.repeat(1_000_000) })).statusCode).toBe(200);
  });
});

describe('sign-in lockout', () => {
  it('locks an account after 5 consecutive failures for 15 minutes; a success in between starts over', async () => {
    const name = `lock_${stamp}`;
    const id = await newUser(name);
    const from = newAddress();
    for (let i = 0; i < 4; i++)
      expect(codeOf((await login(name, 'wrong', from)).json())).toBe('UNAUTHENTICATED');
    expect((await login(name, 'Strong-Pass-2026', from)).statusCode).toBe(200);
    // From another address: this one has used 4 of its 8 failures.
    const again = newAddress();
    for (let i = 0; i < 4; i++) {
      const res = (await login(name, 'wrong', again)).json();
      expect([codeOf(res), res.errors[0].message]).toEqual(['UNAUTHENTICATED', '用户名或密码错误']);
    }
    const fifth = await login(name, 'wrong', again);
    expect(fifth.statusCode).toBe(429);
    expect(fifth.headers['retry-after']).toBe('900');
    expect(fifth.json().errors[0]).toEqual({
      message: LOCKED,
      path: ['login'],
      locations: expect.any(Array),
      extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 },
    });
    // Locked: even the right password is refused, from any address, in the caller's language.
    const right = await login(name, 'Strong-Pass-2026', newAddress(), { 'accept-language': 'en' });
    expect(right.statusCode).toBe(429);
    expect(right.json().errors[0].message).toBe('Too many failed sign-ins; please try again in 15 minutes');
    // The lock is audited in the user's chain (written after the answer, so allow it a moment).
    expect(await auditActionsOnceLocked(id)).toContain('user.locked');
    const { broken } = await verifyAuditChains((sql, p) => owner.query(sql, p));
    expect(broken.filter((b) => b.chainKey === `user:${id}`)).toEqual([]);
  });

  it('counts parallel guesses before checking them: at most 5 reach the password check', async () => {
    const name = `burst_${stamp}`;
    await newUser(name);
    const from = newAddress();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => login(name, `wrong-${i}`, from)));
    const codes = answers.map((a) => codeOf(a.json()));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(6);
    expect(codeOf((await login(name, 'Strong-Pass-2026', newAddress())).json())).toBe('TOO_MANY_ATTEMPTS');
  });

  it('treats an unknown username exactly alike: the answers do not tell who exists', async () => {
    const known = `known_${stamp}`;
    await newUser(known);
    const answers = [];
    for (const name of [known, `nobody_${stamp}`]) {
      const from = newAddress();
      const seq = [];
      for (let i = 0; i < 6; i++) {
        const res = await login(name, 'wrong', from);
        seq.push([res.statusCode, res.json().errors[0].message, res.json().errors[0].extensions.code]);
      }
      answers.push(seq);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[1].slice(3)).toEqual([
      [200, '用户名或密码错误', 'UNAUTHENTICATED'],
      [429, LOCKED, 'TOO_MANY_ATTEMPTS'],
      [429, LOCKED, 'TOO_MANY_ATTEMPTS'],
    ]);
  });

  it('refuses an address after 8 failures in its window, whatever the usernames; correct sign-ins do not count', async () => {
    const from = newAddress();
    for (let i = 0; i < 12; i++) expect((await login('admin', DEMO_PASSWORD, from)).statusCode).toBe(200);
    for (let i = 0; i < 7; i++)
      expect(codeOf((await login(`ghost${i}_${stamp}`, 'x', from)).json())).toBe('UNAUTHENTICATED');
    const eighth = await login(`ghost7_${stamp}`, 'x', from);
    expect([eighth.statusCode, codeOf(eighth.json())]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    expect(eighth.json().errors[0].message).toMatch(/^登录失败次数过多，请 (59|60) 分钟后再试$/);
    // Now even a correct sign-in from that address waits; the same account elsewhere is fine.
    expect(codeOf((await login('admin', DEMO_PASSWORD, from)).json())).toBe('TOO_MANY_ATTEMPTS');
    expect((await login('admin', DEMO_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('behind the trusted proxy, counts the client the proxy names, which a client cannot forge', async () => {
    const proxy = newAddress();
    const [a, b] = [newAddress(), newAddress()];
    const via = (client: string, forged?: string) => ({
      'x-forwarded-for': forged ? `${forged}, ${client}` : client,
    });
    for (let i = 0; i < 8; i++)
      // A client claiming to be someone else is still counted as itself (the proxy appends the peer).
      await login(`ghost_${stamp}_${i}`, 'x', proxy, via(a, i % 2 ? b : undefined));
    expect(codeOf((await login('admin', DEMO_PASSWORD, proxy, via(a))).json())).toBe('TOO_MANY_ATTEMPTS');
    expect((await login('admin', DEMO_PASSWORD, proxy, via(b))).statusCode).toBe(200);
  });

  it('an administrator’s password reset or reactivation lifts the lock at once', async () => {
    const name = `unlock_${stamp}`;
    const id = await newUser(name);
    const lock = async () => {
      const from = newAddress();
      for (let i = 0; i < 5; i++) await login(name, 'wrong', from);
      expect(codeOf((await login(name, 'Strong-Pass-2026', newAddress())).json())).toBe('TOO_MANY_ATTEMPTS');
    };
    await lock();
    expect((await api.gql(RESET, { id, p: 'Another-Pass-2026' }, { token: admin })).errors).toBeUndefined();
    expect((await login(name, 'Another-Pass-2026', newAddress())).statusCode).toBe(200);

    await lock();
    await api.gql(UPDATE, { id, i: { active: false } }, { token: admin });
    await api.gql(UPDATE, { id, i: { active: true } }, { token: admin });
    expect((await login(name, 'Another-Pass-2026', newAddress())).statusCode).toBe(200);
  });
});

describe('per-user request limit', () => {
  it('serves 5 operations a minute per user, then RATE_LIMITED with 429; others are not affected', async () => {
    const leader = await limited.login('city_leader');
    const other = await limited.login('suixian_leader');
    // Two root fields are one operation: counted once.
    expect((await post(limited, `{ a: me { id } b: me { id } }`, {}, { token: leader })).statusCode).toBe(
      200,
    );
    for (let i = 0; i < 4; i++)
      expect((await post(limited, `{ me { id } }`, {}, { token: leader })).json().errors).toBeUndefined();
    const refused = await post(limited, `{ me { id } }`, {}, { token: leader });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().errors[0]).toMatchObject({
      message: expect.stringMatching(/^请求过于频繁，请 \d+ 秒后再试$/),
      extensions: { code: 'RATE_LIMITED' },
    });
    expect(refused.json().errors[0].extensions.http).toBeUndefined();
    expect((await post(limited, `{ me { id } }`, {}, { token: other })).json().errors).toBeUndefined();
    // Signing in is not an authenticated request: the limit does not stand in its way.
    expect(await limited.login('city_leader')).toEqual(expect.any(String));
  });

  it('counts the requests of a personal access token as its user’s', async () => {
    const head = await limited.login('caizheng_head');
    const created = await post(
      limited,
      `mutation { createAccessToken(input: { name: "限流核验" }) { token } }`,
      {},
      { token: head },
    );
    const { token } = created.json().data.createAccessToken;
    for (let i = 0; i < 4; i++)
      expect((await post(limited, `{ myAccessTokens { id } }`, {}, { token })).json().errors).toBeUndefined();
    // The sixth operation of the user, whichever token it comes with.
    for (const t of [token, head]) {
      const refused = await post(limited, `{ myAccessTokens { id } }`, {}, { token: t });
      expect(refused.statusCode).toBe(429);
      expect(refused.json().errors[0].extensions.code).toBe('RATE_LIMITED');
    }
  });
});

describe('password policy', () => {
  it('refuses weak passwords on creation and reset with BAD_USER_INPUT on password, writing nothing', async () => {
    const name = `policy_${stamp}`;
    const cases: [string, RegExp][] = [
      ['short1A!', /密码至少10个字符/],
      ['abcdefgh1234', /至少三类/],
      [`${name}-X9`, /不能包含用户名/],
      ['Password123', /过于常见/],
    ];
    for (const [password, reason] of cases) {
      const r = await api.gql(
        CREATE,
        { i: { username: name, displayName: name, orgUnitId: county, roles: ['LIAISON'], password } },
        { token: admin },
      );
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
      expect(r.errors![0].message).toMatch(reason);
    }
    expect(await owner.query(`SELECT id FROM app_user WHERE username = $1`, [name])).toEqual([]);

    const id = await newUser(name, 'Policy-Pass-2026');
    const reset = await api.gql(RESET, { id, p: 'policy_' + stamp + '1A' }, { token: admin, lang: 'en' });
    expect(reset.errors![0]).toMatchObject({
      message: 'The password must not contain the username',
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    expect((await login(name, 'Policy-Pass-2026', newAddress())).statusCode).toBe(200);
  });
});

describe('token revocation', () => {
  const me = (token: string) => post(api, `{ me { id } }`, {}, { token });
  const expired = async (token: string) => {
    const res = (await me(token)).json();
    return [codeOf(res), res.errors?.[0].message];
  };
  const signIn = async (name: string, password: string) =>
    (await login(name, password, newAddress())).json().data.login.token as string;

  it('refuses a token issued before a deactivation, also after reactivation; a new sign-in works', async () => {
    const name = `revoke_${stamp}`;
    const id = await newUser(name);
    const old = await signIn(name, 'Strong-Pass-2026');
    expect((await me(old)).json().data.me.id).toBe(id); // verified once, so its signature is cached
    await api.gql(UPDATE, { id, i: { active: false } }, { token: admin });
    expect(await expired(old)).toEqual(['UNAUTHENTICATED', '登录已失效，请重新登录']);
    await api.gql(UPDATE, { id, i: { active: true } }, { token: admin });
    expect(await expired(old)).toEqual(['UNAUTHENTICATED', '登录已失效，请重新登录']);
    expect((await me(await signIn(name, 'Strong-Pass-2026'))).json().data.me.id).toBe(id);
  });

  it('refuses a token issued before a password reset, to the second; one issued after works', async () => {
    const name = `reset_${stamp}`;
    const id = await newUser(name);
    const old = await signIn(name, 'Strong-Pass-2026');
    expect((await me(old)).json().data.me.id).toBe(id);
    await api.gql(RESET, { id, p: 'Changed-Pass-2026' }, { token: admin });
    expect(await expired(old)).toEqual(['UNAUTHENTICATED', '登录已失效，请重新登录']);
    // Signed in right after the reset (most likely within the same second): valid.
    expect((await me(await signIn(name, 'Changed-Pass-2026'))).json().data.me.id).toBe(id);

    // Tokens minted with the run's secret at the boundary: an iat in the reset's second (which may be
    // earlier than the reset) is refused, one of the next whole second works.
    const [{ at }] = await owner.query(`SELECT tokens_valid_after AS at FROM app_user WHERE id = $1`, [id]);
    const jwt = new JwtService({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });
    const firstValid = Math.ceil((at as Date).getTime() / 1000);
    const sameSecond = await jwt.signAsync({ sub: id, iat: firstValid - 1 });
    const nextSecond = await jwt.signAsync({ sub: id, iat: firstValid });
    expect(await expired(sameSecond)).toEqual(['UNAUTHENTICATED', '登录已失效，请重新登录']);
    expect((await me(nextSecond)).json().data.me.id).toBe(id);
  });
});

/** The actions in a user's audit chain, once `user.locked` is among them or 2 s have passed. */
async function auditActionsOnceLocked(userId: string): Promise<string[]> {
  for (let i = 0; ; i++) {
    const rows = await owner.query(`SELECT action FROM audit_event WHERE chain_key = $1 ORDER BY id`, [
      `user:${userId}`,
    ]);
    const actions = rows.map((r: { action: string }) => r.action);
    if (actions.includes('user.locked') || i === 20) return actions;
    await new Promise((r) => setTimeout(r, 100));
  }
}
