import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { AppConfig, redisOptions } from '@duban/platform';
import { CONFIG } from '../config.token';

export const REDIS = Symbol('Redis');

/** Closes the shared connection after BullMQ has closed its queues and workers. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: IORedis) {}

  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One ioredis connection per process; BullMQ duplicates it for blocking worker connections. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [CONFIG],
      useFactory: (config: AppConfig) => new IORedis(redisOptions(config.REDIS_URL)),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
