// Makes sure PostgreSQL and Redis answer; starts the local ones when this machine has them.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';

function reachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(host, port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function hostPort(url, defaultPort) {
  const u = new URL(url);
  return [u.hostname === 'localhost' ? '127.0.0.1' : u.hostname, Number(u.port || defaultPort)];
}

export async function ensureServices({ databaseUrl, redisUrl, log = console.log }) {
  const [pgHost, pgPort] = hostPort(databaseUrl, 5432);
  if (!(await reachable(pgHost, pgPort))) {
    const isLocal = ['127.0.0.1', '::1'].includes(pgHost);
    if (isLocal && existsSync('/etc/postgresql')) {
      const version = readdirSync('/etc/postgresql')[0];
      log(`[services] starting local PostgreSQL ${version} …`);
      execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: 'inherit' });
    }
    if (!(await waitFor(pgHost, pgPort, 20)))
      throw new Error(
        `PostgreSQL is not reachable at ${pgHost}:${pgPort}. Install PostgreSQL 15 with the ltree extension ` +
          `(Debian: apt-get install postgresql), or set DATABASE_URL, or run \`docker compose up -d postgres redis\`.`,
      );
  }
  const [redisHost, redisPort] = hostPort(redisUrl, 6379);
  if (!(await reachable(redisHost, redisPort))) {
    const isLocal = ['127.0.0.1', '::1'].includes(redisHost);
    let hasRedis = false;
    try {
      execSync('command -v redis-server', { stdio: 'ignore' });
      hasRedis = true;
    } catch {
      /* not installed */
    }
    if (isLocal && hasRedis) {
      log('[services] starting local Redis …');
      execSync(
        `redis-server --daemonize yes --bind 127.0.0.1 --port ${redisPort} --save "" --appendonly no`,
        { stdio: 'inherit' },
      );
    }
    if (!(await waitFor(redisHost, redisPort, 10)))
      throw new Error(
        `Redis is not reachable at ${redisHost}:${redisPort}. Install Redis 7 (Debian: apt-get install redis-server), ` +
          `or set REDIS_URL, or run \`docker compose up -d postgres redis\`.`,
      );
  }
}
