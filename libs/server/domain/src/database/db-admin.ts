import { Client } from 'pg';
import { createDataSource } from '@duban/platform';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './schema';

/** Owner-level operations: create the database and app role, run and check migrations. */

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export async function ensureDatabase(adminUrl: string): Promise<boolean> {
  const name = databaseName(adminUrl);
  const client = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string): Promise<void> {
  const name = databaseName(adminUrl);
  const client = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The app logs in as the role named in DATABASE_URL: subject to RLS, never owner or superuser. */
export async function ensureAppLogin(adminUrl: string, appUrl: string): Promise<void> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  if (!/^[a-z_][a-z0-9_]*$/.test(role))
    throw new Error(`DATABASE_URL user "${role}" is not a plain role name`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // A DATABASE_URL naming the admin (or any superuser) would be demoted below: refuse instead.
    const [existing] = (await client.query(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [role])).rows;
    if (existing?.rolsuper)
      throw new Error(
        `DATABASE_URL names "${role}", a superuser: the API must connect as a role that row-level security ` +
          `applies to, e.g. postgres://duban_app:duban_app@host:5432/duban (left "${role}" unchanged)`,
      );
    const password = decodeURIComponent(app.password || role).replace(/'/g, "''");
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
        CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${password}';
      ELSE
        ALTER ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS;
      END IF; END $$`);
    if (role !== 'duban_app') await client.query(`GRANT duban_app TO ${role}`);
  } catch (err) {
    // The group role is created by the first migration; grant membership after migrating.
    if (!/role "duban_app" does not exist/.test(String(err))) throw err;
  } finally {
    await client.end();
  }
}

export async function migrate(adminUrl: string): Promise<string[]> {
  const ds = createDataSource(adminUrl, ENTITIES, MIGRATIONS, 2);
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** Pending migrations and entity/schema drift; empty when the database matches the code. */
export async function checkSchema(adminUrl: string): Promise<string[]> {
  const ds = createDataSource(adminUrl, ENTITIES, MIGRATIONS, 2);
  await ds.initialize();
  try {
    const problems: string[] = [];
    if (await ds.showMigrations()) problems.push('there are migrations not yet applied');
    const sql = await ds.driver.createSchemaBuilder().log();
    for (const q of sql.upQueries) problems.push(`entities differ from migrations: ${q.query}`);
    return problems;
  } finally {
    await ds.destroy();
  }
}
