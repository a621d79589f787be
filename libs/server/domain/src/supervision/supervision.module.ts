import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { RollupOverrideService } from '../rollup/rollup-override.service';
import { AssignmentStoreModule } from './assignment-store.module';
import {
  AssignmentResolver,
  ReportResolver,
  RollupResolver,
  SupervisionItemResolver,
} from './supervision.resolver';
import { SupervisionQueries } from './supervision.queries';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [OrgModule, AssignmentStoreModule],
  providers: [
    RollupOverrideService,
    SupervisionService,
    SupervisionQueries,
    SupervisionItemResolver,
    AssignmentResolver,
    RollupResolver,
    ReportResolver,
  ],
  exports: [AssignmentStoreModule, SupervisionService, SupervisionQueries],
})
export class SupervisionModule {}
