import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { OrgModule } from '../org';
import { OutboxModule } from '../outbox';
import { ReopenModule } from '../reopen';
import { InstructionQueries } from './instruction.queries';
import {
  InstructionResolver,
  ItemInstructionsResolver,
  ReportInstructionsResolver,
} from './instruction.resolver';
import { InstructionService } from './instruction.service';

@Module({
  imports: [AuditModule, OutboxModule, OrgModule, ReopenModule],
  providers: [
    InstructionService,
    InstructionQueries,
    InstructionResolver,
    ItemInstructionsResolver,
    ReportInstructionsResolver,
  ],
  exports: [InstructionQueries],
})
export class InstructionModule {}
