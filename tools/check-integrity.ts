/*
 * Integrity checks on a running database (owner connection, all tenants):
 *   npm run rollup:check [-- --item <id>] [-- --fix]   roll_up vs a recount from the assignments
 *   npm run audit:verify                                the hash chains of the audit trail
 * Exits 1 when something does not match.
 */
import { Client } from 'pg';
import { rebuildRollups, rollupDifferences, verifyAuditChains } from '@duban/domain';
import { adminUrlFrom } from './env';

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? null : (process.argv[i + 1] ?? '');
}

async function main(cmd: string) {
  const client = new Client({ connectionString: adminUrlFrom(process.env), application_name: 'duban-check' });
  await client.connect();
  const query = async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows;
  try {
    if (cmd === 'rollup') {
      const item = arg('item');
      const diffs = await rollupDifferences(query, item);
      for (const d of diffs.slice(0, 50))
        console.log(
          `${d.itemId === '*' ? 'all items' : `item ${d.itemId}`} unit ${d.unitId} ${d.column}: stored ${d.stored}, recount ${d.recounted}`,
        );
      if (diffs.length && process.argv.includes('--fix')) {
        const items = [...new Set(diffs.filter((d) => d.itemId !== '*').map((d) => d.itemId))];
        const units = [...new Set(diffs.filter((d) => d.itemId === '*').map((d) => d.unitId))];
        await client.query('BEGIN');
        await rebuildRollups(query, items, units);
        await client.query('COMMIT');
        console.log(`rebuilt the roll-up of ${items.length} item(s) and the all-items rows involved`);
      } else console.log(diffs.length ? `${diffs.length} difference(s)` : 'roll-up matches a full recount');
      if (diffs.length && !process.argv.includes('--fix')) process.exitCode = 1;
    } else if (cmd === 'audit') {
      const r = await verifyAuditChains(query);
      for (const b of r.broken) console.log(`broken: chain ${b.chainKey} at event ${b.eventId}`);
      console.log(`${r.chains} chain(s), ${r.events} event(s): ${r.broken.length ? 'TAMPERED' : 'intact'}`);
      if (r.broken.length) process.exitCode = 1;
    } else {
      console.error('usage: check-integrity.ts rollup [--item <id>] [--fix] | audit');
      process.exitCode = 2;
    }
  } finally {
    await client.end();
  }
}

main(process.argv[2] ?? '').catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
