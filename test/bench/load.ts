/*
 * §5 leader query: the province leader's cross-level roll-up through the API under closed-loop load,
 * and the floor: the same roll-up rows read with one SQL statement from a pg Pool as the app role.
 * ActivitySampler shows what the API's database sessions do meanwhile.
 */
import { Client, Pool } from 'pg';
import { ROLLUP_COLUMNS } from '@duban/domain';
import { GqlClient, errorText } from './http';
import { Tree } from './setup';
import { log, percentiles, Percentiles, sleep } from './stats';

export const LEADER_QUERY = `query Leader($u: ID!) {
  orgUnit(id: $u) {
    name
    rollup { total done overdue completionRate onTimeRate progressPercent light lightReason }
    children { name rollup { total done overdue completionRate light lightReason } }
  }
}`;

export interface LoadResult extends Percentiles {
  rps: number;
  errors: number;
  firstError?: string;
  seconds: number;
}

/** `concurrency` workers each send the next request when the previous answered, for `seconds`. */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  call: () => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      try {
        await call();
        latencies.push(performance.now() - start);
      } catch (err) {
        errors++;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  return { ...percentiles(latencies), rps: latencies.length / elapsed, errors, firstError, seconds: elapsed };
}

/** The leader's query over HTTP; a response with errors or without children counts as an error. */
export function leaderCall(api: GqlClient, token: string, tree: Tree) {
  return async () => {
    const res = await api.request<{ orgUnit: { children: unknown[] } | null }>(
      LEADER_QUERY,
      { u: tree.rootId },
      token,
    );
    if (res.errors?.length || !res.data?.orgUnit?.children.length) throw new Error(errorText(res));
  };
}

/**
 * The floor: root and children with their all-items counters (the data the API reads) in one
 * statement, through the same RLS policies (app role, scope set once per connection), one round trip
 * per request.
 */
export function floorPool(
  appUrl: string,
  tree: Tree,
  size: number,
): { pool: Pool; call: () => Promise<void> } {
  // The scope as session settings from the connection's start-up packet: one round trip per request.
  const pool = new Pool({
    connectionString: appUrl,
    max: size,
    application_name: 'duban-bench-floor',
    options: `-c duban.tenant_id=${tree.tenantId} -c duban.scope_path=${tree.rootPath}`,
  });
  // A unit's all-items row, or for a department (no rows of its own) its assignments counted.
  const cols = (t: string) => ROLLUP_COLUMNS.map((c) => `${t}.${c}`).join(', ');
  const sql = `WITH u AS MATERIALIZED (SELECT o.id, o.name, o.sort FROM org_unit o WHERE o.id = $1 OR o.parent_id = $1)
               SELECT u.id, u.name, ${cols('t')} FROM u JOIN roll_up_total t ON t.unit_id = u.id
               UNION ALL
               SELECT u.id, u.name, ${cols('d')} FROM u LEFT JOIN LATERAL duban_rollup_own(ARRAY[u.id], NULL) d ON true
                WHERE NOT EXISTS (SELECT 1 FROM roll_up_total t WHERE t.unit_id = u.id)`;
  const call = async () => {
    const { rows } = await pool.query(sql, [tree.rootId]);
    if (rows.length < 2) throw new Error(`floor read ${rows.length} rows`);
  };
  return { pool, call };
}

/**
 * What the API's database sessions are doing, sampled every 50 ms from pg_stat_activity: running,
 * waiting for a lock (e.g. on a hot roll-up row), or idle in a transaction while Node works.
 */
export class ActivitySampler {
  readonly counts = new Map<string, number>();
  private running = false;
  private loop?: Promise<void>;

  constructor(private readonly owner: Client) {}

  /** Samples until pause() or stop(); may be started again after a pause (the counts add up). */
  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const { rows } = await this.owner.query(
          `SELECT CASE WHEN state = 'idle in transaction' THEN 'idle in transaction (waiting for Node)'
                       WHEN wait_event_type IS NULL THEN 'running'
                       ELSE wait_event_type || ':' || wait_event END AS what, count(*)::int AS n
             FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'duban' AND state <> 'idle'
            GROUP BY 1`,
        );
        for (const r of rows) this.counts.set(r.what, (this.counts.get(r.what) ?? 0) + r.n);
        await sleep(50);
      }
    })();
  }

  async pause(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  async stop(): Promise<string> {
    await this.pause();
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0) || 1;
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([what, n]) => `${what} ${Math.round((100 * n) / total)}%`)
      .join(', ');
  }
}

/** One measured run (no warm-up); prints one line. */
export async function round(
  label: string,
  concurrency: number,
  seconds: number,
  call: () => Promise<void>,
): Promise<LoadResult> {
  const r = await closedLoop(concurrency, seconds, call);
  log(
    `  ${label}: ${r.n} requests in ${r.seconds.toFixed(1)} s = ${r.rps.toFixed(0)} req/s; ` +
      `p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms; errors ${r.errors}` +
      (r.firstError ? ` (first: ${r.firstError})` : ''),
  );
  return r;
}
