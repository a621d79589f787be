import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxService } from '../outbox/outbox.service';
import { RollupService } from '../rollup/rollup.service';
import { AssignmentStore } from './assignment.store';

/**
 * The write path of every assignment change (the row, the ancestors' roll-up, the audit chain, the
 * outbox), shared by the API's supervision module and the worker's deadline sweeper.
 */
@Module({
  imports: [AuditModule],
  providers: [OutboxService, RollupService, AssignmentStore],
  exports: [AuditModule, OutboxService, RollupService, AssignmentStore],
})
export class AssignmentStoreModule {}
