/*
 * The chaos suite's world: the private cluster migrated and seeded the way `npm start` does it (tools/db.ts
 * setup, the 商丘市 tree and demo users from tools/seed-demo.ts), two liaisons and a head at every unit
 * (so a whole-city cascade notifies thousands), the API and a worker running from dist/, and helpers
 * that do real work through GraphQL.
 */
import { execFileSync } from 'node:child_process';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@duban/domain';
import { queuePrefix } from '@duban/platform';
import { freePort } from '../support/net';
import { GqlClient, login } from '../bench/http';
import { Cluster, Proc, ROOT } from './cluster';
import { PushListener } from './checks';

export const PREFIX = 'chaos';
const TS_NODE = ['--no-deprecation', '-r', '@swc-node/register'];
const KINDS = ['COUNTY', 'TOWNSHIP', 'DEPARTMENT'] as const;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function log(line: string) {
  console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

export class World {
  db!: Client;
  api!: Proc;
  worker!: Proc;
  gql!: GqlClient;
  apiUrl = '';
  supervisor = '';
  rootId = '';
  push!: PushListener;
  private tokens = new Map<string, string>();

  constructor(readonly cluster: Cluster) {}

  async setUp(): Promise<void> {
    const c = this.cluster;
    log(`PostgreSQL 15 on ${c.opts.pgPort} (initdb in ${c.dir}), Redis on ${c.opts.redisPort}`);
    await c.initPostgres();
    await c.startRedis();
    const env = { ...process.env, DATABASE_URL: c.appUrl, REDIS_URL: c.redisUrl, DATABASE_ADMIN_URL: '' };
    log('migrations (tools/db.ts setup), 商丘市 tree and demo users (tools/seed-demo.ts)');
    execFileSync(process.execPath, [...TS_NODE, 'tools/db.ts', 'setup'], { cwd: ROOT, env, stdio: 'ignore' });
    execFileSync(process.execPath, [...TS_NODE, 'tools/seed-demo.ts'], { cwd: ROOT, env, stdio: 'ignore' });
    this.db = await c.owner();
    const [root] = (await this.db.query(`SELECT id::text FROM org_unit WHERE parent_id IS NULL`)).rows;
    this.rootId = root.id;
    // Two liaisons and a head at every unit below the city, with the demo password.
    const users = await this.db.query(
      `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
       SELECT o.tenant_id, o.id, o.path, 'chaos_' || r.tag || '_' || o.id, o.name || ' ' || r.tag, s.password_hash,
              ARRAY[r.role::user_role]
         FROM org_unit o
        CROSS JOIN (VALUES ('l1', 'LIAISON'), ('l2', 'LIAISON'), ('h', 'HEAD')) r(tag, role)
        CROSS JOIN (SELECT password_hash FROM app_user WHERE username = 'city_supervisor') s
        WHERE o.parent_id IS NOT NULL`,
    );
    await this.db.query('ANALYZE');
    const units = (await this.db.query(`SELECT count(*)::int AS n FROM org_unit`)).rows[0].n;
    log(`${units} units, ${users.rowCount} chaos users; building the server (tools/build-server.mjs)`);
    execFileSync(process.execPath, ['tools/build-server.mjs'], { cwd: ROOT, stdio: 'ignore' });
    const port = await freePort();
    this.apiUrl = `http://127.0.0.1:${port}`;
    this.api = c.proc('api', 'dist/apps/api/src/main.js', { PORT: String(port) });
    this.worker = c.proc('worker', 'dist/apps/worker/src/main.js');
    await Promise.all([this.startApi(), this.startWorker(this.worker)]);
    this.gql = new GqlClient(`${this.apiUrl}/graphql`, 64);
    this.supervisor = await login(this.gql, 'city_supervisor', DEMO_PASSWORD);
    this.push = new PushListener(c.redisUrl, PREFIX);
  }

  startApi(): Promise<void> {
    return this.api.start(async () => (await fetch(`${this.apiUrl}/health/live`)).ok);
  }

  startWorker(p: Proc): Promise<void> {
    return p.start('processing queues');
  }

  /** After a PostgreSQL restart the owner connection is gone. */
  async reconnect(): Promise<void> {
    await this.db.end().catch(() => undefined);
    this.db = await this.cluster.owner();
  }

  /** A chaos user's token (logged in once; the JWT outlives API restarts). */
  async token(username: string): Promise<string> {
    let t = this.tokens.get(username);
    if (!t) this.tokens.set(username, (t = await login(this.gql, username, DEMO_PASSWORD)));
    return t;
  }

  async createItem(title: string, deadlineDays = 60): Promise<string> {
    const deadline = new Date(Date.now() + deadlineDays * 86_400_000).toISOString();
    const data = await this.gql.must<{ createSupervisionItem: { id: string } }>(
      `mutation Create($input: CreateSupervisionItemInput!) { createSupervisionItem(input: $input) { id } }`,
      { input: { title, content: `混沌测试：${title}`, source: 'ANNUAL_TARGET', deadline } },
      this.supervisor,
    );
    return data.createSupervisionItem.id;
  }

  /** Selectors: every unit below the city, or one kind only. */
  cascadeOf(kinds: readonly string[] = KINDS) {
    return kinds.map((kind) => ({ underUnitId: this.rootId, kind }));
  }

  async preview(kinds?: readonly string[]): Promise<number> {
    const data = await this.gql.must<{ previewAssignment: number }>(
      `query P($c: [CascadeSelector!]) { previewAssignment(cascade: $c) }`,
      { c: this.cascadeOf(kinds) },
      this.supervisor,
    );
    return data.previewAssignment;
  }

  /** assignItem through the API; resolves with the count, or throws (a killed API drops the request). */
  async cascade(itemId: string, kinds?: readonly string[]): Promise<number> {
    const data = await this.gql.must<{ assignItem: { count: number } }>(
      `mutation C($item: ID!, $c: [CascadeSelector!]) { assignItem(itemId: $item, cascade: $c) { count } }`,
      { item: itemId, c: this.cascadeOf(kinds) },
      this.supervisor,
    );
    return data.assignItem.count;
  }

  /** The first liaison of each of `count` units holding an assignment of the item, spread over the tree. */
  async liaisons(itemId: string, count: number): Promise<{ username: string; assignmentId: string }[]> {
    const { rows } = await this.db.query(
      `SELECT 'chaos_l1_' || unit_id AS username, id::text AS "assignmentId" FROM assignment
        WHERE item_id = $1 ORDER BY md5(id::text) LIMIT $2`,
      [itemId, count],
    );
    return rows;
  }

  /** Logs them in (a few at a time: argon2) and has each sign for its assignment. */
  async accept(people: { username: string; assignmentId: string }[]): Promise<void> {
    for (let i = 0; i < people.length; i += 4)
      await Promise.all(
        people
          .slice(i, i + 4)
          .map(async (p) =>
            this.gql.must(
              `mutation A($id: ID!) { acceptAssignment(id: $id) { id } }`,
              { id: p.assignmentId },
              await this.token(p.username),
            ),
          ),
      );
  }

  /** One deadline sweep as a job of the worker, with its own clock; resolves when it finished. */
  async sweep(now: Date, jobId: string): Promise<void> {
    const queue = new Queue('deadline-sweep', {
      connection: { url: this.cluster.redisUrl },
      prefix: queuePrefix(PREFIX),
    });
    try {
      const job = await queue.add('sweep', { now: now.toISOString() }, { jobId });
      const deadline = Date.now() + 120_000;
      for (;;) {
        const state = await job.getState();
        if (state === 'completed') return;
        if (state === 'failed')
          throw new Error(`sweep ${jobId} failed: ${(await queue.getJob(jobId))?.failedReason}`);
        if (Date.now() > deadline) throw new Error(`sweep ${jobId} still ${state} after 120 s`);
        await sleep(200);
      }
    } finally {
      await queue.close();
    }
  }

  /** Waits (bounded) until no due event after `after` is undelivered; returns when that happened. */
  async drained(after: string, seconds = 180): Promise<number> {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const { rows } = await this.db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE id > $1::bigint AND delivered_at IS NULL AND due_at <= now()`,
        [after],
      );
      if (!rows[0].n) return Date.now();
      if (Date.now() > deadline)
        throw new Error(`${rows[0].n} due event(s) still undelivered after ${seconds} s`);
      await sleep(100);
    }
  }

  /** Quiet hours end: the delayed events of the scenario become due now (time travel in PostgreSQL). */
  async endQuietHours(after: string): Promise<number> {
    const r = await this.db.query(
      `UPDATE outbox SET due_at = now() WHERE id > $1::bigint AND delivered_at IS NULL AND due_at > now()`,
      [after],
    );
    return r.rowCount ?? 0;
  }

  async tearDown(): Promise<void> {
    this.push?.close();
    this.gql?.close();
    await this.db?.end().catch(() => undefined);
  }
}
