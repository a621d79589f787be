import { Module } from '@nestjs/common';
import { AssignmentStoreModule } from '../assignment';
import { ItemTemplateWorkerModule } from '../item-template';
import { OutboxModule } from '../outbox';
import { DeadlineSweepProcessor } from './deadline-sweep.processor';
import { DeadlineSweepService } from './deadline-sweep.service';

/**
 * The sweeper, the assignment write path it uses, the outbox it announces through and the recurring
 * templates it runs; no resolvers.
 */
@Module({
  imports: [AssignmentStoreModule, OutboxModule, ItemTemplateWorkerModule],
  providers: [DeadlineSweepService, DeadlineSweepProcessor],
  exports: [DeadlineSweepService],
})
export class DeadlineWorkerModule {}
