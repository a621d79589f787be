/*
 * `npm run bench`: the performance targets (docs/benchmarks.md), measured in one run against a fresh database.
 *
 *   npm run bench [-- --region 41] [--assignments 1000000] [--seconds 15] [--concurrency 24]
 *                 [--rate 200] [--reporters 200] [--view-cache 250] [--keep] [--cpu-prof]
 *
 * Phases: set-up (database, 河南省 org tree, users) → API child process → cascade (API vs raw floor)
 * → volume (≥ 1M assignments, realistic states) → liaisons log in and sign for their assignments →
 * leader query under load (API vs raw floor) → freshness at ~200 reports/s → table (also
 * test-artifacts/bench-<stamp>.md), with the API's memory and CPU per phase. A missed target is a
 * measurement (exit 0); a crash exits 1, request errors under load exit 2. Everything the bench
 * created (API process, database, Redis keys) is removed at the end, also on failure or Ctrl+C.
 *
 * Over 400 lines on purpose: the run's phases share one database, API process and clock; the pieces
 * that stand alone live in the files next to it.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ApiProcess, PhaseStats, ProcessSampler, startApi, stopApi } from './api';
import { Breakdown, cascadeBreakdown, cascadeFloor, cascadeViaApi, createItem, templateOf } from './cascade';
import { measureFreshness, prepareReporters, FreshnessResult, Reporter } from './freshness';
import { GqlClient, login } from './http';
import { ActivitySampler, closedLoop, floorPool, leaderCall, LoadResult, round } from './load';
import { createPeerFunction, peerCall, startPeer, stopPeer } from './peer';
import { Summary } from './growth';
import { markdownTable, Row, saveReport } from './report';
import {
  BenchEnv,
  benchEnv,
  cleanup,
  connectOwner,
  createDatabase,
  describeTrees,
  importOrgTree,
  insertUsers,
  ROOT,
  sampleTownships,
  Tree,
} from './setup';
import { fmtInt, fmtMb, fmtMs, log, median, timed } from './stats';
import { countAssignments, rootTotals, shuffleItems, vacuumAnalyze } from './volume';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const PROBE_LIAISONS = 10;
const SUPERVISOR = 'bench_province_supervisor';
const LEADER = 'bench_province_leader';
/** The API's database pool (DB_POOL's default); the peer gets as many connections. */
const API_DB_POOL = 20;
/** Province cascades timed, each through the API and then as the raw floor (the table shows medians). */
const CASCADE_RUNS = 5;
const supervisorOf = (t: Tree) => `bench_supervisor_${t.rootId}`;

interface Options {
  region: string;
  assignments: number;
  seconds: number;
  concurrency: number;
  rate: number;
  reporters: number;
  keep: boolean;
  cpuProf: boolean;
  viewCacheMs: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    region: value('region', '41'),
    assignments: Number(value('assignments', '1000000')),
    seconds: Number(value('seconds', '15')),
    concurrency: Number(value('concurrency', '24')),
    rate: Number(value('rate', '200')),
    reporters: Number(value('reporters', '200')),
    keep: argv.includes('--keep'),
    cpuProf: argv.includes('--cpu-prof'),
    viewCacheMs: Number(value('view-cache', '250')),
  };
}

/** What the bench holds open; cleanup() releases whatever exists, in reverse order. */
interface Resources {
  env: BenchEnv;
  owner?: Client;
  api?: ApiProcess;
  client?: GqlClient;
  sampler?: ProcessSampler;
}

interface CascadeResult {
  apiMs: number[];
  floorMs: number[];
  breakdown: Breakdown;
  volumeApiMs: number[];
  freshItem: string;
  assignments: number;
}

// ── phases ─────────────────────────────────────────────────────────────────────────────────────

async function setUp(
  r: Resources,
  opts: Options,
): Promise<{ tree: Tree; others: Tree[]; liaisons: { username: string; unitId: string }[] }> {
  log(`1. set-up: database ${r.env.database} (tools/db.ts setup)`);
  await createDatabase(r.env);
  let importMs = 0;
  for (const region of opts.region.split(',')) {
    log(`   org tree: npm run org:import -- --region ${region}`);
    importMs += await importOrgTree(r.env, region);
  }
  r.owner = await connectOwner(r.env);
  // Statistics for every table, as autovacuum would keep them (it is off on the shared server; the
  // import analyzes org_unit itself). Plans without them are not what production runs.
  await r.owner.query('ANALYZE');
  const [tree, ...others] = await describeTrees(r.owner);
  log(
    `   ${tree.rootName}: root id ${tree.rootId}, tenant_id ${tree.tenantId}, path ${tree.rootPath}; ` +
      `${fmtInt(tree.unitsBelowRoot)} units below the root ${JSON.stringify(tree.byKind)}; import ${fmtMs(importMs)}`,
  );
  const townships = await sampleTownships(r.owner, tree, opts.reporters + PROBE_LIAISONS);
  const liaisons = townships.map((unitId) => ({ username: `bench_liaison_${unitId}`, unitId }));
  await insertUsers(r.owner, r.env.password, [
    { username: SUPERVISOR, displayName: '省督查室 基准督查员', unitId: tree.rootId, role: 'SUPERVISOR' },
    { username: LEADER, displayName: '省委 基准领导', unitId: tree.rootId, role: 'LEADER' },
    ...liaisons.map((l) => ({ ...l, displayName: `乡镇联络员 ${l.unitId}`, role: 'LIAISON' })),
    // Another region (`--region 41,42`) is another tenant: its own supervisor cascades its volume.
    ...others.map((o) => ({
      username: supervisorOf(o),
      displayName: `${o.rootName} 基准督查员`,
      unitId: o.rootId,
      role: 'SUPERVISOR',
    })),
  ]);
  log(`   users: province supervisor + leader, ${liaisons.length} township liaisons`);
  for (const o of others)
    log(`   also ${o.rootName} (tenant ${o.tenantId}): ${fmtInt(o.unitsBelowRoot)} units, the same volume`);
  return { tree, others, liaisons };
}

async function cascadePhase(
  r: Resources,
  tree: Tree,
  others: Tree[],
  token: string,
  opts: Options,
): Promise<CascadeResult> {
  const { owner, client } = r as Required<Resources>;
  const expect = (what: string, count: number, t = tree) => {
    if (count !== t.unitsBelowRoot)
      throw new Error(`${what} wrote ${count} rows, expected ${t.unitsBelowRoot}`);
  };
  log(
    `2. cascade: assignItem to all ${fmtInt(tree.unitsBelowRoot)} units, ${CASCADE_RUNS} × (API, then raw floor)`,
  );
  const apiMs: number[] = [];
  const floorMs: number[] = [];
  const items: string[] = [];
  for (let i = 1; i <= CASCADE_RUNS; i++) {
    const item = await createItem(client, token, `全省基准事项 ${i}（API 下发）`);
    const api = await cascadeViaApi(client, token, item, tree);
    expect('assignItem', api.count);
    const floorItem = await createItem(client, token, `全省基准事项 ${i}（floor）`);
    const floor = await cascadeFloor(owner, floorItem, tree, await templateOf(owner, item));
    expect('floor', floor.count);
    apiMs.push(api.ms);
    floorMs.push(floor.ms);
    items.push(item, floorItem);
    log(`   run ${i}: API ${fmtMs(api.ms)}, floor ${fmtMs(floor.ms)} (×${(api.ms / floor.ms).toFixed(2)})`);
  }
  const extra = await createItem(client, token, `全省基准事项（分解计时）`);
  const breakdown = await cascadeBreakdown(owner, tree, extra, await templateOf(owner, items[0]));
  log(
    `   breakdown (app role, RLS, rolled back): INSERT … SELECT ${fmtMs(breakdown.insertMs)}, duban_rollup_add_new ${fmtMs(breakdown.rollupMs)}`,
  );

  log(`3. volume: ≥ ${fmtInt(opts.assignments)} assignments`);
  const needed = Math.max(items.length + 1, Math.ceil(opts.assignments / tree.unitsBelowRoot));
  const volumeApiMs: number[] = [];
  // The breakdown's item (its cascade was rolled back) is the first one cascaded here.
  for (let item = extra; items.length < needed; item = '') {
    item ||= await createItem(client, token, `全省基准事项 ${items.length + 1}（数据量）`);
    const { ms, count } = await cascadeViaApi(client, token, item, tree);
    expect('assignItem', count);
    volumeApiMs.push(ms);
    items.push(item);
    log(`   item ${item}: ${fmtInt(count)} assignments via API in ${fmtMs(ms)} (${items.length}/${needed})`);
  }
  // The other tenants' volume: as many items each, cascaded by their own supervisor.
  const ballast: string[] = [];
  for (const other of others) {
    const otherToken = await login(client, supervisorOf(other), r.env.password);
    for (let i = 1; i <= needed; i++) {
      const item = await createItem(client, otherToken, `全省基准事项 ${i}（数据量，${other.rootName}）`);
      const { ms, count } = await cascadeViaApi(client, otherToken, item, other);
      expect('assignItem', count, other);
      ballast.push(item);
      log(
        `   ${other.rootName} item ${item}: ${fmtInt(count)} assignments via API in ${fmtMs(ms)} (${i}/${needed})`,
      );
    }
  }
  // The first API item stays untouched (all 待签收): the freshness phase reports against it.
  const freshItem = items[0];
  // A million new rows: autovacuum (off on the shared server) would have analyzed them by now.
  await owner.query('ANALYZE assignment, roll_up');
  await shuffleItems(owner, [...items.slice(1), ...ballast]);
  const vacuum = await vacuumAnalyze(owner);
  const assignments = await countAssignments(owner);
  log(
    `   VACUUM (ANALYZE) ${fmtMs(vacuum)}; ${fmtInt(assignments)} assignments; root totals ${JSON.stringify(await rootTotals(owner, tree.rootId))}`,
  );
  return { apiMs, floorMs, breakdown, volumeApiMs, freshItem, assignments };
}

interface LeaderResult {
  api: LoadResult;
  raw: LoadResult;
  peer: LoadResult;
  dbActivity: string;
}

/** Rounds of the leader query, API and floor taking turns, so both see the same shared machine. */
const LEADER_ROUNDS = 3;

/** The median of each figure over the rounds (errors and requests summed). */
function medianRound(rounds: LoadResult[]): LoadResult {
  const mid = (f: (r: LoadResult) => number) => median(rounds.map(f));
  return {
    n: rounds.reduce((a, r) => a + r.n, 0),
    p50: mid((r) => r.p50),
    p95: mid((r) => r.p95),
    p99: mid((r) => r.p99),
    max: Math.max(...rounds.map((r) => r.max)),
    rps: mid((r) => r.rps),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError,
    seconds: rounds.reduce((a, r) => a + r.seconds, 0),
  };
}

const LEADER_WARM_UP_S = 10;

async function leaderPhase(r: Resources, tree: Tree, token: string, opts: Options): Promise<LeaderResult> {
  const { client, owner, sampler } = r as Required<Resources>;
  const seconds = Math.max(3, opts.seconds / LEADER_ROUNDS);
  log(
    `4. leader query: concurrency ${opts.concurrency}, ${LEADER_ROUNDS} rounds of ${seconds} s each for the API and the floor, in turn, after a ${LEADER_WARM_UP_S} s warm-up each`,
  );
  const activity = new ActivitySampler(owner);
  const floor = floorPool(r.env.appUrl, tree, opts.concurrency);
  // The generic peer: its own process, as many connections as the API's pool (DB_POOL default).
  await createPeerFunction(owner);
  const peerProcess = await startPeer(r.env, tree, API_DB_POOL, ARTIFACTS);
  const peerClient = new GqlClient(`${peerProcess.url}/graphql`, opts.concurrency);
  const peer = peerCall(peerClient, token, tree);
  const api: LoadResult[] = [];
  const raw: LoadResult[] = [];
  const generic: LoadResult[] = [];
  try {
    // 10 s each: a process's young generation and JIT settle over the first 10–15 s of load (at 3 s the
    // API's first round ran at half its later rate), and the rounds measure the steady state.
    sampler.enter('leader warm-up');
    await closedLoop(opts.concurrency, LEADER_WARM_UP_S, leaderCall(client, token, tree));
    await closedLoop(opts.concurrency, LEADER_WARM_UP_S, floor.call);
    const warm = await closedLoop(opts.concurrency, LEADER_WARM_UP_S, peer);
    if (warm.firstError) log(`   peer warm-up error: ${warm.firstError}`);
    for (let i = 1; i <= LEADER_ROUNDS; i++) {
      sampler.enter('leader query');
      activity.start();
      api.push(await round(`API   ${i}`, opts.concurrency, seconds, leaderCall(client, token, tree)));
      await activity.pause();
      sampler.enter('leader floor');
      raw.push(await round(`floor ${i}`, opts.concurrency, seconds, floor.call));
      sampler.enter('leader peer');
      generic.push(await round(`peer  ${i}`, opts.concurrency, seconds, peer));
    }
  } finally {
    await floor.pool.end();
    peerClient.close();
    await stopPeer(peerProcess);
  }
  const dbActivity = await activity.stop();
  log(`   API database sessions meanwhile: ${dbActivity}`);
  return { api: medianRound(api), raw: medianRound(raw), peer: medianRound(generic), dbActivity };
}

/** Before any load: the liaisons log in (argon2, deliberately costly) and sign for their assignments. */
async function liaisonSetUp(
  r: Resources,
  itemId: string,
  liaisons: { username: string; unitId: string }[],
): Promise<Reporter[]> {
  const { owner, client, sampler } = r as Required<Resources>;
  sampler.enter('liaison set-up');
  log(`   ${liaisons.length} township liaisons log in and sign for (签收) item ${itemId}`);
  const { ms, value } = await timed(() => prepareReporters(client, owner, itemId, liaisons, r.env.password));
  log(`   ready in ${fmtMs(ms)}`);
  return value;
}

async function freshnessPhase(
  r: Resources,
  tree: Tree,
  itemId: string,
  leaderToken: string,
  reporters: Reporter[],
  opts: Options,
): Promise<FreshnessResult> {
  const { owner, api, sampler } = r as Required<Resources>;
  log(`5. freshness: progress reports at ${opts.rate}/s on item ${itemId}, ${opts.seconds} s`);
  sampler.enter('freshness');
  const f = await measureFreshness({
    apiUrl: api.url,
    owner,
    tree,
    itemId,
    leaderToken,
    reporters: reporters.slice(0, opts.reporters),
    probes: reporters.slice(opts.reporters),
    rate: opts.rate,
    seconds: opts.seconds,
    senders: 16,
  });
  log(
    `   ${f.committed} reports committed in ${f.seconds.toFixed(1)} s = ${f.committedRate.toFixed(0)}/s ` +
      `(database: ${f.dbRows} rows), ${f.skipped} skipped, ${f.errors} errors; mutation p95 ${fmtMs(f.mutation.p95)}; ` +
      `visible at the root p50 ${fmtMs(f.visible.p50)}, p95 ${fmtMs(f.visible.p95)} over ${f.probes} probes ` +
      `(${f.probesUnseen} unseen after 5 s); reader polls ${f.readerPolls}; roll-up vs recount: ${f.rollupDifferences} differences`,
  );
  log(`   API database sessions meanwhile: ${f.dbActivity}`);
  for (const e of f.errorSamples) log(`   error: ${e}`);
  return f;
}

// ── report ─────────────────────────────────────────────────────────────────────────────────────

/** CPU the API spent per request in a phase, and how much of the two cores the machine had left. */
function cpuRow(metric: string, s: PhaseStats | undefined, requests: number): Row {
  const measured = s && requests ? `${((s.apiCpu / requests) * 1000).toFixed(1)} ms CPU/request` : 'n/a';
  const machine = s ? `API ${pct(s.apiCpu, s.wall)}, machine ${pct(s.machineCpu, s.wall)} of 2 cores` : '';
  return { metric, measured, floor: machine, target: '', pass: null };
}

const pct = (cpu: number, wall: number) => `${Math.round((100 * cpu) / (wall * os.cpus().length))}%`;

function tableRows(
  tree: Tree,
  c: CascadeResult,
  leader: LeaderResult,
  f: FreshnessResult,
  proc: ProcessSampler,
  opts: Options,
): Row[] {
  const rssLoad = proc.peakRss('leader query', 'freshness');
  const sustained = f.committedRate >= 0.95 * opts.rate;
  const apiMedian = median(c.apiMs);
  const floorMedian = median(c.floorMs);
  const ratio = apiMedian / floorMedian;
  const allApi = [...c.apiMs, ...c.volumeApiMs];
  return [
    {
      metric: `Cascade to ${fmtInt(tree.unitsBelowRoot)} units, mutation → committed (median of ${CASCADE_RUNS})`,
      measured: fmtMs(apiMedian),
      floor: `${fmtMs(floorMedian)} raw INSERT…SELECT`,
      target: '< 1 s',
      pass: apiMedian < 1000,
    },
    {
      metric: 'Cascade API ÷ floor',
      measured: `×${ratio.toFixed(2)}`,
      floor: '×1',
      target: '≤ ×1.5',
      pass: ratio <= 1.5,
    },
    {
      metric: 'Cascade breakdown: INSERT + roll-up (app role)',
      measured: `${fmtMs(c.breakdown.insertMs)} + ${fmtMs(c.breakdown.rollupMs)}`,
      floor: '',
      target: '',
      pass: null,
    },
    {
      metric: `Cascade, all ${allApi.length} API runs (median / max)`,
      measured: `${fmtMs(median(allApi))} / ${fmtMs(Math.max(...allApi))}`,
      floor: '',
      target: '',
      pass: null,
    },
    {
      metric: 'Assignments in the database',
      measured: fmtInt(c.assignments),
      floor: '',
      target: `≥ ${fmtInt(opts.assignments)}`,
      pass: c.assignments >= opts.assignments,
    },
    ...(['p50', 'p95', 'p99'] as const).map((p) => ({
      metric: `Leader query ${p} (c=${opts.concurrency}, median of ${LEADER_ROUNDS})`,
      measured: fmtMs(leader.api[p]),
      floor: fmtMs(leader.raw[p]),
      target: p === 'p95' ? '< 30 ms' : '',
      pass: p === 'p95' ? leader.api.p95 < 30 && leader.api.errors === 0 : null,
    })),
    {
      metric: 'Leader query throughput',
      measured: `${fmtInt(leader.api.rps)} req/s${leader.api.errors ? ` (${leader.api.errors} errors)` : ''}`,
      floor: `${fmtInt(leader.raw.rps)} req/s`,
      target: '≥ 1,000 req/s',
      pass: leader.api.rps >= 1000 && leader.api.errors === 0,
    },
    {
      metric: 'Generic peer (PostGraphile 4, same role and RLS): req/s, p95',
      measured: `${fmtInt(leader.peer.rps)} req/s, p95 ${fmtMs(leader.peer.p95)}${leader.peer.errors ? ` (${leader.peer.errors} errors)` : ''}`,
      floor: '',
      target: '',
      pass: null,
    },
    {
      metric: 'Leader query throughput ÷ generic peer',
      measured: `×${(leader.api.rps / leader.peer.rps).toFixed(2)}`,
      floor: '',
      target: '≥ ×3',
      pass: leader.api.rps >= 3 * leader.peer.rps && leader.peer.errors === 0,
    },
    cpuRow('API CPU per leader query', proc.get('leader query'), leader.api.n),
    {
      // The target holds "while 200 reports/s arrive": a lower sustained rate voids the verdict.
      metric: `Freshness p95: report sent → visible at root (${f.probes} probes)`,
      measured: fmtMs(f.visible.p95) + (sustained ? '' : ` at ${f.committedRate.toFixed(0)}/s only`),
      floor: `${fmtMs(f.mutation.p95)} mutation p95`,
      target: `< 1 s at ${opts.rate}/s`,
      pass: f.probes > 0 && f.visible.p95 < 1000 && sustained,
    },
    {
      metric: 'Freshness p50',
      measured: fmtMs(f.visible.p50),
      floor: `${fmtMs(f.mutation.p50)} mutation p50`,
      target: '',
      pass: null,
    },
    {
      metric: 'Progress reports committed',
      measured: `${f.committedRate.toFixed(0)}/s, ${f.errors} errors, ${f.skipped} skipped`,
      floor: '',
      target: `${opts.rate}/s offered`,
      pass: sustained && f.errors === 0,
    },
    cpuRow('API CPU per request (reports + root polls)', proc.get('freshness'), f.committed + f.readerPolls),
    {
      metric: 'Roll-up = recount after the load',
      measured: `${f.rollupDifferences} differences`,
      floor: '',
      target: '0',
      pass: f.rollupDifferences === 0,
    },
    {
      metric: 'API resident memory, peak under load',
      measured: fmtMb(rssLoad),
      floor: '',
      target: '< 250 MB',
      pass: rssLoad > 0 && rssLoad < 250 * 1024 * 1024,
    },
    {
      metric: 'API resident memory, peak whole run',
      measured: fmtMb(proc.peakRss()),
      floor: '',
      target: '',
      pass: null,
    },
    {
      metric: 'Admin first page, gzipped JS',
      measured: 'measured by the e2e suite',
      floor: '',
      target: '< 500 KB',
      pass: null,
    },
  ];
}

/** The commit measured, and whether the working tree had changes on top of it (others edit concurrently). */
function revision(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    const dirty = execSync('git status --porcelain', { cwd: ROOT })
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean).length;
    return dirty ? `${head} + ${dirty} uncommitted file(s)` : head;
  } catch {
    return 'unknown';
  }
}

async function machineNotes(owner: Client): Promise<string> {
  const { rows } = await owner.query(
    `SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb,
            current_setting('work_mem') AS wm, current_setting('synchronous_commit') AS sc,
            current_setting('autovacuum') AS av`,
  );
  const [pg] = rows;
  return (
    `${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), ${fmtMb(os.totalmem())} RAM, load average ` +
    `${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}; Node ${process.version}; PostgreSQL ${pg.v} ` +
    `(shared_buffers ${pg.sb}, work_mem ${pg.wm}, synchronous_commit ${pg.sc}, autovacuum ${pg.av})`
  );
}

// ── main ───────────────────────────────────────────────────────────────────────────────────────

async function release(r: Resources, keep: boolean): Promise<void> {
  r.sampler?.stop();
  r.client?.close();
  if (r.api) await stopApi(r.api).catch((err) => log(`could not stop the API: ${err.message}`));
  if (r.api) log(`stopped the API (pid ${r.api.pid}); its log: ${path.relative(ROOT, r.api.logFile)}`);
  await r.owner?.end().catch(() => undefined);
  await cleanup(r.env, keep);
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const r: Resources = { env: benchEnv() };
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  let released: Promise<void> | undefined;
  const releaseOnce = () => (released ??= release(r, opts.keep));
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void releaseOnce().finally(() => process.exit(130));
    });

  try {
    const { tree, others, liaisons } = await setUp(r, opts);
    r.api = await startApi(r.env, ARTIFACTS, opts);
    r.sampler = new ProcessSampler(r.api.pid);
    r.client = new GqlClient(`${r.api.url}/graphql`, opts.concurrency);
    log(`   API pid ${r.api.pid} on ${r.api.url} (REDIS_PREFIX ${r.env.redisPrefix})`);
    const supervisor = await login(r.client, SUPERVISOR, r.env.password);
    const leader = await login(r.client, LEADER, r.env.password);

    r.sampler.enter('cascade + volume');
    const cascade = await cascadePhase(r, tree, others, supervisor, opts);
    const reporters = await liaisonSetUp(r, cascade.freshItem, liaisons);
    const leaderResult = await leaderPhase(r, tree, leader, opts);
    const fresh = await freshnessPhase(r, tree, cascade.freshItem, leader, reporters, opts);
    r.sampler.enter('idle after load');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    r.sampler.stop();

    const rows = tableRows(tree, cascade, leaderResult, fresh, r.sampler, opts);
    const table = markdownTable(rows);
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const plansFile = path.join(ARTIFACTS, `bench-${r.env.stamp}-cascade-plans.txt`);
    writeFileSync(plansFile, cascade.breakdown.plans);
    const body = [
      `# Benchmark ${r.env.stamp}`,
      '',
      `Command: \`${['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')}\`; run time ${minutes} min.`,
      `Code: ${revision()}; API with ROLLUP_VIEW_CACHE_MS=${opts.viewCacheMs} and AUTH_CACHE_MS=${opts.viewCacheMs}.`,
      `Tree: ${tree.rootName}, ${fmtInt(tree.unitsBelowRoot)} units below the root ${JSON.stringify(tree.byKind)}.`,
      `Machine: ${await machineNotes(r.owner!)}; 1-min load average at the start ${loadAtStart.toFixed(1)} (shared machine).`,
      '',
      table,
      '',
      `Cascade runs (ms): API ${cascade.apiMs.map((x) => x.toFixed(0)).join(', ')}; floor ${cascade.floorMs.map((x) => x.toFixed(0)).join(', ')}; ` +
        `volume items via API ${cascade.volumeApiMs.map((x) => x.toFixed(0)).join(', ')}.`,
      `API by phase (peak RSS, API CPU, machine CPU, wall): ${r.sampler
        .byPhase()
        .map(
          ([p, s]) =>
            `${p} ${fmtMb(s.peakRss)} / ${s.apiCpu.toFixed(1)} s / ${s.machineCpu.toFixed(1)} s / ${s.wall.toFixed(1)} s`,
        )
        .join('; ')}.`,
      `API database sessions during the leader query: ${leaderResult.dbActivity}; during freshness: ${fresh.dbActivity}.`,
      `Plans of the cascade breakdown: ${path.relative(ROOT, plansFile)}.`,
      '',
    ].join('\n');
    const file = saveReport(ARTIFACTS, r.env.stamp, body);
    const summary: Summary = {
      region: opts.region,
      viewCacheMs: opts.viewCacheMs,
      commit: revision(),
      load: os.loadavg()[0],
      units: tree.unitsBelowRoot + others.reduce((n, o) => n + o.unitsBelowRoot + 1, 1),
      assignments: cascade.assignments,
      cascadeMs: median(cascade.apiMs),
      cascadeFloorMs: median(cascade.floorMs),
      leaderRps: leaderResult.api.rps,
      leaderP95: leaderResult.api.p95,
      peerRps: leaderResult.peer.rps,
      freshP95: fresh.visible.p95,
      peakRssMb: r.sampler.peakRss('leader query', 'freshness') / 2 ** 20,
    };
    writeFileSync(file.replace(/\.md$/, '.json'), JSON.stringify(summary, null, 2));
    console.log(`\n${table}\n`);
    log(`run time ${minutes} min; table saved as ${path.relative(ROOT, file)}`);
    return leaderResult.api.errors + fresh.errors > 0 ? 2 : 0;
  } finally {
    await releaseOnce();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
    process.exit(1);
  },
);
