import type { IncomingMessage } from 'node:http';
import { getOperationAST, parse } from 'graphql';
import { DataSource } from 'typeorm';
import { Actor, badInput, pickLocale, RequestContext, TenantSession, unauthenticated } from '@duban/platform';
import { AuthService } from '../identity';

/** The parts of a graphql-ws connection context we use (graphql-ws passes one per socket). */
export interface WsContext {
  readonly connectionInitReceived: boolean;
  readonly connectionParams?: Readonly<Record<string, unknown>>;
  readonly extra: unknown;
}

/** Tells a graphql-ws context from a Fastify request in the shared GraphQL context factory. */
export function isWsContext(value: object): value is WsContext {
  return 'connectionInitReceived' in value && 'extra' in value;
}

function bearer(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  return value.startsWith('Bearer ') ? value.slice(7) : value;
}

function upgradeHeader(ctx: WsContext, name: string): string | undefined {
  const request = (ctx.extra as { request?: IncomingMessage } | undefined)?.request;
  const value = request?.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * graphql-ws for GraphQLModule (subscriptions such as notificationAdded). The socket authenticates
 * once, in connection_init, with the same JWT as HTTP (connectionParams.authorization, with or
 * without "Bearer "); a bad or missing token closes it with 4403. Queries and mutations stay on
 * HTTP, where the request plugin commits each operation's transaction.
 */
export function graphqlWs(auth: AuthService, dataSource: DataSource) {
  const actors = new WeakMap<WsContext, Actor>();
  return {
    options: {
      onConnect: async (ctx: WsContext): Promise<boolean> => {
        const token = bearer(ctx.connectionParams?.authorization);
        if (!token) return false;
        try {
          const actor = await auth.authenticate(token);
          // Personal access tokens are for HTTP queries only (their scope is not the user's own).
          if (actor.accessTokenId) return false;
          actors.set(ctx, actor);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (
        _ctx: WsContext,
        _id: string,
        payload: { query: string; operationName?: string | null },
      ) => {
        let kind: string | undefined;
        try {
          kind = getOperationAST(parse(payload.query), payload.operationName ?? undefined)?.operation;
        } catch {
          return undefined; // graphql-ws reports the syntax error itself
        }
        if (kind && kind !== 'subscription')
          return [
            badInput({
              zh: 'WebSocket 仅用于订阅，查询和修改请使用 HTTP',
              en: 'WebSocket is for subscriptions only; send queries and mutations over HTTP',
            }),
          ];
        return undefined;
      },
    },
    /** Per operation: the socket's caller, with a closed database session (subscriptions read Redis). */
    context: async (ctx: WsContext): Promise<RequestContext> => {
      const actor = actors.get(ctx);
      if (!actor) throw unauthenticated();
      // Nothing would ever commit or release a session opened here, so any query fails instead.
      const closed = new TenantSession(dataSource, null);
      await closed.finish();
      const language = ctx.connectionParams?.['accept-language'] ?? upgradeHeader(ctx, 'accept-language');
      const requested = typeof language === 'string' && language ? pickLocale(language) : null;
      const context = new RequestContext(closed, requested, {});
      context.actor = actor;
      context.locale = requested ?? actor.locale;
      return context;
    },
  };
}
