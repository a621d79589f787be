import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@duban/platform';
import { mayOverrideLight } from '../access';
import { OrgService } from '../org';
import { RollupView } from './rollup.view';

@Resolver(() => RollupView)
export class RollupViewResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Boolean, {
    description:
      '人工调整灯色 is open to you here: an item’s roll-up at a unit in your subtree that holds some of it, as a supervisor or leader (the admin offers exactly this)',
  })
  async canOverrideLight(@Ctx() ctx: RequestContext, @Parent() view: RollupView) {
    if (!view.itemId || view.total === 0) return false;
    const unit = await this.org.byId(ctx).load(String(view.orgUnitId));
    return !!unit && mayOverrideLight(ctx.requireActor(), unit.path);
  }
}
