import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, loadConfig } from '@duban/platform';
import { CONFIG } from './config.token';
import { ENTITIES } from './database/schema';

/** Validated configuration and the app-role DataSource (subject to RLS); shared by api and worker. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () => {
        const config = loadConfig();
        return {
          type: 'postgres' as const,
          url: config.DATABASE_URL,
          entities: ENTITIES,
          synchronize: false,
          retryAttempts: 2,
          retryDelay: 1000,
          // Tools that only need metadata (schema emit) run without a database.
          manualInitialization: process.env.DUBAN_NO_DB === '1',
          logging: ['error' as const],
          extra: { max: Number(process.env.DB_POOL ?? 20), application_name: 'duban' },
        };
      },
    }),
  ],
  providers: [{ provide: CONFIG, useFactory: (): AppConfig => loadConfig() }],
  exports: [CONFIG],
})
export class CoreModule {}
