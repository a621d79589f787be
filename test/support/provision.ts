/*
 * Fresh database per test run, provisioned by the same CLI tools `npm start` uses, in a child process.
 * Jest's global setup runs outside the tests' VM realm: importing the domain there would decorate the
 * GraphQL classes with that realm's `Boolean`/`String`, and the API booted inside a test could then no
 * longer map them to scalars. A child process keeps the realms apart and tests the tools as well.
 * Suites that need a database of their own get a copy of the run's pristine one (CREATE DATABASE …
 * TEMPLATE, a fraction of a second) instead of the ~10 s of migrating and seeding another.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../..');
const TS_NODE = ['--no-deprecation', '-r', '@swc-node/register'];

export interface TestDatabase {
  adminUrl: string;
  appUrl: string;
}

export function testDatabaseUrls(prefix: string, runId: string): TestDatabase {
  const host = process.env.PGHOST_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const adminUrl = `${host}/${prefix}_${runId}`;
  return { adminUrl, appUrl: adminUrl.replace('postgres://postgres@', 'postgres://duban_app:duban_app@') };
}

function tool(script: string, db: TestDatabase, extraEnv: Record<string, string> = {}): void {
  const { NODE_ENV: _jest, ...env } = process.env;
  try {
    execFileSync(process.execPath, [...TS_NODE, script], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: db.appUrl, DATABASE_ADMIN_URL: db.adminUrl, ...extraEnv },
      stdio: 'pipe',
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`${script} failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
  }
}

/** Creates the database, the app login and the schema, then seeds the 商丘市 tree and demo users. */
export function provisionDatabase(db: TestDatabase): void {
  tool('tools/db.ts', db, { DB_COMMAND: 'setup' });
  tool('tools/seed-demo.ts', db);
}

/** The quoted database name of a connection URL. */
const quotedName = (url: string) =>
  `"${decodeURIComponent(new URL(url).pathname.slice(1)).replace(/"/g, '""')}"`;

/** One statement on the cluster's `postgres` database, as the owner named in `adminUrl`. */
async function onCluster(adminUrl: string, sql: string): Promise<void> {
  const url = new URL(adminUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A copy of `template` under the name in `db` (nobody may be connected to the template meanwhile). */
export async function copyDatabase(
  template: Pick<TestDatabase, 'adminUrl'>,
  db: TestDatabase,
): Promise<void> {
  await onCluster(
    db.adminUrl,
    `CREATE DATABASE ${quotedName(db.adminUrl)} TEMPLATE ${quotedName(template.adminUrl)}`,
  );
}

export async function dropTestDatabase(db: Pick<TestDatabase, 'adminUrl'>): Promise<void> {
  await onCluster(db.adminUrl, `DROP DATABASE IF EXISTS ${quotedName(db.adminUrl)} WITH (FORCE)`);
}

/**
 * A seeded database of one suite's own, for tests that must not disturb the run's shared one (e.g.
 * tampering with the audit trail, which the lifecycle suite verifies as a whole): a copy of the run's
 * pristine database (TEST_TEMPLATE_DATABASE_URL, see global-setup.ts).
 */
export async function provisionPrivateDatabase(name: string): Promise<TestDatabase> {
  const db = testDatabaseUrls(`duban_test_${name}`, `${Date.now().toString(36)}_${process.pid}`);
  await copyDatabase({ adminUrl: process.env.TEST_TEMPLATE_DATABASE_URL! }, db);
  return db;
}
