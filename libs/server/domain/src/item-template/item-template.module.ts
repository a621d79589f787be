import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { ItemModule } from '../item';
import { OrgModule } from '../org';
import { ItemTemplateSweep } from './item-template-sweep.service';
import { ItemTemplateResolver } from './item-template.resolver';
import { ItemTemplateService } from './item-template.service';

/** The API's templates: the resolver and the service, over 立项 and 交办. */
@Module({
  imports: [ItemModule, AssignmentModule, OrgModule],
  providers: [ItemTemplateService, ItemTemplateResolver],
})
export class ItemTemplateModule {}

/** What the deadline sweeper needs to run recurring templates (no resolvers). */
@Module({
  imports: [ItemModule, AssignmentModule],
  providers: [ItemTemplateService, ItemTemplateSweep],
  exports: [ItemTemplateSweep],
})
export class ItemTemplateWorkerModule {}
