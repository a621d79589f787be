import { Client } from 'pg';
import { seedDemoUsers } from '../identity';
import { importRegion } from '../org';

export interface DemoSeedResult {
  region: string;
  units: number;
  inserted: number;
  ms: number;
  users: number;
}

/** The demo tenant (商丘市 by default) and its demo accounts, in one transaction on the owner connection. Idempotent. */
export async function seedDemo(
  adminUrl: string,
  region = '4114',
  onProgress?: (p: { phase: string; done: number; total: number }) => void,
): Promise<DemoSeedResult> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const query = async (sql: string, params?: unknown[]) =>
    (await client.query(sql, params as unknown[])).rows;
  try {
    await client.query('BEGIN');
    const r = await importRegion({ query }, region, onProgress);
    const users = await seedDemoUsers(query);
    await client.query('COMMIT');
    return { region, units: r.total, inserted: r.inserted, ms: r.ms, users };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
