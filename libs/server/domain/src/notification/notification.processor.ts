import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@duban/contracts';
import { JobOf } from '../jobs';
import { NotificationDelivery } from './notification-delivery.service';

export interface NotificationJobResult {
  notified: number;
}

/** Consumes relayed domain events; safe to run twice for one event (see NotificationDelivery). */
@Processor(QUEUES.events, { concurrency: 4 })
export class NotificationProcessor extends WorkerHost {
  constructor(private readonly delivery: NotificationDelivery) {
    super();
  }

  async process(job: JobOf<typeof QUEUES.events, NotificationJobResult>): Promise<NotificationJobResult> {
    return { notified: await this.delivery.deliver(job.data) };
  }
}
