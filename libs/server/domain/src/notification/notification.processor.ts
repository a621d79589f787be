import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DomainEventJob, QUEUES } from '@duban/contracts';
import { NotificationDelivery } from './notification-delivery.service';

/** Consumes relayed domain events; safe to run twice for one event (see NotificationDelivery). */
@Processor(QUEUES.events, { concurrency: 4 })
export class NotificationProcessor extends WorkerHost {
  constructor(private readonly delivery: NotificationDelivery) {
    super();
  }

  async process(job: Job<DomainEventJob>): Promise<{ notified: number }> {
    return { notified: await this.delivery.deliver(job.data) };
  }
}
