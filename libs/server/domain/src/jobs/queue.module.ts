import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import IORedis from 'ioredis';
import { QUEUES } from '@duban/contracts';
import { AppConfig, queuePrefix } from '@duban/platform';
import { CONFIG } from '../config.token';
import { REDIS, RedisModule } from './redis.module';

/** BullMQ connection and the queues, registered once for api (producers) and worker (consumers). */
@Global()
@Module({
  imports: [
    RedisModule,
    BullModule.forRootAsync({
      imports: [RedisModule],
      inject: [REDIS, CONFIG],
      useFactory: (redis: IORedis, config: AppConfig) => ({
        connection: redis,
        prefix: queuePrefix(config.REDIS_PREFIX),
      }),
    }),
    BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueueModule {}
