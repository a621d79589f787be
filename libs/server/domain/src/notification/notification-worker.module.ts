import { Module } from '@nestjs/common';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationProcessor } from './notification.processor';
import { OutboxRelay } from './outbox-relay.service';

/** Worker side: the outbox relay (outbox → events queue) and the consumer (events → notifications). */
@Module({ providers: [OutboxRelay, NotificationDelivery, NotificationProcessor] })
export class NotificationWorkerModule {}
