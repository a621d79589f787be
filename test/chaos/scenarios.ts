/*
 * The five faults. Each scenario does real work through the API, injects its fault, waits (bounded)
 * until every due event of its own (outbox ids above its start) is delivered, ends quiet hours for
 * the delayed ones, and then runs the checks. Scenarios run one after the other on one world.
 */
import { nextSendTime } from '@duban/rules';
import { Figures, lastOutboxId, verify } from './checks';
import { LoadOutcome, startLoad, Tally } from './load';
import { log, sleep, World } from './world';

export interface ScenarioResult {
  name: string;
  figures: Figures;
  /** From the end of the fault until every due event of the scenario was delivered. */
  recoveryMs: number;
  notes: string[];
  problems: string[];
}

/** Bounded wait, polling every `everyMs`; returns the value once `pick` yields one. */
async function waitFor<T>(
  what: string,
  pick: () => Promise<T | undefined>,
  seconds = 120,
  everyMs = 5,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const v = await pick();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

async function finish(
  w: World,
  name: string,
  before: string,
  faultEnd: number,
  notes: string[],
  problems: string[],
): Promise<ScenarioResult> {
  let recoveryMs = NaN;
  try {
    recoveryMs = (await w.drained(before)) - faultEnd;
    const quiet = await w.endQuietHours(before);
    if (quiet) {
      const released = Date.now();
      await w.drained(before);
      const secs = ((Date.now() - released) / 1000).toFixed(1);
      notes.push(
        `${quiet} quiet-hours event(s) waited in PostgreSQL; released at once, all delivered in ${secs} s`,
      );
    }
  } catch (err) {
    problems.push((err as Error).message);
  }
  const figures = await verify(w.db, before, w.push);
  return { name, figures, recoveryMs, notes, problems: [...problems, ...figures.problems] };
}

async function reportsPerAssignment(w: World, ids: string[]) {
  const { rows } = await w.db.query(
    `SELECT a.id::text, count(r.id)::int AS n FROM unnest($1::bigint[]) a(id)
       LEFT JOIN report r ON r.assignment_id = a.id GROUP BY a.id`,
    [ids],
  );
  return new Map<string, number>(rows.map((r) => [r.id, r.n]));
}

/** Every report answered OK exists exactly once; none exists for an assignment whose report was refused. */
async function checkReports(w: World, ids: string[], reported: Set<string>, problems: string[]) {
  const counts = await reportsPerAssignment(w, ids);
  for (const [id, n] of counts) {
    if (reported.has(id) && n !== 1)
      problems.push(`assignment ${id}: ${n} reports for one answered submission`);
    if (!reported.has(id) && n !== 0)
      problems.push(`assignment ${id}: ${n} report(s) committed but the API said no`);
  }
}

/** Manual urges answered OK equal the urge notices the supervisor's user wrote on these assignments. */
async function checkUrges(w: World, ids: string[], urges: Tally, problems: string[]) {
  const { rows } = await w.db.query(
    `SELECT count(*)::int AS n FROM urge_notice WHERE assignment_id = ANY($1::bigint[]) AND created_by IS NOT NULL`,
    [ids],
  );
  if (rows[0].n !== urges.ok) problems.push(`${urges.ok} urges answered OK but ${rows[0].n} committed`);
}

/**
 * During an outage a request may be refused as retryable (SERVICE_UNAVAILABLE) or find its work
 * already done (CONFLICT, a retried report); an internal error or a dropped connection is a bug.
 */
function unexpectedAnswers(out: LoadOutcome, during: string, problems: string[]) {
  for (const t of [out.progress, out.reports, out.urges])
    for (const [code, n] of t.codes)
      if (!['SERVICE_UNAVAILABLE', 'CONFLICT'].includes(code))
        problems.push(`${n} answer(s) ${code} during ${during}`);
}

export let cascadeMs = 0;

/** a. kill -9 of the worker twice during one whole-city fan-out, each time after a chunk landed. */
export async function workerKill(w: World): Promise<ScenarioResult> {
  const notes: string[] = [];
  const problems: string[] = [];
  const before = await lastOutboxId(w.db);
  const item = await w.createItem('混沌A 全市交办');
  const t0 = Date.now();
  const count = await w.cascade(item);
  cascadeMs = Date.now() - t0;
  notes.push(`cascade of ${count} assignments in ${cascadeMs} ms`);
  const [event] = (
    await w.db.query(`SELECT id::text FROM outbox WHERE id > $1::bigint AND topic = 'item.assigned'`, [
      before,
    ])
  ).rows;
  let last: string | null = null;
  for (let kill = 1; kill <= 2; kill++) {
    const state = await waitFor('fan-out progress', async () => {
      const [r] = (
        await w.db.query(
          `SELECT progress::text, delivered_at IS NOT NULL AS done FROM outbox WHERE id = $1`,
          [event.id],
        )
      ).rows;
      if (r.done) return 'done';
      return r.progress !== null && r.progress !== last ? r.progress : undefined;
    });
    if (state === 'done') {
      problems.push(`the fan-out finished before kill ${kill}: the fault was not injected`);
      break;
    }
    await w.worker.kill9();
    const [n] = (
      await w.db.query(`SELECT count(*)::int AS n FROM notification WHERE event_id = $1`, [event.id])
    ).rows;
    notes.push(`kill -9 #${kill} with ${n.n} notifications in (chunk up to assignment ${state})`);
    log(`  worker killed (#${kill}) with ${n.n} notifications of event ${event.id} in`);
    last = state;
    await w.startWorker(w.worker);
  }
  return finish(w, 'a. worker kill -9 ×2 in a fan-out', before, Date.now(), notes, problems);
}

/** A clock inside quiet hours (now if it is, else the coming 22:30 China time), so the sweep's notices wait. */
function quietClock(): Date {
  const now = new Date();
  if (nextSendTime(now).getTime() > now.getTime()) return now;
  const at = new Date(now);
  at.setUTCHours(14, 30, 0, 0); // 22:30 in Shanghai (UTC+8, no daylight saving)
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** b. Redis killed under load for 5 s, back empty, with quiet-hours notices waiting in PostgreSQL. */
export async function redisOutage(w: World): Promise<ScenarioResult> {
  const notes: string[] = [];
  const problems: string[] = [];
  const before = await lastOutboxId(w.db);
  const item = await w.createItem('混沌B 临期事项', 2);
  await w.cascade(item, ['TOWNSHIP']);
  await w.sweep(quietClock(), `chaos-b-sweep-${Date.now()}`);
  const { rows } = await w.db.query(
    `SELECT count(*)::int AS n FROM outbox WHERE id > $1::bigint AND due_at > now() AND delivered_at IS NULL`,
    [before],
  );
  notes.push(`${rows[0].n} quiet-hours notices pending before the outage`);
  const people = await w.liaisons(item, 30);
  await w.accept(people);
  const load = startLoad(w, people, 8_000);
  await sleep(2_000);
  await w.cluster.killRedis();
  log('  Redis killed');
  await sleep(5_000);
  await w.cluster.startRedis();
  const faultEnd = Date.now();
  log('  Redis back, empty');
  await sleep(3_000);
  const out = await load.stop();
  notes.push(`progress: ${out.progress}; reports: ${out.reports}; urges: ${out.urges}`);
  unexpectedAnswers(out, 'the Redis outage', problems);
  const [{ n: pending }] = (
    await w.db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE id > $1::bigint AND due_at > now() AND delivered_at IS NULL`,
      [before],
    )
  ).rows;
  if (pending < rows[0].n)
    problems.push(`quiet-hours notices: ${rows[0].n} before the outage, ${pending} after`);
  const ids = people.map((p) => p.assignmentId);
  await checkReports(w, ids, out.reported, problems);
  await checkUrges(w, ids, out.urges, problems);
  return finish(w, 'b. Redis kill, back empty', before, faultEnd, notes, problems);
}

/** c. PostgreSQL restarted (immediate: a crash) under 50 liaisons reporting at once. */
export async function postgresRestart(w: World, itemId: string): Promise<ScenarioResult> {
  const notes: string[] = [];
  const problems: string[] = [];
  const before = await lastOutboxId(w.db);
  const people = await w.liaisons(itemId, 50);
  await w.accept(people);
  const load = startLoad(w, people, 4_000);
  await sleep(1_500);
  w.cluster.restartPostgres('immediate');
  const faultEnd = Date.now();
  log('  PostgreSQL restarted (immediate)');
  await w.cluster.waitForPostgres();
  await w.reconnect();
  await sleep(4_000);
  const out = await load.stop();
  notes.push(`progress: ${out.progress}; reports: ${out.reports}; urges: ${out.urges}`);
  unexpectedAnswers(out, 'the PostgreSQL restart', problems);
  const ids = people.map((p) => p.assignmentId);
  if (out.reported.size !== ids.length)
    problems.push(
      `${ids.length - out.reported.size} liaison(s) could not report within a minute of the restart`,
    );
  await checkReports(w, ids, out.reported, problems);
  return finish(w, 'c. PostgreSQL restart (immediate)', before, faultEnd, notes, problems);
}

/** d. kill -9 of the API while a whole-city cascade is in flight, at three points of its run. */
export async function apiKill(w: World): Promise<ScenarioResult> {
  const notes: string[] = [];
  const problems: string[] = [];
  const before = await lastOutboxId(w.db);
  const expected = await w.preview();
  let faultEnd = Date.now();
  // Two kills partway through the request, one the moment its commit is visible (before its answer).
  for (const share of [0.3, 0.7, null]) {
    const item = await w.createItem(`混沌D 交办中断 ${share ?? 'commit'}`);
    let answered = false;
    const pending = w.cascade(item).then(
      () => (answered = true),
      (err: Error) => err,
    );
    const started = Date.now();
    if (share !== null) await sleep(Math.round(cascadeMs * share));
    else
      await waitFor('the cascade to commit', async () => {
        const { rows } = await w.db.query(`SELECT 1 FROM assignment WHERE item_id = $1 LIMIT 1`, [item]);
        return rows.length || answered ? true : undefined;
      });
    const killedAfter = Date.now() - started;
    const inFlight = !answered;
    await w.api.kill9();
    await pending;
    await w.startApi();
    faultEnd = Date.now();
    const [r] = (
      await w.db.query(
        `SELECT (SELECT count(*)::int FROM assignment WHERE item_id = $1) AS n,
                (SELECT count(*)::int FROM outbox WHERE topic = 'item.assigned' AND payload->>'itemId' = $1::text) AS events`,
        [item],
      )
    ).rows;
    const outcome = r.n ? `all ${r.n} committed` : 'nothing committed';
    notes.push(
      `killed ${killedAfter} ms in${share === null ? ', at its commit' : ''} (${inFlight ? 'unanswered' : 'already answered'}): ${outcome}`,
    );
    if (r.n !== 0 && r.n !== expected)
      problems.push(`item ${item}: ${r.n} of ${expected} assignments (partial cascade)`);
    if (r.events !== (r.n ? 1 : 0))
      problems.push(`item ${item}: ${r.events} cascade event(s) for ${r.n} assignments`);
    if (!r.n) {
      const again = await w.cascade(item);
      if (again !== expected) problems.push(`item ${item}: the retried cascade made ${again} of ${expected}`);
    }
  }
  return finish(w, 'd. API kill -9 in a cascade', before, faultEnd, notes, problems);
}

/** e. Two workers at once: a whole-city fan-out and two concurrent deadline sweeps. */
export async function twoWorkers(w: World): Promise<ScenarioResult> {
  const notes: string[] = [];
  const problems: string[] = [];
  const before = await lastOutboxId(w.db);
  const second = w.cluster.proc('worker2', 'dist/apps/worker/src/main.js');
  await w.startWorker(second);
  try {
    const fanOut = await w.createItem('混沌E 双工作进程');
    const due = await w.createItem('混沌E 临期', 2);
    await w.cascade(due, ['TOWNSHIP', 'DEPARTMENT']);
    await w.cascade(fanOut);
    const now = new Date();
    await Promise.all([w.sweep(now, `chaos-e-1-${Date.now()}`), w.sweep(now, `chaos-e-2-${Date.now()}`)]);
    const faultEnd = Date.now();
    const { rows } = await w.db.query(
      `SELECT count(*)::int AS notices, count(DISTINCT (u.assignment_id, u.kind))::int AS distinct_notices
         FROM urge_notice u JOIN assignment a ON a.id = u.assignment_id WHERE a.item_id = $1`,
      [due],
    );
    notes.push(`two sweeps: ${rows[0].notices} urge notices`);
    if (rows[0].notices !== rows[0].distinct_notices)
      problems.push(`${rows[0].notices - rows[0].distinct_notices} assignment(s) urged twice by the sweeps`);
    return await finish(w, 'e. two workers: fan-out + sweeps', before, faultEnd, notes, problems);
  } finally {
    await second.stop();
  }
}
