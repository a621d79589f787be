import { Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import {
  AppError,
  ERROR_CODES,
  forbidden,
  pickLocale,
  RequestContext,
  TenantSession,
  unauthenticated,
  UserRateLimit,
} from '@duban/platform';
import { ACCESS_TOKEN_TEXT } from '@duban/rules';
import { AuthService } from './auth.service';

/**
 * Authentication for plain HTTP routes (uploads, downloads), which the global guard lets through
 * only when @Public() because it handles GraphQL: the same bearer token, the same actor and the same
 * tenant-scoped session as a GraphQL operation, one transaction per request. Errors are answered as
 * `{ error: { code, message } }` with the code's HTTP status, in the caller's language.
 */
@Injectable()
export class HttpCaller {
  private readonly logger = new Logger('HttpCaller');

  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    private readonly rateLimit: UserRateLimit,
  ) {}

  /**
   * Runs `fn` as the signed-in caller, commits, then sends what `fn` returned (so a client that reads
   * the answer finds the change committed); on error rolls back and answers the error.
   */
  async handle(
    request: FastifyRequest,
    reply: FastifyReply,
    fn: (ctx: RequestContext) => Promise<() => void>,
  ): Promise<void> {
    // The id Fastify gave the request (bootstrap.ts), already echoed in the answer.
    const requestId = String(request.id);
    const language = request.headers['accept-language'];
    const ctx = new RequestContext(
      new TenantSession(this.dataSource, null),
      language ? pickLocale(language) : null,
      request.headers,
      requestId,
    );
    ctx.clientAddress = request.ip;
    try {
      const header = request.headers.authorization;
      const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
      if (!token) throw unauthenticated();
      const { actor, session } = await this.auth.authenticateWithSession(token);
      await ctx.signIn(actor, this.dataSource, session);
      // A personal access token reads only: downloads, never uploads.
      if (actor.accessTokenId && request.method !== 'GET' && request.method !== 'HEAD')
        throw forbidden(ACCESS_TOKEN_TEXT.readOnly);
      await this.rateLimit.take(actor.userId);
      const send = await fn(ctx);
      await ctx.db.finish(true);
      send();
    } catch (error) {
      await ctx.db.finish(false).catch(() => undefined);
      this.answer(request, reply, ctx, error);
    }
  }

  private answer(request: FastifyRequest, reply: FastifyReply, ctx: RequestContext, error: unknown): void {
    if (reply.sent) {
      this.logger.error(`request ${ctx.requestId} failed after its answer began: ${String(error)}`);
      return;
    }
    let code: keyof typeof ERROR_CODES = 'INTERNAL_SERVER_ERROR';
    let message =
      ctx.locale === 'en' ? `Internal error, reference ${ctx.requestId}` : `内部错误，编号 ${ctx.requestId}`;
    if (error instanceof AppError && error.code !== 'INTERNAL_SERVER_ERROR') {
      code = error.code;
      message = ctx.locale === 'en' ? error.text.en : error.text.zh;
    } else {
      this.logger.error(
        `request ${ctx.requestId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    const field = error instanceof AppError ? error.extensions.field : undefined;
    // A refused upload was not read to its end: do not keep the connection for another request.
    const upload = request.headers['content-type']?.startsWith('multipart/') ?? false;
    if (upload && !request.raw.readableEnded) void reply.header('connection', 'close');
    void reply
      .status(ERROR_CODES[code].status)
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }));
  }
}
