import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { AssessmentQueries } from './assessment.queries';
import { BulletinResolver, ScoreboardResolver, ScoreEntryResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

/** 考核: 督查通报 (praise/criticism bulletins), their score entries and the 考评记分板. */
@Module({
  // SupervisionModule provides the audit trail, the outbox and the item loader.
  imports: [OrgModule, SupervisionModule],
  providers: [AssessmentService, AssessmentQueries, BulletinResolver, ScoreEntryResolver, ScoreboardResolver],
  exports: [AssessmentService, AssessmentQueries],
})
export class AssessmentModule {}
