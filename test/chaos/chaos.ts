/*
 * `npm run chaos [-- --only a,c] [--keep]`: the chaos suite (docs/supervision.md, "Chaos suite").
 * A private PostgreSQL 15 cluster and Redis on ports of their own (CHAOS_PG_PORT, default 55432;
 * CHAOS_REDIS_PORT, default 56379), the 商丘市 tree, the API and a worker from dist/; then, one after
 * the other: a. kill -9 of the worker twice in a fan-out, b. Redis killed under load and back empty,
 * c. PostgreSQL restarted under 50 reporting liaisons, d. kill -9 of the API in a cascade, e. two
 * workers at once. Each ends with: every event delivered exactly once to every intended recipient,
 * the outbox drained, roll-ups equal to a recount, audit chains intact. Prints one line per scenario
 * and exits 1 if any failed. Everything it started is stopped and removed at exit, also on Ctrl+C.
 */
import { Cluster } from './cluster';
import { apiKill, postgresRestart, redisOutage, ScenarioResult, twoWorkers, workerKill } from './scenarios';
import { log, World } from './world';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
const keep = argv.includes('--keep');

const cluster = new Cluster({
  pgPort: Number(process.env.CHAOS_PG_PORT ?? 55432),
  redisPort: Number(process.env.CHAOS_REDIS_PORT ?? 56379),
});
const world = new World(cluster);
let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= (async () => {
    await world.tearDown().catch(() => undefined);
    await cluster.cleanup(keep);
    if (keep) log(`--keep: logs and data left in ${cluster.dir}`);
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    log(`${signal}: stopping everything`);
    void cleanup().finally(() => process.exit(130));
  });

function row(cells: (string | number)[]): string {
  const widths = [36, 7, 9, 10, 5, 11, 12, 9, 6];
  return cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' ');
}

async function main(): Promise<number> {
  const started = Date.now();
  await world.setUp();
  const results: ScenarioResult[] = [];
  let itemForReports = '';
  const scenarios: [string, () => Promise<ScenarioResult>][] = [
    [
      'a',
      async () => {
        const r = await workerKill(world);
        itemForReports = (await world.db.query(`SELECT max(id)::text AS id FROM supervision_item`)).rows[0]
          .id;
        return r;
      },
    ],
    ['b', () => redisOutage(world)],
    ['c', () => postgresRestart(world, itemForReports)],
    ['d', () => apiKill(world)],
    ['e', () => twoWorkers(world)],
  ];
  for (const [key, run] of scenarios) {
    // c reports on a's item and d times its kills from a's cascade: a always runs.
    if (only && !only.includes(key) && key !== 'a') continue;
    log(`scenario ${key}`);
    const r = await run();
    results.push(r);
    for (const n of r.notes) log(`  ${n}`);
    for (const p of r.problems) log(`  PROBLEM: ${p}`);
  }
  const lines = [
    row([
      'scenario',
      'events',
      'expected',
      'delivered',
      'lost',
      'duplicated',
      'redelivered',
      'recovery',
      'result',
    ]),
    ...results.map((r) =>
      row([
        r.name,
        r.figures.events,
        r.figures.expected,
        r.figures.delivered,
        r.figures.lost,
        r.figures.duplicated,
        r.figures.republished,
        Number.isNaN(r.recoveryMs) ? '—' : `${(r.recoveryMs / 1000).toFixed(1)} s`,
        r.problems.length ? 'FAIL' : 'PASS',
      ]),
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  const failed = results.filter((r) => r.problems.length);
  log(
    `${results.length} scenario(s) in ${((Date.now() - started) / 1000).toFixed(0)} s: ${failed.length ? `${failed.length} FAILED` : 'all passed'}`,
  );
  return failed.length ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(`[chaos] ${err instanceof Error ? (err.stack ?? err.message) : err}`);
    await cleanup();
    process.exit(1);
  });
