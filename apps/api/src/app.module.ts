import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import {
  AssessmentModule,
  AuthService,
  CONFIG,
  CoreModule,
  graphqlWs,
  IdentityModule,
  isWsContext,
  NotificationModule,
  OrgModule,
  QueueModule,
  SupervisionModule,
  WsContext,
} from '@duban/domain';
import {
  AppConfig,
  AppErrorFilter,
  inputGuardPlugin,
  introspectionPlugin,
  MutationAtomicInterceptor,
  pickLocale,
  queryLimitsPlugin,
  requestPlugin,
  RequestContext,
  TenantSession,
} from '@duban/platform';
import { HealthController } from './health.controller';

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
    QueueModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule],
      inject: [DataSource, AuthService, CONFIG],
      useFactory: (dataSource: DataSource, auth: AuthService, config: AppConfig) => {
        const ws = graphqlWs(auth, dataSource);
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          // No HTTP cache hints: the cache-control plugin would wrap every field resolver for nothing.
          plugins: [
            requestPlugin,
            introspectionPlugin(config.NODE_ENV === 'production', (ctx) => signedIn(auth, ctx)),
            // Before the limits: an out-of-range `first` is named as such, not as an absurd complexity.
            inputGuardPlugin(),
            queryLimitsPlugin(),
            ApolloServerPluginCacheControlDisabled(),
          ],
          // Subscriptions (notificationAdded) over graphql-ws on the same path, authenticated at connect.
          subscriptions: { 'graphql-ws': ws.options },
          // Every operation starts anonymous with a scope-less (row-less) session; the guard binds the caller.
          context: (request: FastifyRequest | WsContext) =>
            isWsContext(request)
              ? ws.context(request)
              : new RequestContext(
                  new TenantSession(dataSource, null),
                  request.headers['accept-language'] ? pickLocale(request.headers['accept-language']) : null,
                  request.headers,
                ),
        };
      },
    }),
    OrgModule,
    IdentityModule,
    SupervisionModule,
    NotificationModule,
    AssessmentModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: MutationAtomicInterceptor },
    { provide: APP_FILTER, useClass: AppErrorFilter },
  ],
})
export class AppModule {}
