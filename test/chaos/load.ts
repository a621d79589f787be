/*
 * Load for the chaos scenarios: liaisons reporting progress and each sending one 办理情况报告, a
 * supervisor urging, all through GraphQL, with every answer tallied by its error code.
 */
import { errorText, GqlClient, GqlResponse } from '../bench/http';
import { sleep, World } from './world';

export class Tally {
  readonly codes = new Map<string, number>();
  ok = 0;
  add(res: GqlResponse<unknown> | Error) {
    if (!(res instanceof Error) && !res.errors?.length && res.data) {
      this.ok++;
      return;
    }
    const code =
      res instanceof Error ? `NETWORK` : (res.errors?.[0]?.extensions?.code ?? errorText(res).slice(0, 40));
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }
  failed(): number {
    return [...this.codes.values()].reduce((a, b) => a + b, 0);
  }
  toString(): string {
    return [`${this.ok} ok`, ...[...this.codes].map(([c, n]) => `${n} ${c}`)].join(', ');
  }
}

const PROGRESS = `mutation P($id: ID!, $input: ProgressInput!) { submitProgress(assignmentId: $id, input: $input) { id } }`;
const REPORT = `mutation R($id: ID!, $input: ReportInput!) { submitReport(assignmentId: $id, input: $input) { id } }`;
const URGE = `mutation U($id: ID!, $t: String) { urgeAssignment(assignmentId: $id, text: $t) { id } }`;

async function call(gql: GqlClient, q: string, v: Record<string, unknown>, token: string) {
  return gql.request(q, v, token).catch((err: Error) => err);
}

export interface LoadOutcome {
  progress: Tally;
  reports: Tally;
  urges: Tally;
  /** Assignments whose report got an OK (or a CONFLICT after an unanswered attempt: it had committed). */
  reported: Set<string>;
}

/**
 * Until `stop()`: each liaison sends progress every ~100 ms and its one report at a random moment in
 * the first `reportWithinMs`, retrying until the API answers it; a supervisor urges random assignments.
 */
export function startLoad(
  w: World,
  people: { username: string; assignmentId: string }[],
  reportWithinMs: number,
) {
  const out: LoadOutcome = {
    progress: new Tally(),
    reports: new Tally(),
    urges: new Tally(),
    reported: new Set(),
  };
  let running = true;
  let stopAt = Infinity;
  const workers = people.map(async (p, i) => {
    const token = await w.token(p.username);
    const reportAt = Date.now() + Math.random() * reportWithinMs;
    let percent = 0;
    let unanswered = false;
    while (running || !out.reported.has(p.assignmentId)) {
      if (!running && Date.now() > stopAt + 60_000) break;
      if (Date.now() >= reportAt && !out.reported.has(p.assignmentId)) {
        const res = await call(
          w.gql,
          REPORT,
          { id: p.assignmentId, input: { content: `报告 ${i}`, progressPercent: 100 } },
          token,
        );
        out.reports.add(res);
        const code = res instanceof Error ? 'NETWORK' : res.errors?.[0]?.extensions?.code;
        if (!code && !(res instanceof Error)) out.reported.add(p.assignmentId);
        else if (code === 'CONFLICT' && unanswered) out.reported.add(p.assignmentId);
        else unanswered ||= code === 'NETWORK' || code === 'INTERNAL_SERVER_ERROR';
      } else if (!out.reported.has(p.assignmentId)) {
        percent = Math.min(99, percent + 1);
        out.progress.add(
          await call(
            w.gql,
            PROGRESS,
            { id: p.assignmentId, input: { percent, text: `进度 ${percent}` } },
            token,
          ),
        );
      }
      await sleep(80 + Math.random() * 40);
    }
  });
  const urger = (async () => {
    while (running) {
      const p = people[Math.floor(Math.random() * people.length)];
      out.urges.add(await call(w.gql, URGE, { id: p.assignmentId, t: '请加快进度' }, w.supervisor));
      await sleep(150);
    }
  })();
  return {
    out,
    /** Stops the load; liaisons whose report is still unanswered keep trying for up to a minute. */
    async stop(): Promise<LoadOutcome> {
      running = false;
      stopAt = Date.now();
      await Promise.all([...workers, urger]);
      return out;
    },
  };
}
