/*
 * The generic GraphQL-over-Postgres peer (peer-server.ts, PostGraphile 4) answering the leader's
 * question on the same data: the root and its children, each with its all-items roll-up counters.
 * PostGraphile's idiom for a derived value is a computed column, a STABLE SQL function named
 * <table>_<field>; org_unit_rollup reads what the API reads (the unit's all-items row, or for a
 * department its own assignments counted) and runs with the caller's rights, under RLS.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { columnsFor } from '@duban/domain';
import { freePort } from '../support/net';
import { ApiProcess, stopApi } from './api';
import { errorText, GqlClient } from './http';
import { BenchEnv, ROOT, TS_NODE, Tree } from './setup';

const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

/** The counters the API reads for the leader query's Rollup fields, as PostGraphile names them. */
const COUNTERS = columnsFor([
  'total',
  'done',
  'overdue',
  'completionRate',
  'onTimeRate',
  'progressPercent',
  'light',
  'lightReason',
])
  .map(camel)
  .join(' ');

export const PEER_QUERY = `query Peer($u: BigInt!) {
  orgUnitById(id: $u) {
    name
    rollup { ${COUNTERS} }
    orgUnitsByParentId(orderBy: SORT_ASC) { nodes { name rollup { ${COUNTERS} } } }
  }
}`;

/** The computed column, created as the owner in the bench database only. */
export async function createPeerFunction(owner: Client): Promise<void> {
  await owner.query(`CREATE OR REPLACE FUNCTION org_unit_rollup(u org_unit) RETURNS roll_up_total
    LANGUAGE sql STABLE AS $$
      SELECT t FROM roll_up_total t WHERE t.unit_id = u.id
      UNION ALL
      SELECT jsonb_populate_record(NULL::roll_up_total, to_jsonb(d))
        FROM duban_rollup_own(ARRAY[u.id], NULL) d
       WHERE NOT EXISTS (SELECT 1 FROM roll_up_total t WHERE t.unit_id = u.id)
      LIMIT 1
    $$`);
}

/** Starts the peer as its own process (like the API), with `pool` connections as the app role. */
export async function startPeer(
  env: BenchEnv,
  tree: Tree,
  pool: number,
  logDir: string,
): Promise<ApiProcess> {
  const port = await freePort();
  const logFile = path.join(logDir, `bench-${env.stamp}-peer.log`);
  const child = spawn(process.execPath, [...TS_NODE, 'test/bench/peer-server.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PEER_DATABASE_URL: env.appUrl,
      PEER_PORT: String(port),
      PEER_POOL: String(pool),
      PEER_TENANT: tree.tenantId,
      PEER_SCOPE: tree.rootPath,
      JWT_SECRET: env.jwtSecret,
    },
  });
  const out = createWriteStream(logFile);
  child.stderr!.pipe(out);
  child.stdout!.pipe(out);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the peer did not start within 60 s (${logFile})`)),
      60_000,
    );
    child.once('exit', (code) => reject(new Error(`the peer exited with ${code} (${logFile})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening ')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { child, pid: child.pid!, url: `http://127.0.0.1:${port}`, logFile };
}

/** The leader's question through the peer; errors or no children count as an error. */
export function peerCall(peer: GqlClient, token: string, tree: Tree) {
  return async () => {
    const res = await peer.request<{ orgUnitById: { orgUnitsByParentId: { nodes: unknown[] } } | null }>(
      PEER_QUERY,
      { u: tree.rootId },
      token,
    );
    if (res.errors?.length || !res.data?.orgUnitById?.orgUnitsByParentId.nodes.length)
      throw new Error(errorText(res));
  };
}

export const stopPeer = stopApi;
