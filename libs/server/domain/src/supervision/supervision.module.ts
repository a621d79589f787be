import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { EscalationModule } from '../escalation';
import { ExtensionModule } from '../extension';
import { InstructionModule } from '../instruction';
import { ItemModule } from '../item';
import { ItemTemplateModule } from '../item-template';
import { ItemEditModule } from '../item-edit';
import { MilestoneModule } from '../milestone';
import { ReopenModule } from '../reopen';
import { ReportModule } from '../report';
import { RollupModule } from '../rollup';
import { SigningModule } from '../signing';
import { UrgeModule } from '../urge';

/** The supervision chain as one unit for the API: every room from 立项 to roll-up. */
@Module({
  imports: [
    ItemModule,
    AssignmentModule,
    ReportModule,
    ExtensionModule,
    UrgeModule,
    EscalationModule,
    RollupModule,
    SigningModule,
    ReopenModule,
    InstructionModule,
    ItemTemplateModule,
    ItemEditModule,
    MilestoneModule,
  ],
  exports: [ItemModule, AssignmentModule, RollupModule],
})
export class SupervisionModule {}
