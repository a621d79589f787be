import { Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { OrgModule } from '../org/org.module';
import { OutboxService } from '../outbox/outbox.service';
import { RollupService } from '../rollup/rollup.service';
import { RollupOverrideService } from '../rollup/rollup-override.service';
import { AssignmentStore } from './assignment.store';
import {
  AssignmentResolver,
  ReportResolver,
  RollupResolver,
  SupervisionItemResolver,
} from './supervision.resolver';
import { SupervisionQueries } from './supervision.queries';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [OrgModule],
  providers: [
    AuditService,
    OutboxService,
    RollupService,
    RollupOverrideService,
    AssignmentStore,
    SupervisionService,
    SupervisionQueries,
    SupervisionItemResolver,
    AssignmentResolver,
    RollupResolver,
    ReportResolver,
  ],
  exports: [
    AuditService,
    OutboxService,
    RollupService,
    AssignmentStore,
    SupervisionService,
    SupervisionQueries,
  ],
})
export class SupervisionModule {}
