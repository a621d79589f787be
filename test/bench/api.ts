/*
 * The real API as a child process (started as tools/start.mjs and the e2e harness start it), and a
 * sampler of its resident memory and CPU time (from /proc) per bench phase.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../support/net';
import { BenchEnv, ROOT } from './setup';
import { sleep } from './stats';

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  logFile: string;
}

function tail(file: string, lines = 25): string {
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * V8 heap settings of the API, as `npm start` (tools/start.mjs) and the deployments (infra/k8s/api.yaml,
 * docker-compose.yml) run it: an old-space limit keeps V8 from growing the heap to hundreds of MB, and
 * a larger young generation lets a request's garbage die young (fewer, cheaper collections).
 */
export const API_NODE_FLAGS = ['--max-old-space-size=384', '--max-semi-space-size=16'];

/** Builds and starts the API as `npm start` runs it (dist/, NODE_ENV=production), in its own process group. */
export async function startApi(
  env: BenchEnv,
  logDir: string,
  opts: { cpuProf: boolean; viewCacheMs: number },
): Promise<ApiProcess> {
  const port = await freePort();
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `bench-${env.stamp}-api.log`);
  const out = createWriteStream(logFile);
  execFileSync(process.execPath, ['tools/build-server.mjs'], { cwd: ROOT, stdio: 'ignore' });
  // --cpu-prof: a V8 profile of the whole API run, written into logDir when it stops.
  const prof = opts.cpuProf
    ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`, `--cpu-prof-name=bench-${env.stamp}-api.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...prof, 'dist/apps/api/src/main.js'], {
    cwd: ROOT,
    detached: true, // own process group: stopApi() can signal everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: env.appUrl,
      REDIS_URL: env.redisUrl,
      REDIS_PREFIX: env.redisPrefix,
      JWT_SECRET: env.jwtSecret,
      PORT: String(port),
      // Measure the API, not the limiter: the leader's query runs at 1,000+ req/s as one user. Sign-in
      // limits stay at their defaults (only failures count; the bench's logins succeed).
      API_RATE_LIMIT_PER_MINUTE: '0',
      // As deployed (infra/k8s/api.yaml), the overview's answers and the signed-in user's row may be
      // this many ms old; --view-cache 0 measures without either.
      ROLLUP_VIEW_CACHE_MS: String(opts.viewCacheMs),
      AUTH_CACHE_MS: String(opts.viewCacheMs),
    },
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const api = { child, pid: child.pid!, url: `http://127.0.0.1:${port}`, logFile };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${tail(logFile)}`);
    try {
      if ((await fetch(`${api.url}/health`)).ok) return api;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Error(`the API did not answer /health within 120 s:\n${tail(logFile)}`);
}

/** SIGTERM to the API's process group, SIGKILL after 5 s. */
export async function stopApi(api: ApiProcess): Promise<void> {
  const { child } = api;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-api.pid, s);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export interface PhaseStats {
  peakRss: number;
  /** CPU seconds the API process used (user + system, all its threads). */
  apiCpu: number;
  /** CPU seconds the whole machine was busy: the API, Postgres, this load generator and others' work. */
  machineCpu: number;
  wall: number;
}

/** clock ticks per second of /proc (USER_HZ, 100 on Linux). */
const HZ = 100;

function apiTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

function machineBusyTicks(): number {
  const [, ...v] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return v.slice(0, 8).reduce((a, b) => a + b, 0) - v[3] - v[4]; // minus idle and iowait
}

/**
 * Per bench phase: the API's peak VmRSS (sampled every 200 ms), the CPU time it used, and how busy
 * the whole machine was meanwhile (it is shared, so the API never has both cores to itself).
 */
export class ProcessSampler {
  private readonly stats = new Map<string, PhaseStats>();
  private phase = 'startup';
  private mark = { api: 0, machine: 0, at: performance.now() };
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.mark = this.snapshot();
    this.timer = setInterval(() => this.sampleRss(), 200);
    this.timer.unref();
  }

  enter(phase: string): void {
    this.close();
    this.phase = phase;
    this.sampleRss();
  }

  get(phase: string): PhaseStats | undefined {
    return this.stats.get(phase);
  }

  peakRss(...phases: string[]): number {
    const wanted = phases.length ? phases : [...this.stats.keys()];
    return Math.max(0, ...wanted.map((p) => this.stats.get(p)?.peakRss ?? 0));
  }

  byPhase(): [string, PhaseStats][] {
    return [...this.stats];
  }

  stop(): void {
    clearInterval(this.timer);
    this.close();
  }

  private current(): PhaseStats {
    let s = this.stats.get(this.phase);
    if (!s) this.stats.set(this.phase, (s = { peakRss: 0, apiCpu: 0, machineCpu: 0, wall: 0 }));
    return s;
  }

  private close(): void {
    this.sampleRss();
    const now = this.snapshot();
    const s = this.current();
    s.apiCpu += (now.api - this.mark.api) / HZ;
    s.machineCpu += (now.machine - this.mark.machine) / HZ;
    s.wall += (now.at - this.mark.at) / 1000;
    this.mark = now;
  }

  private snapshot() {
    let api = this.mark?.api ?? 0;
    try {
      api = apiTicks(this.pid);
    } catch {
      /* the process has exited */
    }
    return { api, machine: machineBusyTicks(), at: performance.now() };
  }

  private sampleRss(): void {
    try {
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1]);
      const s = this.current();
      if (kb) s.peakRss = Math.max(s.peakRss, kb * 1024);
    } catch {
      /* the process has exited */
    }
  }
}
