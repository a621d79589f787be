import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { QUEUES } from '@duban/contracts';
import { AppConfig, queuePrefix, type RedisClient } from '@duban/platform';
import { CONFIG } from '../config.token';
import { QueueErrorLog } from './queue-error-log';
import { REDIS, RedisModule } from './redis.module';

/** BullMQ connection and the queues, registered once for api (producers) and worker (consumers). */
@Module({})
export class QueueModule {
  static forRoot(options: { failFast: boolean }): DynamicModule {
    const redis = RedisModule.forRoot(options);
    return {
      module: QueueModule,
      global: true,
      imports: [
        redis,
        BullModule.forRootAsync({
          imports: [redis],
          inject: [REDIS, CONFIG],
          useFactory: (connection: RedisClient, config: AppConfig) => ({
            connection,
            prefix: queuePrefix(config.REDIS_PREFIX),
          }),
        }),
        BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
      ],
      providers: [QueueErrorLog],
      exports: [BullModule],
    };
  }
}
