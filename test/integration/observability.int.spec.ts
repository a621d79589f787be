/**
 * What operators read: Prometheus metrics (requests by route and status, GraphQL errors by code,
 * queue depths, outbox lag, dependencies, Node's own), the request id that joins a client's report
 * to the server's log line, and JSON logs from a real API process with LOG_FORMAT=json.
 */
import { readFileSync } from 'node:fs';
import { bootApi, TestApi, TEST_API_DEFAULTS } from '@duban/testing';
import { freePort, startService, stopService, waitForHttp } from '../e2e/support/processes';

let api: TestApi;
beforeAll(async () => {
  api = await bootApi();
});
afterAll(() => api?.close());

async function scrape(): Promise<string> {
  const res = await api.app.inject({ method: 'GET', url: '/metrics' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain');
  return res.body;
}

/** The value of one sample, e.g. value(text, 'duban_graphql_errors_total{code="BAD_USER_INPUT"}'); 0 if absent. */
function value(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

const gql = (query: string, headers: Record<string, string> = {}) =>
  api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ query }),
  });

it('counts requests by route and status and GraphQL errors by code, and reads queues, outbox and dependencies', async () => {
  const before = await scrape();
  const ok = 'duban_http_requests_total{route="/graphql",method="POST",status="200"}';
  const bad = 'duban_graphql_errors_total{code="BAD_USER_INPUT"}';
  const unauthenticated = 'duban_graphql_errors_total{code="UNAUTHENTICATED"}';
  await gql('{ __typename }');
  await gql('{ supervisionItem(id: "x") { id } }'); // refused at the edge: not an id
  await gql('{ me { username } }'); // anonymous
  const after = await scrape();
  expect(value(after, ok) - value(before, ok)).toBeGreaterThanOrEqual(1);
  expect(value(after, bad) - value(before, bad)).toBe(1);
  expect(value(after, unauthenticated) - value(before, unauthenticated)).toBe(1);
  expect(after).toMatch(
    /^duban_http_request_duration_seconds_bucket\{le="0\.1",route="\/graphql",method="POST"\} \d+/m,
  );
  for (const queue of ['org-import', 'domain-events', 'deadline-sweep'])
    for (const state of ['waiting', 'active', 'delayed', 'failed'])
      expect(after).toMatch(new RegExp(`^duban_queue_jobs\\{queue="${queue}",state="${state}"\\} \\d+`, 'm'));
  expect(after).toMatch(/^duban_outbox_pending_events \d+/m);
  expect(after).toMatch(/^duban_outbox_lag_seconds [\d.e+-]+/m);
  expect(value(after, 'duban_dependency_up{dependency="postgres"}')).toBe(1);
  expect(value(after, 'duban_dependency_up{dependency="redis"}')).toBe(1);
  expect(value(after, 'duban_process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
});

it('keeps a sane incoming request id, makes one otherwise, and answers with it', async () => {
  const given = await gql('{ __typename }', { 'x-request-id': 'client-req-12345678' });
  expect(given.headers['x-request-id']).toBe('client-req-12345678');
  const forged = await gql('{ __typename }', { 'x-request-id': 'bad id with spaces' });
  expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  const health = await api.app.inject({ method: 'GET', url: '/health/live' });
  expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

it('writes JSON lines with LOG_FORMAT=json, each request with its id, method, URL, status and time', async () => {
  const port = await freePort();
  const service = startService(
    'api-json-logs',
    ['--no-deprecation', '-r', '@swc-node/register', 'apps/api/src/main.ts'],
    { ...process.env, ...TEST_API_DEFAULTS, PORT: String(port), LOG_FORMAT: 'json' },
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`, service);
    await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'json-log-req-0001' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  } finally {
    await stopService(service);
  }
  const lines = readFileSync(service.logFile, 'utf8').split('\n').filter(Boolean);
  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(records.some((r) => r.context === 'api' && String(r.message).startsWith('GraphQL on'))).toBe(true);
  expect(records.some((r) => r.context === 'NestApplication')).toBe(true);
  const done = records.find((r) => r.reqId === 'json-log-req-0001' && r.msg === 'request completed') as
    { res: { statusCode: number }; responseTime: number } | undefined;
  expect(done?.res.statusCode).toBe(200);
  expect(done?.responseTime).toBeGreaterThan(0);
}, 120_000);
