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

/** The real API module in-process against the run's database and Redis (no HTTP port needed). */
export async function bootApi(): Promise<TestApi> {
  const { createApi } = await import('../../apps/api/src/bootstrap');
  const app = await createApi({ logger: ['error'] });
  await app.init();
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
