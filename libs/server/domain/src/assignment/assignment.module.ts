import { Module } from '@nestjs/common';
import { ItemModule } from '../item';
import { OrgModule } from '../org';
import { AssignmentStoreModule } from './assignment-store.module';
import { AssignmentQueries } from './assignment.queries';
import { AssignmentResolver } from './assignment.resolver';
import { AssignmentService } from './assignment.service';
import { CascadeResolver } from './cascade.resolver';
import { CascadeService } from './cascade.service';

@Module({
  imports: [AssignmentStoreModule, ItemModule, OrgModule],
  providers: [AssignmentService, CascadeService, AssignmentQueries, AssignmentResolver, CascadeResolver],
  exports: [AssignmentStoreModule, AssignmentQueries],
})
export class AssignmentModule {}
