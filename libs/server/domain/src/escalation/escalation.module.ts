import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { EvidenceModule } from '../evidence';
import { EscalationAttachmentsResolver, EscalationResolver } from './escalation.resolver';
import { EscalationService } from './escalation.service';

@Module({
  imports: [AssignmentModule, EvidenceModule],
  providers: [EscalationService, EscalationResolver, EscalationAttachmentsResolver],
})
export class EscalationModule {}
