import { Module } from '@nestjs/common';
import { AssignmentStoreModule } from '../assignment';
import { ItemModule } from '../item';
import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';

@Module({
  imports: [AssignmentStoreModule, ItemModule],
  providers: [MilestoneService, MilestoneResolver],
})
export class MilestoneModule {}
