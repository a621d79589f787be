import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { EvidenceModule } from '../evidence';
import { IdentityModule } from '../identity';
import { ItemModule } from '../item';
import { OrgModule } from '../org';
import { SigningModule } from '../signing';
import { ReportQueries } from './report.queries';
import { AssignmentReportsResolver, ReportCitationResolver, ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({
  imports: [AssignmentModule, ItemModule, OrgModule, IdentityModule, SigningModule, EvidenceModule],
  providers: [
    ReportService,
    ReportQueries,
    ReportResolver,
    ReportCitationResolver,
    AssignmentReportsResolver,
  ],
})
export class ReportModule {}
