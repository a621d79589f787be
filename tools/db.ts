/* Database tooling: `setup` (database, app role, migrations), `check` (drift), `drop` (test databases). */
import { Client } from 'pg';
import { checkSchema, dropDatabase, ensureAppLogin, ensureDatabase, migrate } from '@duban/domain';
import { adminUrlFrom } from './env';

/**
 * Roles are cluster-wide: two set-ups at once (parallel test runs, each on a database of its own) both
 * ALTER ROLE duban_app, and PostgreSQL fails one with "tuple concurrently updated". One at a time, on a
 * session-level advisory lock in the `postgres` database (released if this process dies).
 */
async function oneAtATime<T>(adminUrl: string, work: () => Promise<T>): Promise<T> {
  const u = new URL(adminUrl);
  u.pathname = '/postgres';
  const lock = new Client({ connectionString: u.toString() });
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext('duban:roles'))`);
    return await work();
  } finally {
    await lock.end();
  }
}

async function main(cmd: string) {
  const appUrl = process.env.DATABASE_URL!;
  const adminUrl = adminUrlFrom(process.env);
  if (cmd === 'setup') {
    if (await ensureDatabase(adminUrl))
      console.log(`created database ${new URL(adminUrl).pathname.slice(1)}`);
    // The first migration creates the group role: it too runs under the lock.
    const ran = await oneAtATime(adminUrl, async () => {
      await ensureAppLogin(adminUrl, appUrl);
      const applied = await migrate(adminUrl);
      await ensureAppLogin(adminUrl, appUrl);
      return applied;
    });
    console.log(ran.length ? `applied migrations: ${ran.join(', ')}` : 'migrations: up to date');
  } else if (cmd === 'check') {
    const problems = await checkSchema(adminUrl);
    if (problems.length) {
      console.error(`Schema drift:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log('schema: migrations applied and entities match');
  } else if (cmd === 'check-fresh') {
    // CI: migrate a throwaway database from zero, then compare it with the entities.
    const fresh = new URL(adminUrl);
    fresh.pathname = `/duban_drift_${Date.now().toString(36)}_${process.pid}`;
    await ensureDatabase(fresh.toString());
    try {
      await oneAtATime(adminUrl, () => migrate(fresh.toString()));
      const problems = await checkSchema(fresh.toString());
      if (problems.length) {
        console.error(`Schema drift (add a migration):\n- ${problems.join('\n- ')}`);
        process.exitCode = 1;
      } else console.log('schema: migrations from zero match the entities');
    } finally {
      await dropDatabase(fresh.toString());
    }
  } else if (cmd === 'drop') {
    await dropDatabase(adminUrl);
  } else {
    console.error('usage: db.ts setup|check|check-fresh|drop');
    process.exit(2);
  }
}

main(process.argv[2] ?? process.env.DB_COMMAND ?? '').catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
