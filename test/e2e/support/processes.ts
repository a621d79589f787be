/* Child processes of the browser suite: the API, the worker and the admin's preview server. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const LOG_DIR = path.join(ROOT, 'test-artifacts/e2e-logs');
export const TS_NODE = ['--no-deprecation', '-r', '@swc-node/register'];
export const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
export { freePort } from '../../support/net';

export interface Service {
  name: string;
  child: ChildProcess;
  logFile: string;
}

/** Starts `node args…` in its own process group, output to test-artifacts/e2e-logs/<name>.log. */
export function startService(name: string, args: string[], env: NodeJS.ProcessEnv): Service {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return { name, child, logFile };
}

/** SIGTERM to the service's process group, SIGKILL if it has not exited after a few seconds. */
export async function stopService({ child }: Service): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Resolves when `url` answers 2xx; fails early with the service's log if the service died. */
export async function waitForHttp(url: string, service: Service, seconds = 90): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    assertRunning(service);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds}s:\n${tail(service.logFile)}`);
}

export function assertRunning(service: Service): void {
  if (service.child.exitCode !== null)
    throw new Error(`${service.name} exited with ${service.child.exitCode}:\n${tail(service.logFile)}`);
}

function tail(file: string, lines = 30): string {
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}
