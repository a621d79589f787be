import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import {
  AssessmentModule,
  DeadLetterModule,
  CockpitModule,
  AuthService,
  CONFIG,
  CoreModule,
  DocumentsModule,
  graphqlWs,
  IdentityModule,
  isWsContext,
  NotificationModule,
  OrgModule,
  QueueModule,
  RequestSignIn,
  SpreadsheetModule,
  SupervisionModule,
  WorkbenchModule,
  WsContext,
} from '@duban/domain';
import {
  allowListPlugin,
  AppConfig,
  AppErrorFilter,
  errorMaskingPlugin,
  formatError,
  inputGuardPlugin,
  loadOperationManifest,
  introspectionPlugin,
  MutationAtomicInterceptor,
  pickLocale,
  queryLimitsPlugin,
  RecentAnswers,
  requestPlugin,
  RequestContext,
  ShutdownState,
  TenantSession,
  maskSubscriptionErrors,
  maskSubscriptionResult,
} from '@duban/platform';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

/** The leader's overview (驾驶舱 levels and aggregates): answers may be ROLLUP_VIEW_CACHE_MS old. */
const OVERVIEW_ROOT_FIELDS = new Set(['orgUnit', 'cockpit']);

/** Whether the request carries a valid token of an active user (for introspection in production). */
async function signedIn(auth: AuthService, ctx: RequestContext): Promise<boolean> {
  const header = ctx.headers['authorization'];
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  return auth.authenticate(header.slice(7)).then(
    () => true,
    () => false,
  );
}

@Module({
  imports: [
    CoreModule,
    QueueModule.forRoot({ failFast: true }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule],
      inject: [DataSource, AuthService, RequestSignIn, CONFIG],
      useFactory: (
        dataSource: DataSource,
        auth: AuthService,
        requestSignIn: RequestSignIn,
        config: AppConfig,
      ) => {
        const ws = graphqlWs(auth, dataSource);
        const recentAnswers = new RecentAnswers({
          ttlMs: config.ROLLUP_VIEW_CACHE_MS,
          rootFields: OVERVIEW_ROOT_FIELDS,
          signIn: (ctx) => requestSignIn.signIn(ctx),
        });
        const allowList = config.GRAPHQL_ALLOWLIST ? loadOperationManifest(config.GRAPHQL_ALLOWLIST) : null;
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          // Errors carry an HTTP status only where the whole answer is a refusal (TOO_MANY_ATTEMPTS and
          // RATE_LIMITED: 429); Nest's driver would reset those to 200 once execution has run.
          preserveHttpStatusForExecutionErrors: false,
          // Every error passes here: known client errors go out as they are, the rest is masked with the
          // request's correlation id (error-masking.ts), in development too.
          formatError,
          // Automatic persisted queries off: a hash-only request is either on the allow-list or answered
          // PERSISTED_QUERY_NOT_SUPPORTED, upon which the admin's link sends the full document.
          persistedQueries: false,
          // Compact JSON (Apollo's default indents every answer); a kept overview answer's text as it is.
          stringifyResult: recentAnswers.stringify,
          // No HTTP cache hints: the cache-control plugin would wrap every field resolver for nothing.
          plugins: [
            // First: a refused operation is replaced before anything else looks at it.
            ...(allowList ? [allowListPlugin(allowList)] : []),
            errorMaskingPlugin(),
            requestPlugin,
            introspectionPlugin(config.NODE_ENV === 'production', (ctx) => signedIn(auth, ctx)),
            // Before the limits: an out-of-range `first` is named as such, not as an absurd complexity.
            inputGuardPlugin(),
            queryLimitsPlugin(),
            // After the limits, which a cached answer must pass too.
            ...recentAnswers.plugins(),
            ApolloServerPluginCacheControlDisabled(),
          ],
          // Subscriptions (notificationAdded) over graphql-ws on the same path, authenticated at connect.
          subscriptions: {
            'graphql-ws': {
              ...ws.options,
              // The masking backstop for subscription results too (they bypass Apollo's formatError).
              onNext: (_ctx, _id, _payload, args, result) =>
                maskSubscriptionResult(result, args.contextValue as RequestContext),
              onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
                maskSubscriptionErrors(errors, undefined),
            },
          },
          // Every operation starts anonymous with a scope-less (row-less) session; the guard binds the caller.
          // Each HTTP request carries its correlation id (a sane incoming x-request-id or a new one).
          context: (request: FastifyRequest | WsContext) => {
            if (isWsContext(request)) return ws.context(request);
            // Fastify gave the request its id (bootstrap.ts) and already echoes it in the answer.
            const requestId = String(request.id);
            const context = new RequestContext(
              new TenantSession(dataSource, null),
              request.headers['accept-language'] ? pickLocale(request.headers['accept-language']) : null,
              request.headers,
              requestId,
            );
            context.clientAddress = request.ip;
            return context;
          },
        };
      },
    }),
    OrgModule,
    IdentityModule,
    SupervisionModule,
    NotificationModule,
    AssessmentModule,
    CockpitModule,
    WorkbenchModule,
    SpreadsheetModule,
    DocumentsModule,
    DeadLetterModule,
  ],
  controllers: [HealthController, MetricsController],
  providers: [
    ShutdownState,
    { provide: APP_INTERCEPTOR, useClass: MutationAtomicInterceptor },
    { provide: APP_FILTER, useClass: AppErrorFilter },
  ],
})
export class AppModule {}
