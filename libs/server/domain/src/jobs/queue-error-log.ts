import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { QUEUES } from '@duban/contracts';

/** While Redis is down every reconnection attempt fails; one line per this many ms is enough. */
const QUIET_MS = 30_000;

/**
 * A queue re-emits its connection's errors; with no listener BullMQ prints each one (every retry of
 * every queue during an outage). This logs the first error and then one line per QUIET_MS.
 */
@Injectable()
export class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queues');
  private lastLogged = 0;
  private muted = 0;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit() {
    for (const name of Object.values(QUEUES))
      this.moduleRef
        .get<Queue>(getQueueToken(name), { strict: false })
        .on('error', (err: Error) => this.report(name, err));
  }

  private report(queue: string, err: Error) {
    const now = Date.now();
    if (now - this.lastLogged < QUIET_MS) {
      this.muted++;
      return;
    }
    const muted = this.muted ? ` (${this.muted} similar errors since the last line)` : '';
    this.lastLogged = now;
    this.muted = 0;
    this.logger.error(`Redis unavailable for queue ${queue}: ${err.message}${muted}`);
  }
}
