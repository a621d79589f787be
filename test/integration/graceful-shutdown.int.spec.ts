/**
 * SIGTERM to a real API process under load, the way an orchestrator stops a pod: readiness fails at
 * once while requests are still served (each answer closing its connection), then the listener closes,
 * the requests in flight finish, and the process exits 0 well within its grace. The load comes from 16
 * keep-alive clients behind a "load balancer" that polls readiness and stops routing when it fails.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '@duban/domain';
import { TEST_API_DEFAULTS } from '@duban/testing';
import { freePort, startService, stopService, waitForHttp, type Service } from '../e2e/support/processes';

const DELAY_MS = 700;
const GRACE_MS = 5_000;
let api: Service;
let port: number;

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function request(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? '' : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, connection: res.headers.connection, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

beforeAll(async () => {
  port = await freePort();
  api = startService(
    'api-graceful-shutdown',
    ['--no-deprecation', '-r', '@swc-node/register', 'apps/api/src/main.ts'],
    {
      ...process.env,
      ...TEST_API_DEFAULTS,
      PORT: String(port),
      SHUTDOWN_DELAY_MS: String(DELAY_MS),
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    },
  );
  await waitForHttp(`http://127.0.0.1:${port}/health/ready`, api);
}, 120_000);
afterAll(async () => {
  agent.destroy();
  await stopService(api);
});

it('liveness needs nothing; readiness checks PostgreSQL and Redis', async () => {
  expect(JSON.parse((await request('GET', '/health/live')).body)).toEqual({ status: 'ok' });
  const ready = await request('GET', '/health/ready');
  expect(ready.status).toBe(200);
  expect(JSON.parse(ready.body)).toMatchObject({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
});

it('drains on SIGTERM: no request fails, answers during the drain close their connection, exit 0 in time', async () => {
  const login = await request('POST', '/graphql', {
    query: `mutation($p: String!) { login(username: "city_leader", password: $p) { token } }`,
    variables: { p: DEMO_PASSWORD },
  });
  const token: string = JSON.parse(login.body).data.login.token;
  const query = { query: '{ me { username } orgUnits(first: 50) { edges { node { name } } } }' };

  let routing = true;
  let stopping = false;
  const answers: (Answer & { afterSignal: boolean })[] = [];
  const failures: string[] = [];
  const readiness: number[] = [];
  const balancer = (async () => {
    while (routing) {
      const status = await request('GET', '/health/ready').then(
        (a) => a.status,
        () => 0,
      );
      if (stopping) readiness.push(status);
      if (status !== 200) routing = false;
      else await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const clients = Array.from({ length: 16 }, async () => {
    while (routing) {
      const afterSignal = stopping;
      try {
        answers.push({ ...(await request('POST', '/graphql', query, token)), afterSignal });
      } catch (err) {
        failures.push((err as NodeJS.ErrnoException).code ?? String(err));
      }
    }
  });

  await new Promise((r) => setTimeout(r, 1_000));
  const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
  const signalledAt = Date.now();
  stopping = true;
  api.child.kill('SIGTERM');
  const code = await exited;
  const exitMs = Date.now() - signalledAt;
  await Promise.all([balancer, ...clients]);

  expect(failures).toEqual([]);
  expect(answers.length).toBeGreaterThanOrEqual(16);
  expect(
    answers.every((a) => a.status === 200 && JSON.parse(a.body).data?.me.username === 'city_leader'),
  ).toBe(true);
  // Served after the signal (the drain), each telling its client not to reuse the connection.
  const drained = answers.filter((a) => a.afterSignal);
  expect(drained.length).toBeGreaterThan(0);
  expect(drained.filter((a) => a.connection === 'close').length).toBeGreaterThan(0);
  // The balancer saw readiness fail (503 while draining) and took the pod out of rotation.
  expect(readiness).toContain(503);
  expect(code).toBe(0);
  expect(exitMs).toBeGreaterThanOrEqual(DELAY_MS);
  expect(exitMs).toBeLessThan(DELAY_MS + GRACE_MS);
  const log = readFileSync(api.logFile, 'utf8');
  expect(log).toContain(`SIGTERM: draining for ${DELAY_MS} ms`);
  expect(log).toContain('[api] stopped');
}, 60_000);
