import { Module } from '@nestjs/common';
import { AssignmentStoreModule } from '../assignment';
import { DeadlineSweepProcessor } from './deadline-sweep.processor';
import { DeadlineSweepService } from './deadline-sweep.service';

/** The sweeper and the assignment write path it uses; no resolvers. */
@Module({
  imports: [AssignmentStoreModule],
  providers: [DeadlineSweepService, DeadlineSweepProcessor],
  exports: [DeadlineSweepService],
})
export class DeadlineWorkerModule {}
