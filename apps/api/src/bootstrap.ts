import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  trackRequestsForShutdown,
  corsOriginAllowed,
  loadConfig,
  PayloadTooLargeFilter,
  REQUEST_ID_HEADER,
  requestIdFrom,
  ShutdownState,
  trackHttpMetrics,
} from '@duban/platform';
import { AppModule } from './app.module';

/**
 * A JSON API serves no documents, scripts or frames (the admin is served separately, and Apollo's
 * landing page is disabled: `playground: false`), so its CSP allows nothing at all.
 */
const API_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
};

/** Builds the API application (used by main.ts and by end-to-end tests). */
export async function createApi(
  options: { logger?: ('error' | 'warn' | 'log')[] } = {},
): Promise<NestFastifyApplication> {
  // Read here as well as in CoreModule: body limit and proxy trust are settings of the Fastify instance.
  const config = loadConfig();
  const json = config.LOG_FORMAT === 'json';
  const levels: LogLevel[] = options.logger ?? ['error', 'warn', 'log'];
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({
      bodyLimit: config.BODY_LIMIT_BYTES,
      // The client address (login limits per address) from X-Forwarded-For, behind that many proxies only.
      trustProxy: config.TRUST_PROXY_HOPS > 0 ? config.TRUST_PROXY_HOPS : false,
      // One id per request: a sane incoming x-request-id or a fresh UUID; logs, errors and the answer carry it.
      requestIdHeader: false,
      genReqId: (request: { headers: IncomingMessage['headers'] }) => requestIdFrom(request.headers),
      // JSON logs: one line per request (id, method, route, status, time) from Fastify's own logger.
      logger: json ? { level: 'info' } : false,
    }),
    { logger: json ? new ConsoleLogger({ json: true, logLevels: levels }) : levels },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  trackHttpMetrics(app);
  // @fastify/helmet is typed against the top-level fastify; Nest runs its own 5.x copy (same plugin API).
  await app.register(helmet as unknown as Parameters<typeof app.register>[0], {
    contentSecurityPolicy: API_CSP,
    // Nothing of the API is ever framed (frame-ancestors 'none' for current browsers, this for old ones).
    frameguard: { action: 'deny' },
  });
  // POST /files: uploads stream through, each file cut off at FILE_MAX_BYTES, at most FILES_PER_RECORD a request.
  await app.register(multipart as unknown as Parameters<typeof app.register>[0], {
    // File names arrive as sent, so a name with a path in it is refused rather than silently cut.
    preservePath: true,
    limits: {
      fileSize: config.FILE_MAX_BYTES,
      files: config.FILES_PER_RECORD,
      fields: 5,
      fieldSize: 1_024,
      parts: config.FILES_PER_RECORD + 5,
      headerPairs: 100,
    },
  });
  const allowed = corsOriginAllowed(config.CORS_ORIGINS, config.NODE_ENV === 'production');
  app.enableCors({
    // A foreign origin gets no CORS headers at all (the browser then blocks the response).
    origin: (origin: string | undefined, done: (err: Error | null, allow: boolean) => void) =>
      done(null, allowed(origin)),
    // Bearer tokens, no cookies: nothing needs credentialed CORS.
    credentials: false,
    methods: ['GET', 'POST'],
    maxAge: 600,
  });
  app.useGlobalFilters(new PayloadTooLargeFilter(config.BODY_LIMIT_BYTES, app.getHttpAdapter()));
  // Signals are handled by main.ts (exitGracefullyOnSignals); tests close the app themselves.
  trackRequestsForShutdown(app, app.get(ShutdownState));
  return app;
}
