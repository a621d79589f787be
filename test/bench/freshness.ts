/*
 * §5 freshness: township liaisons send ~200 progress reports per second (open loop: on schedule,
 * whatever the latency); meanwhile probe reports, one at a time, are timed from sending the mutation
 * until a concurrent reader (the province leader, polling progressRollup at the root) sees them.
 *
 * Why probes can be recognised at the root: only probes set `achieved` (the others send a percent
 * only, and the service keeps the old achieved), each probe adds exactly 1, and only one is in flight,
 * so the root's achieved sum = base + committed probes.
 */
import { Client } from 'pg';
import { rollupDifferences } from '../../libs/server/domain/src/rollup/rollup-check';
import { errorText, GqlClient, login } from './http';
import { ActivitySampler } from './load';
import { Tree } from './setup';
import { log, mapLimit, percentiles, Percentiles, sleep } from './stats';

const SUBMIT = `mutation Progress($id: ID!, $input: ProgressInput!) {
  submitProgress(assignmentId: $id, input: $input) { id progressPercent }
}`;
const READ_ROOT = `query Root($u: ID!, $i: ID!) { progressRollup(orgUnitId: $u, itemId: $i) { achieved total } }`;

export interface Reporter {
  username: string;
  token: string;
  assignmentId: string;
  percent: number;
  achieved: number;
  busy: boolean;
}

/** Logs the liaisons in and has each sign for (签收) its assignment of the item, through the API. */
export async function prepareReporters(
  api: GqlClient,
  owner: Client,
  itemId: string,
  liaisons: { username: string; unitId: string }[],
  password: string,
): Promise<Reporter[]> {
  const { rows } = await owner.query(
    `SELECT unit_id::text AS unit, id::text AS id FROM assignment WHERE item_id = $1 AND unit_id = ANY($2::bigint[])`,
    [itemId, liaisons.map((l) => l.unitId)],
  );
  const assignmentOf = new Map(rows.map((r) => [r.unit as string, r.id as string]));
  // argon2 verification is CPU-heavy by design: a few logins at a time.
  return mapLimit(liaisons, 4, async (l) => {
    const token = await login(api, l.username, password);
    const assignmentId = assignmentOf.get(l.unitId);
    if (!assignmentId) throw new Error(`no assignment of item ${itemId} for unit ${l.unitId}`);
    await api.must(
      `mutation Accept($id: ID!) { acceptAssignment(id: $id) { id status } }`,
      { id: assignmentId },
      token,
    );
    return { username: l.username, token, assignmentId, percent: 0, achieved: 0, busy: false };
  });
}

/** Polls the root's roll-up of the item and wakes probes waiting for an achieved sum to show up. */
class RootReader {
  latest = -Infinity;
  polls = 0;
  errors = 0;
  private running = true;
  private waiters: { target: number; resolve: (at: number | null) => void }[] = [];
  private loop?: Promise<void>;

  constructor(
    private readonly api: GqlClient,
    private readonly token: string,
    private readonly vars: { u: string; i: string },
  ) {}

  async start(): Promise<number> {
    await this.poll();
    this.loop = (async () => {
      while (this.running) {
        await this.poll();
        await sleep(2); // resolution a few ms; without a pause the reader alone would be a load test
      }
    })();
    return this.latest;
  }

  waitFor(target: number, timeoutMs: number): Promise<number | null> {
    if (this.latest >= target) return Promise.resolve(performance.now());
    return new Promise((resolve) => {
      const waiter = { target, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(null);
      }, timeoutMs);
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async poll(): Promise<void> {
    const res = await this.api.request<{ progressRollup: { achieved: number } }>(
      READ_ROOT,
      this.vars,
      this.token,
    );
    const at = performance.now();
    this.polls++;
    if (res.errors?.length || !res.data) {
      this.errors++;
      return;
    }
    this.latest = res.data.progressRollup.achieved;
    const ready = this.waiters.filter((w) => w.target <= this.latest);
    this.waiters = this.waiters.filter((w) => w.target > this.latest);
    for (const w of ready) w.resolve(at);
  }
}

export interface FreshnessResult {
  seconds: number;
  offeredRate: number;
  committed: number;
  committedRate: number;
  /** Reports that found their liaison still busy with the previous one (the API fell behind). */
  skipped: number;
  errors: number;
  errorSamples: string[];
  mutation: Percentiles;
  visible: Percentiles;
  probes: number;
  probesUnseen: number;
  readerPolls: number;
  dbRows: number;
  rollupDifferences: number;
  /** Share of the API's non-idle database sessions per state or wait event during the load. */
  dbActivity: string;
}

interface Tally {
  latencies: number[];
  committed: number;
  errors: number;
  errorSamples: string[];
}

async function submit(api: GqlClient, r: Reporter, text: string, withAchieved: boolean, tally: Tally) {
  r.busy = true;
  r.percent = Math.min(100, r.percent + 0.5);
  const input = { percent: r.percent, text, ...(withAchieved ? { achieved: r.achieved + 1 } : {}) };
  const t0 = performance.now();
  try {
    const res = await api.request(SUBMIT, { id: r.assignmentId, input }, r.token);
    if (res.errors?.length || !res.data) throw new Error(errorText(res));
    tally.latencies.push(performance.now() - t0);
    tally.committed++;
    if (withAchieved) r.achieved++;
    return true;
  } catch (err) {
    tally.errors++;
    if (tally.errorSamples.length < 5)
      tally.errorSamples.push(err instanceof Error ? err.message : String(err));
    return false;
  } finally {
    r.busy = false;
  }
}

/** Open loop: report k is due at start + k / rate, sent by the next liaison who is not mid-report. */
async function background(
  api: GqlClient,
  reporters: Reporter[],
  rate: number,
  seconds: number,
  tally: Tally,
) {
  const start = performance.now();
  const end = start + seconds * 1000;
  const inflight = new Set<Promise<unknown>>();
  let scheduled = 0;
  let skipped = 0;
  let next = 0;
  while (performance.now() < end) {
    const due = Math.floor(((performance.now() - start) * rate) / 1000);
    for (; scheduled < due; scheduled++) {
      let r: Reporter | undefined;
      for (let tries = 0; tries < reporters.length && !r; tries++) {
        const candidate = reporters[next++ % reporters.length];
        if (!candidate.busy) r = candidate;
      }
      if (!r) {
        skipped++;
        continue;
      }
      const p = submit(api, r, `第${scheduled + 1}次进度报送：按计划推进`, false, tally).finally(() =>
        inflight.delete(p),
      );
      inflight.add(p);
    }
    await sleep(2);
  }
  await Promise.all(inflight);
  return { scheduled, skipped };
}

/** Probes one after another, at most one per `everyMs`; each is timed until the reader sees it. */
async function probeLoop(
  api: GqlClient,
  reader: RootReader,
  probes: Reporter[],
  seconds: number,
  everyMs: number,
  tally: Tally,
) {
  const end = performance.now() + seconds * 1000;
  const visible: number[] = [];
  let expected = reader.latest;
  let unseen = 0;
  for (let k = 0; performance.now() < end; k++) {
    const r = probes[k % probes.length];
    const sentAt = performance.now();
    const seen = reader.waitFor(expected + 1, 5000);
    if (!(await submit(api, r, `抽样报送 ${k + 1}`, true, tally))) continue;
    expected += 1;
    const at = await seen;
    if (at === null) unseen++;
    visible.push(at === null ? Infinity : at - sentAt);
    const wait = sentAt + everyMs - performance.now();
    if (wait > 0) await sleep(wait);
  }
  return { visible, unseen };
}

export async function measureFreshness(opts: {
  apiUrl: string;
  owner: Client;
  tree: Tree;
  itemId: string;
  leaderToken: string;
  reporters: Reporter[];
  probes: Reporter[];
  rate: number;
  seconds: number;
  senders: number;
}): Promise<FreshnessResult> {
  const senders = new GqlClient(`${opts.apiUrl}/graphql`, opts.senders);
  // Probes do not queue behind a backlog in the senders' connections: they time the server's path.
  // Hence the report only credits their freshness when the offered rate was actually sustained.
  const probeClient = new GqlClient(`${opts.apiUrl}/graphql`, 1);
  const readerClient = new GqlClient(`${opts.apiUrl}/graphql`, 1);
  const rowsBefore = await progressRows(opts.owner);
  const reader = new RootReader(readerClient, opts.leaderToken, { u: opts.tree.rootId, i: opts.itemId });
  const tally: Tally = { latencies: [], committed: 0, errors: 0, errorSamples: [] };
  const probeTally: Tally = { latencies: [], committed: 0, errors: 0, errorSamples: [] };
  const activity = new ActivitySampler(opts.owner);
  try {
    await reader.start();
    const probeEveryMs = 100;
    const bgRate = opts.rate - 1000 / probeEveryMs; // probes are part of the ~200/s
    log(
      `  ${opts.reporters.length} liaisons at ${bgRate}/s + ${opts.probes.length} probe liaisons at ≤ ${1000 / probeEveryMs}/s, ${opts.seconds} s`,
    );
    const t0 = performance.now();
    activity.start();
    const [bg, probe] = await Promise.all([
      background(senders, opts.reporters, bgRate, opts.seconds, tally),
      probeLoop(probeClient, reader, opts.probes, opts.seconds, probeEveryMs, probeTally),
    ]);
    const seconds = (performance.now() - t0) / 1000;
    const dbActivity = await activity.stop();
    await reader.stop();
    const committed = tally.committed + probeTally.committed;
    const dbRows = (await progressRows(opts.owner)) - rowsBefore;
    const diffs = await rollupDifferences(
      (sql, p) => opts.owner.query(sql, p).then((r) => r.rows),
      opts.itemId,
    );
    return {
      seconds,
      offeredRate: opts.rate,
      committed,
      committedRate: committed / seconds,
      skipped: bg.skipped,
      errors: tally.errors + probeTally.errors + reader.errors,
      errorSamples: [...tally.errorSamples, ...probeTally.errorSamples],
      mutation: percentiles([...tally.latencies, ...probeTally.latencies]),
      visible: percentiles(probe.visible),
      probes: probe.visible.length,
      probesUnseen: probe.unseen,
      readerPolls: reader.polls,
      dbRows,
      rollupDifferences: diffs.length,
      dbActivity,
    };
  } finally {
    await activity.stop();
    await reader.stop();
    senders.close();
    probeClient.close();
    readerClient.close();
  }
}

async function progressRows(owner: Client): Promise<number> {
  const { rows } = await owner.query(`SELECT count(*)::int AS n FROM progress_update`);
  return rows[0].n;
}
