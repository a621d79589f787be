/**
 * `tools/db.ts setup` makes DATABASE_URL's role a plain login under row-level security. Pointed by
 * mistake at the admin's own role, it used to demote it (ALTER ROLE … NOSUPERUSER), locking the cluster's
 * superuser out of its own server; it must refuse and leave the role as it was.
 */
import { Client } from 'pg';
import { ensureAppLogin } from '@duban/domain';

const adminUrl = process.env.DATABASE_ADMIN_URL!;
const superOf = async (role: string) => {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [role])).rows[0]?.rolsuper;
  } finally {
    await c.end();
  }
};

it('refuses a DATABASE_URL that names a superuser, and leaves that role a superuser', async () => {
  const admin = decodeURIComponent(new URL(adminUrl).username);
  expect(await superOf(admin)).toBe(true);
  const appUrl = new URL(adminUrl);
  await expect(ensureAppLogin(adminUrl, appUrl.toString())).rejects.toThrow(
    new RegExp(`DATABASE_URL names "${admin}", a superuser`),
  );
  expect(await superOf(admin)).toBe(true);
});

it('still makes the application role a login without superuser or BYPASSRLS', async () => {
  await ensureAppLogin(adminUrl, process.env.DATABASE_URL!);
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const role = decodeURIComponent(new URL(process.env.DATABASE_URL!).username);
    const { rows } = await c.query(
      `SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`,
      [role],
    );
    expect(rows[0]).toEqual({ rolcanlogin: true, rolsuper: false, rolbypassrls: false });
  } finally {
    await c.end();
  }
});
