import { Module } from '@nestjs/common';
import { AssignmentStoreModule } from '../assignment';
import { ItemModule } from '../item';
import { ReopenResolver } from './reopen.resolver';
import { ReopenService } from './reopen.service';

@Module({
  imports: [AssignmentStoreModule, ItemModule],
  providers: [ReopenService, ReopenResolver],
  exports: [ReopenService],
})
export class ReopenModule {}
