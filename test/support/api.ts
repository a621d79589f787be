import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEMO_PASSWORD } from '@duban/domain';

export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions: { code: string; [k: string]: unknown } }[];
}

export interface TestApi {
  app: NestFastifyApplication;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string; lang?: string },
  ): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Harness defaults for settings that would let suites disturb each other: every suite signs in as the
 * same demo users from the same address (127.0.0.1), and some send hundreds of requests as one user.
 * So the per-user API limit is off and the sign-in limits are out of reach, unless a test turns them
 * on (`bootApi({ env })`, see security-posture.int.spec.ts) or the variable is already set.
 */
export const TEST_API_DEFAULTS: Readonly<Record<string, string>> = {
  API_RATE_LIMIT_PER_MINUTE: '0',
  LOGIN_MAX_FAILURES: '10000',
  LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
  VERIFY_RATE_LIMIT_PER_MINUTE: '0',
};

/**
 * The real API module in-process against the run's database and Redis (no HTTP port needed).
 * `env` overrides configuration for this API only (the process environment is restored after boot).
 */
export async function bootApi(options: { env?: Record<string, string> } = {}): Promise<TestApi> {
  const { createApi } = await import('../../apps/api/src/bootstrap');
  const unset = Object.entries(TEST_API_DEFAULTS).filter(([k]) => process.env[k] === undefined);
  const env = { ...Object.fromEntries(unset), ...options.env };
  const saved = Object.keys(env).map((k) => [k, process.env[k]] as const);
  Object.assign(process.env, env);
  let app: NestFastifyApplication;
  try {
    app = await createApi({ logger: ['error'] });
    await app.init();
  } finally {
    for (const [k, v] of saved)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
  await app.getHttpAdapter().getInstance().ready();
  const gql: TestApi['gql'] = async (query, variables = {}, opts = {}) => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.lang ? { 'accept-language': opts.lang } : {}),
      },
      payload: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const r = await gql<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: password },
    );
    if (!r.data) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };
  return { app, gql, login, close: () => app.close() };
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
