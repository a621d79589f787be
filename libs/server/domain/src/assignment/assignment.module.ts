import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence';
import { ItemModule } from '../item';
import { OrgModule } from '../org';
import { AssignmentStoreModule } from './assignment-store.module';
import { AssignmentQueries } from './assignment.queries';
import { AssignmentResolver } from './assignment.resolver';
import { AssignmentService } from './assignment.service';
import { CascadeResolver } from './cascade.resolver';
import { CascadeService } from './cascade.service';
import { ItemCompletion } from './item-completion.service';
import { ReassignResolver } from './reassign.resolver';
import { ReassignService } from './reassign.service';
import { SubtreeQueries } from './subtree.queries';
import { SubtreeResolver } from './subtree.resolver';

@Module({
  imports: [AssignmentStoreModule, ItemModule, OrgModule, EvidenceModule],
  providers: [
    AssignmentService,
    CascadeService,
    ItemCompletion,
    AssignmentQueries,
    AssignmentResolver,
    CascadeResolver,
    SubtreeQueries,
    SubtreeResolver,
    ReassignService,
    ReassignResolver,
  ],
  exports: [AssignmentStoreModule, AssignmentQueries, ItemCompletion, CascadeService, ReassignService],
})
export class AssignmentModule {}
