import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { CoreModule, IdentityModule, OrgModule, QueueModule, SupervisionModule } from '@duban/domain';
import {
  AppErrorFilter,
  MutationAtomicInterceptor,
  pickLocale,
  queryLimitsPlugin,
  requestPlugin,
  RequestContext,
  TenantSession,
} from '@duban/platform';
import { HealthController } from './health.controller';

@Module({
  imports: [
    CoreModule,
    QueueModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: true,
        includeStacktraceInErrorResponses: false,
        plugins: [requestPlugin, queryLimitsPlugin()],
        // Every operation starts anonymous with a scope-less (row-less) session; the guard binds the caller.
        context: (request: FastifyRequest) =>
          new RequestContext(
            new TenantSession(dataSource, null),
            request.headers['accept-language'] ? pickLocale(request.headers['accept-language']) : null,
            request.headers,
          ),
      }),
    }),
    OrgModule,
    IdentityModule,
    SupervisionModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: MutationAtomicInterceptor },
    { provide: APP_FILTER, useClass: AppErrorFilter },
  ],
})
export class AppModule {}
