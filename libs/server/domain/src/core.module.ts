import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, loadConfig, NAMED_STATEMENTS, setCursorKey } from '@duban/platform';
import { CONFIG } from './config.token';
import { ENTITIES } from './database';
import { StorageModule } from './storage';

/** The validated configuration, read once per process; it also keys the page cursors' HMAC. */
function loadAndApplyConfig(): AppConfig {
  const config = loadConfig();
  setCursorKey(config.JWT_SECRET);
  return config;
}

@Global()
@Module({
  providers: [{ provide: CONFIG, useFactory: loadAndApplyConfig }],
  exports: [CONFIG],
})
export class AppConfigModule {}

/** Validated configuration and the app-role DataSource (subject to RLS); shared by api and worker. */
@Global()
@Module({
  imports: [
    AppConfigModule,
    StorageModule,
    TypeOrmModule.forRootAsync({
      imports: [AppConfigModule],
      inject: [CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        entities: ENTITIES,
        synchronize: false,
        retryAttempts: 2,
        retryDelay: 1000,
        // Tools that only need metadata (schema emit) run without a database.
        manualInitialization: config.DUBAN_NO_DB,
        logging: ['error' as const],
        extra: {
          max: config.DB_POOL,
          application_name: 'duban',
          [NAMED_STATEMENTS]: config.DB_NAMED_STATEMENTS,
        },
      }),
    }),
  ],
  exports: [AppConfigModule, StorageModule],
})
export class CoreModule {}
