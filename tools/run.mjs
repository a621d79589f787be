// Small process helpers shared by start.mjs and test.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';

export const TS_NODE = ['--no-deprecation', '-r', '@swc-node/register'];

/** Runs a command to completion; exits the parent with a clear line when it fails. */
export function step(title, cmd, args, env = process.env) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${title} failed (${secs}s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${title} (${secs}s)`);
}

/** Steps now running, by title, with their start time: for the progress line of long phases. */
const running = new Map();

/**
 * Runs a command with its output in tmp/steps/<title>.log, so steps can run side by side; prints that
 * output as one block when the step ends. Resolves to whether it passed.
 */
export function task(title, cmd, args, env = process.env) {
  mkdirSync('tmp/steps', { recursive: true });
  const log = `tmp/steps/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.log`;
  const out = openSync(log, 'w');
  const started = Date.now();
  console.log(`▶ ${title}`);
  const child = spawn(cmd, args, { env, stdio: ['ignore', out, out] });
  running.set(title, started);
  return new Promise((resolve) => {
    // Failed to start (e.g. not installed): the reason goes into the log; 'close' follows.
    child.on('error', (err) => writeSync(out, `${err.message}\n`));
    child.on('close', (code, signal) => {
      running.delete(title);
      closeSync(out);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      const output = readFileSync(log, 'utf8').trimEnd();
      const ok = code === 0;
      console.log(`\n${ok ? '✓' : '✗'} ${title} (${secs}s${ok ? '' : `, ${signal ?? `exit ${code}`}`})`);
      if (output) console.log(output);
      resolve(ok);
    });
  });
}

/**
 * Runs lanes side by side, each lane's steps in order ([title, cmd, args, env?] each). A lane stops at
 * its first failure, and once any step has failed no lane starts another (running ones finish: a test
 * run stopped midway would leave its databases and processes behind). Resolves to the failed titles.
 */
export async function runLanes(lanes) {
  const failed = [];
  // Output comes when a step ends; a line every two minutes shows a long phase is alive (and keeps CI
  // runners that stop silent jobs from doing so).
  const progress = setInterval(() => {
    const now = Date.now();
    const long = [...running].map(([title, t]) => `${title} (${Math.round((now - t) / 60_000)}m)`);
    if (long.length) console.log(`… still running: ${long.join(', ')}`);
  }, 120_000);
  await Promise.all(
    lanes.map(async (lane) => {
      for (const [title, cmd, args, env] of lane) {
        if (failed.length) return;
        if (!(await task(title, cmd, args, env))) failed.push(title);
      }
    }),
  );
  clearInterval(progress);
  return failed;
}

/** Starts a long-running child whose output is prefixed with its name. */
export function service(name, cmd, args, env) {
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${name}] ${l}`)
      .join('\n') + '\n';
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  return child;
}

export async function waitForHttp(url, seconds = 60) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds}s`);
}
