import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { ItemModule } from '../item';
import { ReportQueries } from './report.queries';
import { AssignmentReportsResolver, ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({
  imports: [AssignmentModule, ItemModule],
  providers: [ReportService, ReportQueries, ReportResolver, AssignmentReportsResolver],
})
export class ReportModule {}
