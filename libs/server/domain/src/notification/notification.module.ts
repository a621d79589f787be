import { Module } from '@nestjs/common';
import { ItemModule } from '../item';
import { NotificationHub } from './notification.hub';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** API side: the inbox queries, the read receipt and the live subscription. */
@Module({
  imports: [ItemModule],
  providers: [NotificationService, NotificationHub, NotificationResolver],
})
export class NotificationModule {}
