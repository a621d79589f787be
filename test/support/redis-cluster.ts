/* A Redis Cluster of a suite's own: three masters and three replicas of Debian's redis-server on loopback. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './net';

export interface PrivateCluster {
  ports: number[];
  /** REDIS_CLUSTER_NODES for the processes under test. */
  nodes: string;
  /** The port of the master serving the hash slot of `key` (e.g. `{prefix}` of the queues). */
  masterOf(key: string): number;
  /** kill -9 that node: a crash, not a shutdown. */
  kill(port: number): Promise<void>;
  /** Resolves once a surviving node reports the cluster healthy and `port` no longer a master. */
  promoted(port: number, ms?: number): Promise<void>;
  stop(): Promise<void>;
}

const cli = (port: number, ...args: string[]) =>
  execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' });

function startNode(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      path.join(dir, `nodes-${port}.conf`),
      // A dead master is noticed after 2 s and its replica takes over (production keeps 15 s).
      '--cluster-node-timeout',
      '2000',
      // A replica always stands for election, however long its link was down on a loaded machine.
      '--cluster-replica-validity-factor',
      '0',
      '--dir',
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server on ${port} exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        child.removeAllListeners('exit');
        resolve(child);
      }
    });
  });
}

async function waitFor(what: string, check: () => boolean, ms: number, state = () => '') {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`redis cluster: timed out waiting for ${what}\n${state()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const healthy = (port: number) => {
  try {
    return cli(port, 'cluster', 'info').includes('cluster_state:ok');
  } catch {
    return false;
  }
};

/** Starts six nodes, joins them (one replica per master) and resolves once every node says ok. */
export async function startRedisCluster(): Promise<PrivateCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-cluster-'));
  const ports: number[] = [];
  for (let i = 0; i < 6; i++) ports.push(await freePort());
  const children = new Map<number, ChildProcess>();
  for (const port of ports) children.set(port, await startNode(port, dir));
  cli(
    ports[0],
    '--cluster',
    'create',
    ...ports.map((p) => `127.0.0.1:${p}`),
    '--cluster-replicas',
    '1',
    '--cluster-yes',
  );
  await waitFor('the cluster to form', () => ports.every(healthy), 30_000);

  const alive = () => ports.filter((p) => children.get(p)!.exitCode === null && !children.get(p)!.signalCode);
  const mastersView = () =>
    cli(alive()[0], 'cluster', 'nodes')
      .trim()
      .split('\n')
      .map((line) => line.split(' '))
      .filter((f) => f[2].includes('master') && !f[2].includes('fail'));
  const kill = (port: number) =>
    new Promise<void>((resolve) => {
      const child = children.get(port)!;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return {
    ports,
    nodes: ports.map((p) => `127.0.0.1:${p}`).join(','),
    masterOf(key) {
      const slot = Number(cli(alive()[0], 'cluster', 'keyslot', key).trim());
      for (const f of mastersView())
        for (const range of f.slice(8)) {
          const [lo, hi = lo] = range.split('-').map(Number);
          if (slot >= lo && slot <= hi) return Number(f[1].split(':')[1].split('@')[0]);
        }
      throw new Error(`no master serves slot ${slot}`);
    },
    kill,
    promoted: (port, ms = 60_000) =>
      waitFor(
        `a replica to replace ${port}`,
        () =>
          alive().every(healthy) &&
          mastersView().length === 3 &&
          mastersView().every((f) => !f[1].startsWith(`127.0.0.1:${port}@`)),
        ms,
        // What the survivors say, to tell a slow election from a stuck one.
        () =>
          alive()
            .map((p) => `${p}: ${cli(p, 'cluster', 'nodes').trim()}`)
            .join('\n'),
      ),
    async stop() {
      for (const port of ports) await kill(port);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
