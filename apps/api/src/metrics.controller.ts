import { getQueueToken } from '@nestjs/bullmq';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { QUEUES } from '@duban/contracts';
import {
  dependencyUp,
  metricsRegistry,
  outboxLag,
  outboxPending,
  Public,
  queueJobs,
  withTimeout,
} from '@duban/platform';

/** A scrape must answer even when a dependency hangs: each reading gets this long. */
const READ_TIMEOUT_MS = 1_000;
const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * Prometheus scrape endpoint. Not behind the sign-in: it is for the cluster's monitoring, and the
 * reverse proxy (infra/nginx) passes only /graphql and /files to the API, so it is not reachable from
 * outside. Gauges that need a dependency are read here, at scrape time.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Public()
  @Get()
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    await Promise.all([this.readQueues(), this.readOutbox()]);
    void reply.header('content-type', metricsRegistry.contentType);
    return metricsRegistry.metrics();
  }

  private async readQueues() {
    try {
      for (const name of Object.values(QUEUES)) {
        const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
        const counts = await withTimeout(queue.getJobCounts(...STATES), READ_TIMEOUT_MS);
        for (const state of STATES) queueJobs.set({ queue: name, state }, counts[state] ?? 0);
      }
      dependencyUp.set({ dependency: 'redis' }, 1);
    } catch {
      dependencyUp.set({ dependency: 'redis' }, 0);
    }
  }

  private async readOutbox() {
    try {
      const [row] = await withTimeout(
        this.dataSource.query<{ pending: string; lag_seconds: number }[]>(`SELECT * FROM duban_outbox_lag()`),
        READ_TIMEOUT_MS,
      );
      outboxPending.set(Number(row.pending));
      outboxLag.set(row.lag_seconds);
      dependencyUp.set({ dependency: 'postgres' }, 1);
    } catch {
      dependencyUp.set({ dependency: 'postgres' }, 0);
    }
  }
}
