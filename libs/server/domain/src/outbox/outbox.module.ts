import { Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';

/** The transactional outbox, for every module that announces what it changed. */
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}
