import { spawn, type ChildProcess } from 'node:child_process';

/** A redis-server of a suite's own on `port` (no persistence: a restart comes back empty). */
export interface PrivateRedis {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts Debian's redis-server on loopback and resolves once it accepts connections. */
export async function startRedisServer(port: number): Promise<PrivateRedis> {
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server on ${port} exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  child.removeAllListeners('exit');
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    // SIGKILL: an outage, not a shutdown (nothing is saved either way).
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
