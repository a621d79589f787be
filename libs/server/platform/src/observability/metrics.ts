import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (one registry per process, whatever number of apps a test boots):
 * Node's own (memory, CPU, event-loop lag, GC), HTTP requests by route and status with their
 * duration, GraphQL errors by code, and gauges the API fills at scrape time (queues, outbox).
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'duban_' });

export const httpRequests = new Counter({
  name: 'duban_http_requests_total',
  help: 'HTTP requests answered, by route, method and status',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpDuration = new Histogram({
  name: 'duban_http_request_duration_seconds',
  help: 'Time from request to response, by route and method',
  labelNames: ['route', 'method'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'duban_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code (INTERNAL_SERVER_ERROR and SERVICE_UNAVAILABLE deserve alerts)',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const queueJobs = new Gauge({
  name: 'duban_queue_jobs',
  help: 'Jobs per queue and state (waiting, active, delayed, failed) at scrape time',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
});

export const outboxPending = new Gauge({
  name: 'duban_outbox_pending_events',
  help: 'Outbox events that are due and not yet confirmed delivered',
  registers: [metricsRegistry],
});

export const outboxLag = new Gauge({
  name: 'duban_outbox_lag_seconds',
  help: 'Age of the oldest due, undelivered outbox event (0 when none): notification delay',
  registers: [metricsRegistry],
});

export const dependencyUp = new Gauge({
  name: 'duban_dependency_up',
  help: '1 when the dependency answered the last scrape, 0 otherwise',
  labelNames: ['dependency'] as const,
  registers: [metricsRegistry],
});

/** Counts and times every HTTP request by its route pattern (never the raw URL: ids would explode it). */
export function trackHttpMetrics(app: INestApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const method = request.method;
    httpRequests.inc({ route, method, status: String(reply.statusCode) });
    httpDuration.observe({ route, method }, reply.elapsedTime / 1000);
  });
}
