/* Debian's PgBouncer of a suite's own, in transaction pool mode, in front of the run's PostgreSQL. */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from './net';

export interface PrivatePgBouncer {
  port: number;
  /** `url` with its host and port replaced by the bouncer's. */
  through(url: string): string;
  stop(): Promise<void>;
}

/**
 * Listens on a loopback port; every database of the server is reachable (wildcard entry); `poolSize`
 * server connections per database and user, so many clients share few connections transaction by
 * transaction. The app role authenticates to PostgreSQL (trust on loopback); the bouncer trusts it too.
 */
export async function startPgBouncer(upstream: string, poolSize: number): Promise<PrivatePgBouncer> {
  const u = new URL(upstream);
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-pgbouncer-'));
  chmodSync(dir, 0o755);
  const ini = path.join(dir, 'pgbouncer.ini');
  const users = path.join(dir, 'userlist.txt');
  writeFileSync(users, `"duban_app" "duban_app"\n`, { mode: 0o644 });
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${u.hostname} port=${u.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${users}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 1000',
      'ignore_startup_parameters = extra_float_digits,options',
    ].join('\n'),
    { mode: 0o644 },
  );
  // PgBouncer refuses to run as root; it drops to `nobody` then.
  const asRoot = userInfo().uid === 0 ? ['-u', 'nobody'] : [];
  const child = spawn('/usr/sbin/pgbouncer', [...asRoot, ini], { stdio: ['ignore', 'ignore', 'inherit'] });
  const end = Date.now() + 15_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited with ${child.exitCode}`);
    if (Date.now() > end) throw new Error('pgbouncer did not listen within 15 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    through: (url) => {
      const v = new URL(url);
      v.hostname = '127.0.0.1';
      v.port = String(port);
      return v.toString();
    },
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
