import { Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../outbox/outbox.service';
import { RollupService } from '../rollup/rollup.service';
import { AssignmentStore } from '../supervision/assignment.store';
import { DeadlineSweepProcessor } from './deadline-sweep.processor';
import { DeadlineSweepService } from './deadline-sweep.service';

/** The sweeper and what its writes need (store, roll-up, audit, outbox); no resolvers. */
@Module({
  providers: [
    AuditService,
    OutboxService,
    RollupService,
    AssignmentStore,
    DeadlineSweepService,
    DeadlineSweepProcessor,
  ],
  exports: [DeadlineSweepService],
})
export class DeadlineWorkerModule {}
