import { DataSource } from 'typeorm';
import { createDataSource, Scope, TenantSession } from '@duban/platform';
import { ENTITIES } from '@duban/domain';

/** Connections for integration tests: `app` is subject to RLS, `owner` bypasses it for set-up and recounts. */
export async function testDataSources(): Promise<{
  app: DataSource;
  owner: DataSource;
  close: () => Promise<void>;
}> {
  const app = await createDataSource(process.env.DATABASE_URL!, ENTITIES, [], 4).initialize();
  const owner = await createDataSource(process.env.DATABASE_ADMIN_URL!, ENTITIES, [], 2).initialize();
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
