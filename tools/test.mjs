// `npm test`: formatting, lint, types, drift checks, then unit + integration tests on real PostgreSQL and
// Redis beside the browser suite. Each step's output is kept in tmp/steps/ and printed when it ends.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureServices } from './services.mjs';
import { runLanes, TS_NODE } from './run.mjs';

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

// The checks in two lanes of about a minute each (ESLint's module-boundary rule reads Nx's project
// graph and silently skips itself without one, so the graph comes first in its lane).
const checks = [
  [
    ['Prettier', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
    ['Typecheck: server', 'npx', ['tsc', '-p', 'tsconfig.json']],
    ['GraphQL schema is current', 'node', [...TS_NODE, 'tools/emit-schema.ts', '--check']],
    ['Migrations match entities', 'node', [...TS_NODE, 'tools/db.ts', 'check-fresh'], env],
  ],
  [
    ['Nx project graph', 'npx', ['nx', 'show', 'projects'], { ...process.env, NX_DAEMON: 'false' }],
    ['ESLint (with Nx module boundaries)', 'npx', ['eslint', '--max-warnings', '0', '.']],
    ['Typecheck: admin', 'npx', ['tsc', '-p', 'apps/admin/tsconfig.json']],
    // --check covers every generated file, the allow-list manifest (persisted-documents.json) included.
    [
      'Admin codegen and allow-list manifest are current',
      'npx',
      ['graphql-codegen', '--config', 'apps/admin/codegen.ts', '--check'],
    ],
  ],
];
// Then both Jest runs at once, each on databases, Redis prefixes and ports of its own: the browser
// suite spends much of its time waiting on Chromium, the API and the worker.
const reports = ['tmp/jest-server.json', 'tmp/jest-browser.json'];
const jest = (projects, report, ...flags) => [
  'npx',
  ['jest', '--ci', '--selectProjects', ...projects, ...flags, '--json', `--outputFile=${report}`],
  env,
];
const tests = [
  [['Unit and integration tests', ...jest(['unit', 'integration'], reports[0])]],
  [['Browser tests (Chromium)', ...jest(['e2e'], reports[1], '--runInBand')]],
];

mkdirSync('tmp', { recursive: true });
for (const f of reports) rmSync(f, { force: true });
let failed = await runLanes(checks);
if (!failed.length) failed = await runLanes(tests);

// One plain closing pair of lines for CI: every test Jest ran, whatever the project.
const totals = reports
  .filter((f) => existsSync(f))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')))
  .reduce((t, r) => ({ passed: t.passed + r.numPassedTests, failed: t.failed + r.numFailedTests }), {
    passed: 0,
    failed: 0,
  });
const secs = ((Date.now() - t0) / 1000).toFixed(0);
console.log(
  failed.length ? `\n✗ Failed: ${failed.join(', ')} (${secs}s)` : `\nAll checks passed in ${secs}s`,
);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
if (failed.length) process.exit(1);

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
