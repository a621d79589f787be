import { Module } from '@nestjs/common';
import { AssignmentStoreModule } from '../assignment';
import { OutboxModule } from '../outbox';
import { DeadlineSweepProcessor } from './deadline-sweep.processor';
import { DeadlineSweepService } from './deadline-sweep.service';

/** The sweeper, the assignment write path it uses and the outbox it announces through; no resolvers. */
@Module({
  imports: [AssignmentStoreModule, OutboxModule],
  providers: [DeadlineSweepService, DeadlineSweepProcessor],
  exports: [DeadlineSweepService],
})
export class DeadlineWorkerModule {}
