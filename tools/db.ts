/* Database tooling: `setup` (database, app role, migrations), `check` (drift), `drop` (test databases). */
import { checkSchema, dropDatabase, ensureAppLogin, ensureDatabase, migrate } from '@duban/domain';
import { adminUrlFrom } from './env';

async function main(cmd: string) {
  const appUrl = process.env.DATABASE_URL!;
  const adminUrl = adminUrlFrom(process.env);
  if (cmd === 'setup') {
    if (await ensureDatabase(adminUrl))
      console.log(`created database ${new URL(adminUrl).pathname.slice(1)}`);
    await ensureAppLogin(adminUrl, appUrl);
    const ran = await migrate(adminUrl);
    await ensureAppLogin(adminUrl, appUrl);
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
      await migrate(fresh.toString());
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
