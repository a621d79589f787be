/*
 * The chaos suite's own services: a PostgreSQL 15 cluster in a temporary directory and a redis-server
 * without persistence, on ports of their own, plus the API and workers as child processes (dist/, as
 * `npm start` runs them). Everything is registered so one cleanup() ends it, also on failure or Ctrl+C.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '../..');
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** initdb refuses to run as root: then the cluster belongs to the postgres account. */
function asPgOwner(cmd: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
}

function runPg(tool: string, args: string[], quiet = true): void {
  const [cmd, ...rest] = asPgOwner(path.join(PG_BIN, tool), args);
  execFileSync(cmd, rest, { stdio: quiet ? 'ignore' : 'inherit', cwd: '/' });
}

export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A node process (API or worker) in its own process group, output to a log file. */
export class Proc {
  child?: ChildProcess;
  readonly logFile: string;
  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    logDir: string,
  ) {
    this.logFile = path.join(logDir, `${name}.log`);
  }

  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts it and waits for `ready` (a log line, or a callback that resolves true). */
  async start(ready: string | (() => Promise<boolean>), seconds = 90): Promise<void> {
    const out = createWriteStream(this.logFile, { flags: 'a' });
    out.write(`\n=== start ${new Date().toISOString()} ===\n`);
    const child = spawn(process.execPath, [this.script], {
      cwd: ROOT,
      env: this.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let seen = '';
    const onData = (c: Buffer) => {
      out.write(c);
      if (typeof ready === 'string' && seen.length < 100_000) seen += c.toString();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const deadline = Date.now() + seconds * 1000;
    while (Date.now() < deadline) {
      if (!this.alive) throw new Error(`${this.name} exited (${child.exitCode}):\n${tail(this.logFile)}`);
      if (typeof ready === 'string' ? seen.includes(ready) : await ready().catch(() => false)) return;
      await sleep(100);
    }
    throw new Error(`${this.name} not ready within ${seconds} s:\n${tail(this.logFile)}`);
  }

  /** kill -9 of the whole process group; resolves once it is gone. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    const timer = setTimeout(() => this.sendGroup('SIGKILL'), 10_000);
    await this.signal('SIGTERM');
    clearTimeout(timer);
  }

  private async signal(s: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.sendGroup(s);
    await exited;
  }

  private sendGroup(s: NodeJS.Signals) {
    try {
      process.kill(-this.child!.pid!, s);
    } catch {
      /* already gone */
    }
  }
}

export interface ClusterOptions {
  pgPort: number;
  redisPort: number;
}

/** The private PostgreSQL and Redis, and the processes started against them. */
export class Cluster {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'duban-chaos-'));
  readonly dataDir = path.join(this.dir, 'pg');
  readonly database = 'duban_chaos';
  readonly adminUrl: string;
  readonly appUrl: string;
  readonly redisUrl: string;
  readonly jwtSecret = randomBytes(32).toString('hex');
  private redis?: ChildProcess;
  private pgStarted = false;
  readonly procs: Proc[] = [];

  constructor(readonly opts: ClusterOptions) {
    this.adminUrl = `postgres://postgres@127.0.0.1:${opts.pgPort}/${this.database}`;
    this.appUrl = `postgres://duban_app:duban_app@127.0.0.1:${opts.pgPort}/${this.database}`;
    this.redisUrl = `redis://127.0.0.1:${opts.redisPort}`;
  }

  /** initdb (trust, UTF-8) and start; the sockets live in the temporary directory too. */
  async initPostgres(): Promise<void> {
    if (process.getuid?.() === 0) chownSync(this.dir, Number(execFileSync('id', ['-u', 'postgres'])), 0);
    runPg('initdb', ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    await this.startPostgres();
  }

  async startPostgres(): Promise<void> {
    runPg('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      path.join(this.dir, 'postgres.log'),
      '-w',
      '-o',
      this.pgOptions(),
      'start',
    ]);
    this.pgStarted = true;
  }

  /** `pg_ctl restart` in the given mode ('fast' rolls back sessions, 'immediate' is a crash). */
  restartPostgres(mode: 'fast' | 'immediate'): void {
    runPg('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      path.join(this.dir, 'postgres.log'),
      '-w',
      '-m',
      mode,
      '-o',
      this.pgOptions(),
      'restart',
    ]);
  }

  private pgOptions(): string {
    // fsync off: the machine does not crash here, only the server does (immediate mode is a crash).
    return `-p ${this.opts.pgPort} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off -c max_connections=200`;
  }

  /** A fresh, empty redis-server (no RDB, no AOF): a restart forgets everything. */
  async startRedis(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.opts.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    this.redis = child;
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) =>
        reject(new Error(`redis-server on ${this.opts.redisPort} exited with ${code}`)),
      );
      child.stdout!.on('data', (c: Buffer) => c.toString().includes('Ready to accept') && resolve());
    });
    child.removeAllListeners('exit');
    child.stdout!.resume();
  }

  /** kill -9: an outage, nothing saved. */
  async killRedis(): Promise<void> {
    const child = this.redis;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Environment of the API and workers: the private services, a short redelivery timeout. */
  serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      DATABASE_URL: this.appUrl,
      REDIS_URL: this.redisUrl,
      REDIS_PREFIX: 'chaos',
      JWT_SECRET: this.jwtSecret,
      API_RATE_LIMIT_PER_MINUTE: '0',
      LOGIN_MAX_FAILURES: '10000',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
      OUTBOX_REDELIVER_AFTER_MS: '3000',
      // The suite runs the sweep itself (a job with its own clock), never on a timer.
      SWEEP_EVERY_MS: '86400000',
      STORAGE_DIR: path.join(this.dir, 'files'),
      ...extra,
    };
  }

  proc(name: string, script: string, extra: Record<string, string> = {}): Proc {
    const p = new Proc(name, script, this.serverEnv(extra), this.dir);
    this.procs.push(p);
    return p;
  }

  async owner(): Promise<Client> {
    const c = new Client({ connectionString: this.adminUrl, application_name: 'duban-chaos' });
    await c.connect();
    c.on('error', () => undefined); // a PostgreSQL restart ends it; callers reconnect
    return c;
  }

  /** Waits until the cluster accepts queries again (after a restart). */
  async waitForPostgres(seconds = 60): Promise<void> {
    const deadline = Date.now() + seconds * 1000;
    while (Date.now() < deadline) {
      try {
        const c = await this.owner();
        await c.query('SELECT 1');
        await c.end();
        return;
      } catch {
        await sleep(200);
      }
    }
    throw new Error(`PostgreSQL on ${this.opts.pgPort} did not come back within ${seconds} s`);
  }

  /** Stops every process, Redis and PostgreSQL, and removes the directory; safe to call twice. */
  async cleanup(keep = false): Promise<void> {
    await Promise.all(this.procs.map((p) => p.kill9().catch(() => undefined)));
    await this.killRedis().catch(() => undefined);
    if (this.pgStarted) {
      try {
        runPg('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', 'stop']);
      } catch {
        /* not running */
      }
      this.pgStarted = false;
    }
    if (!keep) rmSync(this.dir, { recursive: true, force: true });
  }
}
