/*
 * Set-up and tear-down: a fresh database created with the same tools `npm start` uses, the org tree
 * imported with `npm run org:import`, bench users inserted as the owner, and everything removed again.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { deleteKeysWithPrefix } from '../support/redis-cleanup';
import { Client } from 'pg';
import { log } from './stats';

export const ROOT = path.resolve(__dirname, '../..');
export const TS_NODE = ['--no-deprecation', '-r', '@swc-node/register'];

export interface BenchEnv {
  stamp: string;
  database: string;
  /** Owner (postgres) connection: set-up, floors and set-based data changes. */
  adminUrl: string;
  /** The app role, subject to row-level security, exactly as the API connects. */
  appUrl: string;
  redisUrl: string;
  redisPrefix: string;
  jwtSecret: string;
  password: string;
}

export function benchEnv(): BenchEnv {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\..*$/, '')
    .replace(/^(\d{8})/, '$1_');
  const database = `duban_bench_${stamp}`;
  const host = process.env.PGHOST_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const adminUrl = `${host}/${database}`;
  return {
    stamp,
    database,
    adminUrl,
    appUrl: adminUrl.replace(/^postgres:\/\/[^@]*@/, 'postgres://duban_app:duban_app@'),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: `bench_${stamp}`,
    jwtSecret: randomBytes(32).toString('hex'),
    password: `Bench@${randomBytes(4).toString('hex')}`,
  };
}

/** Runs a child process to completion, echoing its output indented; resolves with that output. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) console.log(`    │ ${line}`);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** Database, app login and migrations: `tools/db.ts setup`, as `npm start` runs it. */
export async function createDatabase(env: BenchEnv): Promise<void> {
  await run(process.execPath, [...TS_NODE, 'tools/db.ts', 'setup'], {
    ...process.env,
    DATABASE_URL: env.appUrl,
  });
}

/** `npm run org:import -- --region <code>`; returns the import time the tool reports (ms). */
export async function importOrgTree(env: BenchEnv, region: string): Promise<number> {
  const out = await run('npm', ['run', '--silent', 'org:import', '--', '--region', region], {
    ...process.env,
    DATABASE_URL: env.appUrl,
  });
  return Number(/in (\d+) ms/.exec(out)?.[1] ?? NaN);
}

export interface Tree {
  rootId: string;
  tenantId: string;
  rootPath: string;
  rootName: string;
  /** Every unit strictly below the root: what a whole-tree cascade assigns. */
  unitsBelowRoot: number;
  byKind: Record<string, number>;
}

/**
 * Every tenant tree in the fresh database, root id order: one per imported region (`--region 41,42`
 * gives two provinces). The bench measures the first; the others add their data volume.
 */
export async function describeTrees(owner: Client): Promise<Tree[]> {
  const { rows: roots } = await owner.query(
    `SELECT id::text, tenant_id::text, path::text, name FROM org_unit WHERE parent_id IS NULL ORDER BY id`,
  );
  if (!roots.length) throw new Error('no tenant root in the fresh database');
  return Promise.all(
    roots.map(async (root) => {
      const { rows } = await owner.query(
        `SELECT kind::text, count(*)::int AS n FROM org_unit WHERE tenant_id = $1 AND id <> $1 GROUP BY kind`,
        [root.id],
      );
      return {
        rootId: root.id,
        tenantId: root.tenant_id,
        rootPath: root.path,
        rootName: root.name,
        unitsBelowRoot: rows.reduce((s, r) => s + r.n, 0),
        byKind: Object.fromEntries(rows.map((r) => [r.kind, r.n])),
      };
    }),
  );
}

export interface BenchUser {
  username: string;
  unitId: string;
}

/**
 * Inserts users as the owner (tenant and path copied from their unit, as seedDemoUsers does).
 * One argon2 hash for all of them: login verifies it like any other.
 */
export async function insertUsers(
  owner: Client,
  password: string,
  users: { username: string; displayName: string; unitId: string; role: string }[],
): Promise<void> {
  const passwordHash = await hash(password);
  await owner.query(
    `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
     SELECT o.tenant_id, o.id, o.path, u.username, u.display_name, $5, ARRAY[u.role::user_role]
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) AS u(username, display_name, unit_id, role)
       JOIN org_unit o ON o.id = u.unit_id`,
    [
      users.map((u) => u.username),
      users.map((u) => u.displayName),
      users.map((u) => u.unitId),
      users.map((u) => u.role),
      passwordHash,
    ],
  );
}

/** `count` townships spread evenly over the whole tree (every n-th by id), so every city takes part. */
export async function sampleTownships(owner: Client, tree: Tree, count: number): Promise<string[]> {
  const { rows } = await owner.query(
    `SELECT id::text FROM org_unit WHERE tenant_id = $1 AND kind = 'TOWNSHIP' ORDER BY id`,
    [tree.tenantId],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} townships, ${count} needed`);
  const step = rows.length / count;
  return Array.from({ length: count }, (_, i) => rows[Math.floor(i * step)].id);
}

export async function connectOwner(env: BenchEnv): Promise<Client> {
  const owner = new Client({ connectionString: env.adminUrl, application_name: 'duban-bench' });
  await owner.connect();
  return owner;
}

export async function dropDatabase(env: BenchEnv): Promise<void> {
  const client = new Client({ connectionString: env.adminUrl.replace(/\/[^/]+$/, '/postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${env.database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** BullMQ keys live under `{prefix}`; anything else the API writes starts with the prefix too. */
export function deleteRedisKeys(env: BenchEnv): Promise<number> {
  return deleteKeysWithPrefix(env.redisUrl, env.redisPrefix);
}

export async function cleanup(env: BenchEnv, keep: boolean): Promise<void> {
  if (keep) log(`--keep: database ${env.database} left in place (owner URL ${env.adminUrl})`);
  else {
    await dropDatabase(env).catch((err) => log(`could not drop ${env.database}: ${err.message}`));
    log(`dropped database ${env.database}`);
  }
  const n = await deleteRedisKeys(env).catch((err) => {
    log(`could not clean Redis keys: ${err.message}`);
    return 0;
  });
  log(`deleted ${n} Redis key(s) with prefix ${env.redisPrefix}`);
}
