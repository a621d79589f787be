import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { QUEUES } from '@duban/contracts';
import { heldBackNote, LogThrottle } from './log-throttle';

/**
 * A queue re-emits its connection's errors; with no listener BullMQ prints each one (every retry of
 * every queue during an outage). This logs the first error and then one line per 30 s.
 */
@Injectable()
export class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queues');
  private readonly throttle = new LogThrottle();

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit() {
    for (const name of Object.values(QUEUES))
      this.moduleRef
        .get<Queue>(getQueueToken(name), { strict: false })
        .on('error', (err: Error) => this.report(name, err));
  }

  private report(queue: string, err: Error) {
    const { log, heldBack } = this.throttle.next();
    if (log)
      this.logger.error(`Redis unavailable for queue ${queue}: ${err.message}${heldBackNote(heldBack)}`);
  }
}
