import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { ItemModule } from '../item';
import { OrgModule } from '../org';
import { OutboxModule } from '../outbox';
import { AssessmentQueries } from './assessment.queries';
import { BulletinResolver, ScoreboardResolver, ScoreEntryResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

/** 考核: 督查通报 (praise/criticism bulletins), their score entries and the 考评记分板. */
@Module({
  imports: [OrgModule, ItemModule, AuditModule, OutboxModule],
  providers: [AssessmentService, AssessmentQueries, BulletinResolver, ScoreEntryResolver, ScoreboardResolver],
  exports: [AssessmentService, AssessmentQueries],
})
export class AssessmentModule {}
