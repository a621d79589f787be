import { Module } from '@nestjs/common';
import { ItemModule } from '../item';
import { NotificationModule } from '../notification';
import { OrgModule } from '../org';
import { RollupModule } from '../rollup';
import { SigningModule } from '../signing';
import { WorkbenchResolver } from './workbench.resolver';
import { WorkbenchService } from './workbench.service';

/** 工作台: a read model over the other rooms' queues; it owns only the per-user visit marker. */
@Module({
  imports: [OrgModule, ItemModule, RollupModule, SigningModule, NotificationModule],
  providers: [WorkbenchService, WorkbenchResolver],
})
export class WorkbenchModule {}
