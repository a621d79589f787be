import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { REDIS } from '@duban/domain';
import { Public, ShutdownState, withTimeout, type RedisClient } from '@duban/platform';

/** A dependency that does not answer within this long counts as down (probes time out at 2 s). */
const CHECK_TIMEOUT_MS = 1_000;

type Check = 'ok' | 'down';

const check = (work: Promise<unknown>): Promise<Check> =>
  withTimeout(work, CHECK_TIMEOUT_MS).then(
    (): Check => 'ok',
    (): Check => 'down',
  );

@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(ShutdownState) private readonly shutdown: ShutdownState,
  ) {}

  /** Liveness: the process answers. No dependency is checked, so an outage never restarts pods. */
  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Readiness: PostgreSQL and Redis answer and the process is not shutting down; 503 otherwise, with
   * which check failed. `/health` is the same answer (what `npm start` and older probes poll).
   */
  @Public()
  @Get(['ready', ''])
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [postgres, redis] = await Promise.all([
      check(this.dataSource.query('SELECT 1')),
      check(this.redis.ping()),
    ]);
    const status = this.shutdown.draining
      ? 'draining'
      : postgres === 'ok' && redis === 'ok'
        ? 'ok'
        : 'unavailable';
    if (status !== 'ok') void reply.status(503);
    return { status, checks: { postgres, redis }, time: new Date().toISOString() };
  }
}
