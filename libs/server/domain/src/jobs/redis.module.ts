import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
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

/**
 * One ioredis connection per process; BullMQ duplicates it for blocking worker connections. The API
 * asks for `failFast` (requests fail with SERVICE_UNAVAILABLE during an outage); the worker waits.
 */
@Module({})
export class RedisModule {
  static forRoot({ failFast }: { failFast: boolean }): DynamicModule {
    return {
      module: RedisModule,
      global: true,
      providers: [
        {
          provide: REDIS,
          inject: [CONFIG],
          useFactory: (config: AppConfig) => new IORedis(redisOptions(config.REDIS_URL, { failFast })),
        },
        RedisCloser,
      ],
      exports: [REDIS],
    };
  }
}
