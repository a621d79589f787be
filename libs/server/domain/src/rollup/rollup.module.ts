import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { ItemModule } from '../item';
import { OrgModule } from '../org';
import { RollupOverrideService } from './rollup-override.service';
import { RollupQueries } from './rollup.queries';
import { AssignmentRollupResolver, ItemRollupResolver, OrgRollupResolver } from './rollup.resolver';
import { RollupCoreModule } from './rollup-core.module';
import { RollupViewResolver } from './rollup-view.resolver';

/** What a leader sees: counters, views, the `rollup` fields, overrides. */
@Module({
  imports: [RollupCoreModule, AuditModule, OrgModule, ItemModule],
  providers: [
    RollupOverrideService,
    RollupQueries,
    OrgRollupResolver,
    ItemRollupResolver,
    AssignmentRollupResolver,
    RollupViewResolver,
  ],
  exports: [RollupCoreModule, RollupQueries],
})
export class RollupModule {}
