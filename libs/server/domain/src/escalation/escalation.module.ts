import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { EscalationResolver } from './escalation.resolver';
import { EscalationService } from './escalation.service';

@Module({ imports: [AssignmentModule], providers: [EscalationService, EscalationResolver] })
export class EscalationModule {}
