// `npm test`: formatting, lint, types, drift checks, unit + integration tests on real PostgreSQL and Redis,
// then the browser suite. Each integration run gets its own database and Redis key prefix.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureServices } from './services.mjs';
import { step, TS_NODE } from './run.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const t0 = Date.now();
const env = {
  ...process.env,
  // Jest's workers (and what they spawn) get room beyond V8's default heap: see jest.config.js.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=6144'].filter(Boolean).join(' '),
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://duban_app:duban_app@127.0.0.1:5432/duban',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
};
await ensureServices({ databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL });
requireCommands({
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  'redis-server': 'redis-server',
});

step('Prettier', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
// ESLint's module-boundary rule reads Nx's project graph and silently skips itself without one.
step('Nx project graph', 'npx', ['nx', 'show', 'projects'], { ...process.env, NX_DAEMON: 'false' });
step('ESLint (with Nx module boundaries)', 'npx', ['eslint', '--max-warnings', '0', '.']);
step('Typecheck: server', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('Typecheck: admin', 'npx', ['tsc', '-p', 'apps/admin/tsconfig.json']);
step('GraphQL schema is current', 'node', [...TS_NODE, 'tools/emit-schema.ts', '--check']);
// --check covers every generated file, the allow-list manifest (persisted-documents.json) included.
step('Admin codegen and allow-list manifest are current', 'npx', [
  'graphql-codegen',
  '--config',
  'apps/admin/codegen.ts',
  '--check',
]);
step('Migrations match entities', 'node', [...TS_NODE, 'tools/db.ts', 'check-fresh'], env);
mkdirSync('tmp', { recursive: true });
const reports = ['tmp/jest-server.json', 'tmp/jest-browser.json'];
step(
  'Unit and integration tests',
  'npx',
  ['jest', '--ci', '--selectProjects', 'unit', 'integration', '--json', `--outputFile=${reports[0]}`],
  env,
);
step(
  'Browser tests (Chromium)',
  'npx',
  ['jest', '--ci', '--selectProjects', 'e2e', '--runInBand', '--json', `--outputFile=${reports[1]}`],
  env,
);
// One plain closing line for CI: every test Jest ran, whatever the project.
const totals = reports
  .map((f) => JSON.parse(readFileSync(f, 'utf8')))
  .reduce((t, r) => ({ passed: t.passed + r.numPassedTests, failed: t.failed + r.numFailedTests }), {
    passed: 0,
    failed: 0,
  });
console.log(`\nAll checks passed in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);

/** Programs the suites run themselves: one clear line naming the missing ones, before minutes of tests. */
function requireCommands(packages) {
  const missing = Object.keys(packages).filter(
    (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status !== 0,
  );
  if (!missing.length) return;
  const install = [...new Set(missing.map((cmd) => packages[cmd]))].join(' ');
  console.error(`✗ The tests need ${missing.join(', ')}: apt-get install -y ${install}`);
  process.exit(1);
}
