/*
 * Real API and worker processes (apps/api/src/main.ts, apps/worker/src/main.ts) for the scale-out
 * suites: each in its own process group with its own log, on a loopback port, signalled to stop.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '@duban/domain';
import { freePort, startService, stopService, waitForHttp, type Service } from '../e2e/support/processes';
import { TEST_API_DEFAULTS, type GqlResult } from './api';

/** Settings every spawned process gets: no Redis/database of the run, only what `env` names. */
function processEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { REDIS_URL: _url, NODE_ENV: _jest, ...rest } = process.env;
  return { ...rest, ...TEST_API_DEFAULTS, LOG_FORMAT: 'text', ...env };
}

export interface ApiProcess {
  service: Service;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: object, token?: string): Promise<GqlResult<T>>;
  login(username: string): Promise<string>;
  log(): string;
  stop(): Promise<void>;
}

export interface WorkerProcess {
  service: Service;
  log(): string;
  stop(): Promise<void>;
}

/** The process's output so far ('' before its log file is opened). */
const read = (service: Service) => () =>
  existsSync(service.logFile) ? readFileSync(service.logFile, 'utf8') : '';

/** An API process, resolved once it is ready (PostgreSQL and Redis reachable). */
export async function spawnApi(name: string, env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const service = startService(
    name,
    ['--no-deprecation', '-r', '@swc-node/register', 'apps/api/src/main.ts'],
    processEnv({ ...env, PORT: String(port) }),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health/ready`, service, 120);
  const gql: ApiProcess['gql'] = async (query, variables = {}, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<any>;
  };
  const login = async (username: string) => {
    const r = await gql<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: DEMO_PASSWORD },
    );
    if (!r.data) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };
  return { service, url, gql, login, log: read(service), stop: () => stopService(service) };
}

/** A worker process, resolved once it has booted (its queues and schedulers are in place). */
export async function spawnWorker(name: string, env: Record<string, string>): Promise<WorkerProcess> {
  const service = startService(
    name,
    ['--no-deprecation', '-r', '@swc-node/register', 'apps/worker/src/main.ts'],
    processEnv(env),
  );
  const log = read(service);
  await until(
    `${name} to boot`,
    async () => {
      if (service.child.exitCode !== null) throw new Error(`${name} exited:\n${log()}`);
      return log().includes('processing queues');
    },
    120_000,
  );
  return { service, log, stop: () => stopService(service) };
}

/** Polls `check` every 100 ms until it holds; fails naming `what` after `ms`. */
export async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A live notificationAdded feed over graphql-ws; `received` fills as pushes arrive. */
export function notificationFeed(api: ApiProcess, token: string): { received: any[]; client: Client } {
  const received: any[] = [];
  const client = createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  client.subscribe(
    { query: `subscription { notificationAdded { id topic itemId } }` },
    {
      next: (v) => void received.push(v.data?.notificationAdded),
      error: (e) => void received.push({ error: String(e) }),
      complete: () => undefined,
    },
  );
  return { received, client };
}
