import { DataSource } from 'typeorm';
import { createDataSource, Scope, TenantSession } from '@duban/platform';
import { ENTITIES } from '@duban/domain';

/** Connections for integration tests: `app` is subject to RLS, `owner` bypasses it for set-up and recounts. */
export async function testDataSources(
  appUrl = process.env.DATABASE_URL!,
  adminUrl = process.env.DATABASE_ADMIN_URL!,
): Promise<{
  app: DataSource;
  owner: DataSource;
  close: () => Promise<void>;
}> {
  const app = await createDataSource(appUrl, ENTITIES, [], 4).initialize();
  const owner = await createDataSource(adminUrl, ENTITIES, [], 2).initialize();
  return { app, owner, close: async () => void (await Promise.all([app.destroy(), owner.destroy()])) };
}

export async function scopeOf(owner: DataSource, code: string): Promise<Scope & { id: string }> {
  const [row] = await owner.query(`SELECT id, tenant_id, path::text AS path FROM org_unit WHERE code = $1`, [
    code,
  ]);
  if (!row) throw new Error(`no org unit with code ${code}`);
  return { id: row.id, tenantId: row.tenant_id, path: row.path };
}

export function session(app: DataSource, scope: Scope | null): TenantSession {
  return new TenantSession(app, scope);
}

/**
 * A user at the unit with that code, with the demo password (copied from city_supervisor), made on the
 * owner connection; a no-op if the username exists. Returns the user's id.
 */
export async function ensureUser(
  owner: DataSource,
  username: string,
  code: string,
  roles: string[],
  displayName = username,
): Promise<string> {
  const unit = await scopeOf(owner, code);
  await owner.query(
    `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
     SELECT $1, $2, $3::ltree, $4, $5, password_hash, $6::text[]::user_role[]
       FROM app_user WHERE username = 'city_supervisor' ON CONFLICT (username) DO NOTHING`,
    [unit.tenantId, unit.id, unit.path, username, displayName, roles],
  );
  const [row] = await owner.query(`SELECT id::text AS id FROM app_user WHERE username = $1`, [username]);
  return row.id;
}
