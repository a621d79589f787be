import { Module } from '@nestjs/common';
import { ItemModule } from '../item';
import { NotificationHub } from './notification.hub';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** API side: the inbox queries, the read receipt and the live subscription. */
@Module({
  imports: [ItemModule],
  providers: [NotificationService, NotificationHub, NotificationResolver],
  // The 工作台 shows the unread count and the latest unread messages through the same queries.
  exports: [NotificationService],
})
export class NotificationModule {}
