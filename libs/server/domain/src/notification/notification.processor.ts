import { Processor } from '@nestjs/bullmq';
import { QUEUES } from '@duban/contracts';
import { JobOf, LoggedWorkerHost } from '../jobs';
import { NotificationDelivery } from './notification-delivery.service';

export interface NotificationJobResult {
  notified: number;
}

/**
 * Consumes relayed domain events; safe to run twice for one event (see NotificationDelivery). A job
 * that fails for good or stalls too often is not the end of its event: the relay hands the event over
 * again until the consumer confirms it in PostgreSQL.
 */
@Processor(QUEUES.events, { concurrency: 4 })
export class NotificationProcessor extends LoggedWorkerHost {
  constructor(private readonly delivery: NotificationDelivery) {
    super();
  }

  async process(job: JobOf<typeof QUEUES.events, NotificationJobResult>): Promise<NotificationJobResult> {
    return { notified: await this.delivery.deliver(job.data) };
  }
}
