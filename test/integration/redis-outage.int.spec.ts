/**
 * Redis dies under a running API (a private redis-server of this suite, killed and restarted empty):
 * requests that need Redis fail within seconds with SERVICE_UNAVAILABLE and leave nothing queued to run
 * later; everything that needs only PostgreSQL keeps working (reads, a registration, a sign-in);
 * readiness says which dependency is down; when Redis is back the same request works again.
 */
import { freePort } from '../support/net';
import { PrivateRedis, startRedisServer } from '../support/redis-server';
import { bootApi, codeOf, TestApi } from '@duban/testing';

let redis: PrivateRedis;
let port: number;
let api: TestApi;
const token: Record<string, string> = {};

/** The answer, or 'hung' if none came within `seconds` (the API must not wait out an outage). */
function within<T>(seconds: number, work: Promise<T>): Promise<T | 'hung'> {
  return Promise.race([
    work,
    new Promise<'hung'>((r) => setTimeout(() => r('hung'), seconds * 1000).unref()),
  ]);
}

async function ready(): Promise<{
  status: number;
  body: { status: string; checks: Record<string, string> };
}> {
  const res = await api.app.inject({ method: 'GET', url: '/health/ready' });
  return { status: res.statusCode, body: res.json() };
}

beforeAll(async () => {
  port = await freePort();
  redis = await startRedisServer(port);
  api = await bootApi({ env: { REDIS_URL: redis.url } });
  for (const u of ['admin', 'city_supervisor']) token[u] = await api.login(u);
});
afterAll(async () => {
  await redis.stop();
  // Closing waits for nothing from the dead Redis: the connection gives up fast.
  await api?.close();
});

const startImport = () => api.gql(`mutation { startOrgImport { id state } }`, {}, { token: token.admin });

it('fails fast with SERVICE_UNAVAILABLE where Redis is needed, and keeps serving what needs only PostgreSQL', async () => {
  expect((await startImport()).errors).toBeUndefined();
  await redis.stop();

  const refused = await within(10, startImport());
  expect(refused).not.toBe('hung');
  if (refused === 'hung') return;
  expect(codeOf(refused)).toBe('SERVICE_UNAVAILABLE');
  expect(refused.errors![0].message).toContain('服务暂时不可用');
  const english = await api.gql(`mutation { startOrgImport { id } }`, {}, { token: token.admin, lang: 'en' });
  expect(english.errors![0].message).toMatch(/^The service is briefly unavailable/);

  const registered = await within(
    10,
    api.gql(
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id title } }`,
      {
        i: {
          title: 'Redis 中断期间立项',
          source: 'LEADER_INSTRUCTION',
          content: '核验',
          deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        },
      },
      { token: token.city_supervisor },
    ),
  );
  expect(registered).not.toBe('hung');
  if (registered === 'hung') return;
  expect(registered.errors).toBeUndefined();
  expect(registered.data!.createSupervisionItem.title).toBe('Redis 中断期间立项');
  const read = await api.gql(`{ me { username } }`, {}, { token: token.city_supervisor });
  expect(read.data!.me.username).toBe('city_supervisor');
  // Sign-in throttling falls back to its in-process limiter.
  expect(await within(10, api.login('city_leader'))).toEqual(expect.any(String));

  const down = await ready();
  expect(down.status).toBe(503);
  expect(down.body).toMatchObject({ status: 'unavailable', checks: { postgres: 'ok', redis: 'down' } });
});

it('works again once Redis is back, without a restart of the API', async () => {
  redis = await startRedisServer(port);
  for (let i = 0; i < 100 && (await ready()).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 100));
  expect((await ready()).body.checks).toEqual({ postgres: 'ok', redis: 'ok' });
  const again = await startImport();
  expect(again.errors).toBeUndefined();
  expect(again.data!.startOrgImport.state).toBeDefined();
});
