/*
 * The browser suite runs against the real system: a fresh database with the 商丘市 demo tree and demo
 * users, its own Redis key prefix, the API and the worker as separate processes, and the admin built
 * once and served by `vite preview` (which proxies /graphql to that API, as in production).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { dropTestDatabase, provisionDatabase, testDatabaseUrls } from '../../support/provision';
import {
  assertRunning,
  freePort,
  ROOT,
  startService,
  stopService,
  TS_NODE,
  VITE,
  waitForHttp,
  type Service,
} from './processes';

export interface E2eStack {
  databaseAdminUrl: string;
  redisPrefix: string;
  adminDir: string;
  services: Service[];
}

/** Shared with global-teardown.ts (Jest runs both in the same process). */
export const STACK_KEY = '__dubanE2eStack';

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const db = testDatabaseUrls('duban_e2e', runId);
  const { adminUrl, appUrl } = db;
  const stack: E2eStack = {
    databaseAdminUrl: adminUrl,
    redisPrefix: `duban_e2e_${runId}`,
    adminDir: path.join(ROOT, 'tmp', `e2e-admin-${runId}`),
    services: [],
  };
  (globalThis as Record<string, unknown>)[STACK_KEY] = stack;

  try {
    provisionDatabase(db);

    const [apiPort, adminPort] = await Promise.all([freePort(), freePort()]);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    // Not Jest's NODE_ENV=test: the admin must be the production build (React's dev build is 3× the size).
    const { NODE_ENV: _jestNodeEnv, ...parentEnv } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...parentEnv,
      DATABASE_URL: appUrl,
      DATABASE_ADMIN_URL: adminUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: stack.redisPrefix,
      JWT_SECRET: 'e2e-test-secret-0123456789abcdef',
      PORT: String(apiPort),
      API_URL: apiUrl,
    };

    // Its own output directory, so a running `npm start` keeps serving its build.
    const vite = ['--config', 'apps/admin/vite.config.mts', '--outDir', stack.adminDir];
    const build = spawnSync(process.execPath, [VITE, 'build', ...vite, '--logLevel', 'warn'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`admin build failed:\n${build.stdout}\n${build.stderr}`);

    const api = startService('api', [...TS_NODE, 'apps/api/src/main.ts'], env);
    const worker = startService('worker', [...TS_NODE, 'apps/worker/src/main.ts'], env);
    const previewArgs = ['--host', '127.0.0.1', '--port', String(adminPort), '--strictPort'];
    const admin = startService('admin', [VITE, 'preview', ...vite, ...previewArgs], env);
    stack.services.push(api, worker, admin);
    const adminUrlHttp = `http://127.0.0.1:${adminPort}`;
    await Promise.all([waitForHttp(`${apiUrl}/health`, api), waitForHttp(`${adminUrlHttp}/login`, admin)]);
    // The worker has no HTTP port; by now it has connected or failed.
    assertRunning(worker);

    Object.assign(process.env, {
      DATABASE_URL: appUrl,
      DATABASE_ADMIN_URL: adminUrl,
      E2E_API_URL: apiUrl,
      E2E_ADMIN_URL: adminUrlHttp,
      E2E_REDIS_PREFIX: stack.redisPrefix,
    });
  } catch (err) {
    // Jest skips the teardown when the setup fails: clean up here.
    await Promise.all(stack.services.map(stopService));
    // The original error matters more than a failed clean-up.
    await dropTestDatabase(db).catch(() => undefined);
    throw err;
  }
}
