// One Jest run for every server-side project; SWC keeps decorator metadata for NestJS and TypeORM.
const swc = JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'));
delete swc.$schema;
const transform = { '^.+\\.tsx?$': ['@swc/jest', { ...swc, swcrc: false }] };
const aliases = require('./test/support/register-aliases');
const moduleNameMapper = Object.fromEntries(
  Object.entries(aliases).map(([k, v]) => [`^${k}$`, `<rootDir>/${v}`]),
);
const base = { rootDir: __dirname, transform, moduleNameMapper, testEnvironment: 'node' };

module.exports = {
  // Each integration file boots its own Nest app; what a file leaves behind adds up in a long-lived
  // worker (one ran out of its 4 GB heap after ~35 files). A worker above this after a file is replaced;
  // tools/test.mjs also gives workers a larger heap, as the cross-tenant sweep alone peaks near 1 GB.
  workerIdleMemoryLimit: '1GB',
  projects: [
    // Pure functions: no services needed.
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/apps/admin/'],
    },
    // Real PostgreSQL and Redis, a fresh database and key prefix per run (see test/support/global-setup.ts).
    {
      ...base,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/libs/**/*.int.spec.ts',
        '<rootDir>/apps/**/*.int.spec.ts',
        '<rootDir>/test/integration/**/*.int.spec.ts',
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/test-timeout.ts'],
    },
    // Chromium against the built admin, the API and the worker on a fresh database (see test/e2e/support/global-setup.ts).
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
      // Jest takes testTimeout from the top-level config only, so the per-project budget is set by this file.
      setupFilesAfterEnv: ['<rootDir>/test/support/test-timeout.ts'],
    },
  ],
};
