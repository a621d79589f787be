import { Server } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** Whether this process is shutting down (readiness answers 503 from the first moment), and its load. */
export class ShutdownState {
  draining = false;
  inFlight = 0;
}

/** How long a connection accepted just before the listener closed gets to deliver its request. */
const SETTLE_MS = 250;

export interface ShutdownTiming {
  /** Keep serving (readiness already failing) so load balancers stop sending new requests first. */
  delayMs: number;
  /** Upper bound for in-flight requests and shutdown hooks once the listener is closed. */
  graceMs: number;
}

/**
 * Counts requests in flight, and while draining makes every response say `Connection: close`, so
 * keep-alive clients open their next request elsewhere instead of racing the close of an idle socket.
 */
export function trackRequestsForShutdown(app: INestApplication, state: ShutdownState): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onRequest', async () => {
    state.inFlight++;
  });
  fastify.addHook('onResponse', async () => {
    state.inFlight--;
  });
  // A client that gives up gets no response; Fastify wants exactly one parameter on this async hook.
  fastify.addHook('onRequestAbort', async (_request) => {
    state.inFlight--;
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (state.draining) void reply.header('connection', 'close');
    return payload;
  });
}

/**
 * Stops accepting connections but, unlike `http.Server#close`, does not yet destroy "idle" ones: a
 * socket accepted a moment ago counts as idle until its request is parsed, and destroying it resets
 * a request the client has already sent. Resolves once no request has been in flight for SETTLE_MS.
 */
async function stopAccepting(app: INestApplication, state: ShutdownState): Promise<void> {
  const server = (app.getHttpAdapter().getInstance() as FastifyInstance).server;
  Server.prototype.close.call(server);
  for (let quiet = 0; quiet < SETTLE_MS;) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    quiet = state.inFlight > 0 ? 0 : quiet + 25;
  }
}

/**
 * SIGTERM/SIGINT: fail readiness, keep serving for `delayMs`, then stop accepting, let the requests
 * in flight finish, close the app (connections, subscriptions, pools, shutdown hooks) and exit 0. If
 * that takes longer than `graceMs`, exit 1 and say so, rather than hang until the orchestrator kills us.
 */
export function exitGracefullyOnSignals(
  app: INestApplication,
  state: ShutdownState,
  timing: ShutdownTiming,
  log: (line: string) => void,
): void {
  const stop = async (signal: NodeJS.Signals) => {
    if (state.draining) return;
    state.draining = true;
    log(`${signal}: draining for ${timing.delayMs} ms, then closing (grace ${timing.graceMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, timing.delayMs));
    const overdue = setTimeout(() => {
      log(`shutdown took longer than ${timing.graceMs} ms; exiting with work unfinished`);
      process.exit(1);
    }, timing.graceMs);
    overdue.unref();
    try {
      await stopAccepting(app, state);
      await app.close();
    } catch (err) {
      log(`shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
    clearTimeout(overdue);
    log('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void stop(s));
}
