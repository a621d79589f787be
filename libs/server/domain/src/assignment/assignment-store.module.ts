import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { OutboxModule } from '../outbox';
import { RollupCoreModule } from '../rollup';
import { AssignmentStore } from './assignment.store';

/**
 * The write path of every assignment change (the row, the ancestors' roll-up, the audit chain, the
 * outbox), shared by the API's supervision rooms and the worker's deadline sweeper.
 */
@Module({
  imports: [AuditModule, OutboxModule, RollupCoreModule],
  providers: [AssignmentStore],
  exports: [AuditModule, OutboxModule, RollupCoreModule, AssignmentStore],
})
export class AssignmentStoreModule {}
