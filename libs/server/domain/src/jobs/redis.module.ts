import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, createRedis, type RedisClient } from '@duban/platform';
import { CONFIG } from '../config.token';

export const REDIS = Symbol('Redis');

/** Closes the shared connection after BullMQ has closed its queues and workers. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * One ioredis connection (or Redis Cluster client) per process; BullMQ duplicates it for blocking worker connections. The API
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
          useFactory: (config: AppConfig) => createRedis(config, { failFast }),
        },
        RedisCloser,
      ],
      exports: [REDIS],
    };
  }
}
