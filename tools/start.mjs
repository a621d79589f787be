// `npm start`: from a fresh clone to a running system (api + worker + admin) with demo data.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { ensureServices } from './services.mjs';
import { service, step, TS_NODE, waitForHttp } from './run.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const t0 = Date.now();

const needInstall =
  !existsSync('node_modules/.package-lock.json') ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
// `npm install`, not `npm ci`: see .ci/run for why this registry needs it.
if (needInstall) step('Installing dependencies', process.execPath, ['tools/npm-install.mjs']);

// A stable dev secret per checkout, so sessions survive restarts; production sets JWT_SECRET.
mkdirSync('tmp', { recursive: true });
if (!existsSync('tmp/dev-jwt-secret')) writeFileSync('tmp/dev-jwt-secret', randomBytes(32).toString('hex'));

const PORT = process.env.PORT ?? '3000';
const ADMIN_PORT = process.env.ADMIN_PORT ?? '5173';
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://duban_app:duban_app@127.0.0.1:5432/duban',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  JWT_SECRET: process.env.JWT_SECRET ?? readFileSync('tmp/dev-jwt-secret', 'utf8'),
  PORT,
  API_URL: `http://127.0.0.1:${PORT}`,
};

await ensureServices({ databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL });
step('Database: create, app role, migrations', 'node', [...TS_NODE, 'tools/db.ts', 'setup'], env);
step('Demo data: 商丘市 org tree and demo users', 'node', [...TS_NODE, 'tools/seed-demo.ts'], env);
step('API and worker: build (SWC to dist/)', 'node', ['tools/build-server.mjs'], env);
// Compiled JavaScript in production mode: no transpiler in memory, no development checks in libraries.
const serverEnv = { ...env, NODE_ENV: 'production' };
step(
  'Admin: build',
  'npx',
  ['vite', 'build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'warn'],
  env,
);

const children = [
  // V8 heap as deployed (infra/k8s/api.yaml): bounded old space, a young generation requests' garbage dies in.
  service(
    'api',
    'node',
    ['--max-old-space-size=384', '--max-semi-space-size=16', 'dist/apps/api/src/main.js'],
    serverEnv,
  ),
  service('worker', 'node', ['dist/apps/worker/src/main.js'], serverEnv),
  // Vite itself, not through npx: npx would leave the preview server running when told to stop.
  service(
    'admin',
    'node',
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'apps/admin/vite.config.mts',
      '--port',
      ADMIN_PORT,
      '--strictPort',
    ],
    env,
  ),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children)
  c.on('exit', (code) => code && code !== 0 && console.error(`a service exited with ${code}`));

let logins;
try {
  await waitForHttp(`http://127.0.0.1:${PORT}/health`);
  await waitForHttp(`http://127.0.0.1:${ADMIN_PORT}/`);
  console.log('\n▶ Demo work: items in every state, through the API as the demo users');
  execFileSync(process.execPath, [...TS_NODE, 'tools/seed-demo-work.ts'], { env, stdio: 'inherit' });
  logins = JSON.parse(
    execFileSync(process.execPath, [...TS_NODE, 'tools/demo-logins.ts'], {
      env: { ...env, DUBAN_NO_DB: '1' },
    }).toString(),
  );
} catch (err) {
  // Take the services down with us instead of leaving orphans.
  console.error(err instanceof Error ? err.message : err);
  for (const c of children) c.kill('SIGTERM');
  process.exit(1);
}
const { DEMO_USERS, DEMO_PASSWORD } = logins;
console.log(`
督查督办 is running (ready in ${((Date.now() - t0) / 1000).toFixed(0)}s)
  Admin     http://localhost:${ADMIN_PORT}/
  GraphQL   http://localhost:${PORT}/graphql
  Health    http://localhost:${PORT}/health

Demo logins (password ${DEMO_PASSWORD}):
${DEMO_USERS.map((u) => `  ${u.username.padEnd(20)} ${u.roles.join(',').padEnd(11)} ${u.displayName}`).join('\n')}

Ctrl+C stops everything.`);
