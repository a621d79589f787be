/*
 * Imports (or re-syncs) an org tree from the national division data:
 *   node --no-deprecation -r @swc-node/register tools/org-import.ts --region 4114
 * --region: 2 digits (province, e.g. 41 河南省), 4 (city, default 4114 商丘市) or 6 (county-level).
 * Runs on the owner connection (DATABASE_ADMIN_URL, else DATABASE_URL as postgres) in one transaction.
 */
import { Client } from 'pg';
import { importRegion, regionTree } from '../libs/server/domain/src/org/import';
import { adminUrlFrom } from './env';

function regionArg(argv: string[]): string {
  const i = argv.findIndex((a) => a === '--region' || a.startsWith('--region='));
  if (i < 0) return '4114';
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (!value) throw new Error('usage: org-import.ts [--region <2|4|6-digit code>]');
  return value;
}

async function main() {
  const region = regionArg(process.argv.slice(2));
  const name = regionTree(region).name;
  const client = new Client({
    connectionString: adminUrlFrom(process.env),
    application_name: 'duban-org-import',
  });
  await client.connect();
  try {
    await client.query('BEGIN');
    const result = await importRegion(
      { query: async (sql, params) => (await client.query(sql, params)).rows },
      region,
      (p) => console.log(`[org-import] ${name} ${p.phase} ${p.done}/${p.total} (+${p.inserted})`),
    );
    const commitStarted = performance.now();
    await client.query('COMMIT');
    const ms = result.ms + Math.round(performance.now() - commitStarted);
    console.log(
      `[org-import] ${result.rootName} (${result.rootCode}, root id ${result.rootId}): ${result.total} units, ` +
        `${result.inserted} inserted, ${result.updated} updated, ${result.total - result.inserted - result.updated} unchanged ` +
        `in ${ms} ms (${(ms / 1000).toFixed(2)} s, commit included)`,
    );
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(`[org-import] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
