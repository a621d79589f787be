import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Ctx, RequestContext } from '@duban/platform';
import { OrgUnitOperation, orgUnitOperations } from '../access';
import { officePrefixes } from '../numbering';
import { OrgUnitEntity } from '../org';

/** 机关代字 on the org unit: what its numbers carry now, and whether the caller may change it. */
@Resolver(() => OrgUnitEntity)
export class OfficePrefixResolver {
  @ResolveField(() => String, {
    nullable: true,
    description:
      '机关代字 its numbers carry now (set with setOfficePrefix, else the first character of its name + 督); null outside your subtree',
  })
  officePrefix(@Ctx() ctx: RequestContext, @Parent() unit: OrgUnitEntity) {
    return ctx
      .loader(
        'org.officePrefix',
        () =>
          new DataLoader<string, string | null>(async (ids) => {
            const found = await officePrefixes(ctx.db, ids, ctx.requireActor().unitPath);
            return ids.map((id) => found.get(String(id)) ?? null);
          }),
      )
      .load(String(unit.id));
  }

  @ResolveField(() => [OrgUnitOperation], {
    description: 'What you may do with this unit’s own settings now (the admin offers exactly these)',
  })
  allowedActions(@Ctx() ctx: RequestContext, @Parent() unit: OrgUnitEntity) {
    return orgUnitOperations(ctx.requireActor(), String(unit.id));
  }
}
