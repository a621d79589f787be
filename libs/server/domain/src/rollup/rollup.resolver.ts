import {
  Args,
  ArgsType,
  Field,
  ID,
  Info,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { isWithinPath, Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, notFound, PlainFieldResolver, RequestContext, Roles, TextArg } from '@duban/platform';
import { OrgService, OrgUnitEntity } from '../org';
import { AssignmentEntity } from '../assignment';
import { SupervisionItemEntity } from '../item';
import { LightEnum } from '../shared';
import { RollupOverrideService } from './rollup-override.service';
import { childrenWantAllItems, rollupColumns } from './rollup-lookahead';
import { RollupQueries } from './rollup.queries';
import { RollupView } from './rollup.view';

const UNIT = { zh: '单位', en: 'Unit' };

@ArgsType()
class UnitRollupArgs {
  @Field(() => ID, { nullable: true })
  itemId?: string;
}

/** Roll-ups as a query and as a field of OrgUnit, so one query can walk the tree level by level. */
@Resolver(() => OrgUnitEntity)
export class OrgRollupResolver {
  constructor(
    private readonly queries: RollupQueries,
    private readonly org: OrgService,
    private readonly overrides: RollupOverrideService,
  ) {}

  @Roles(Role.SUPERVISOR, Role.LEADER)
  @Mutation(() => RollupView, {
    description:
      '人工调整灯色: set (or with light null, clear) a unit’s light for an item; a reason is required and logged',
  })
  async overrideRollupLight(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('light', { type: () => LightEnum, nullable: true }) light: LightEnum | null,
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
  ) {
    await this.overrides.set(ctx, itemId, orgUnitId, light ?? null, reason);
    return this.queries.view(ctx, orgUnitId, itemId);
  }

  @Query(() => RollupView, { description: 'Roll-up of a unit’s subtree for one item, or for all items' })
  async progressRollup(
    @Ctx() ctx: RequestContext,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('itemId', { type: () => ID, nullable: true }) itemId?: string,
  ) {
    const unit = await this.org.byId(ctx).load(orgUnitId);
    if (!unit || !isWithinPath(unit.path, ctx.requireActor().unitPath)) throw notFound(UNIT, orgUnitId);
    return this.queries.view(ctx, orgUnitId, itemId ?? null);
  }

  /** Resolved once per unit of a level (a leader's overview lists dozens), hence a plain resolver. */
  @PlainFieldResolver()
  @ResolveField(() => RollupView, {
    nullable: true,
    description: 'This unit’s roll-up (null above your own unit)',
  })
  rollup(
    @Parent() unit: OrgUnitEntity,
    @Args() { itemId }: UnitRollupArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!isWithinPath(unit.path, ctx.requireActor().unitPath)) return null;
    const columns = rollupColumns(info);
    if (!itemId && childrenWantAllItems(ctx, info))
      return this.queries.viewWithChildren(ctx, String(unit.id), columns);
    return this.queries.view(
      ctx,
      String(unit.id),
      itemId ?? null,
      columns,
      unit.parentId && String(unit.parentId),
    );
  }
}

@Resolver(() => SupervisionItemEntity)
export class ItemRollupResolver {
  constructor(private readonly queries: RollupQueries) {}

  @ResolveField(() => RollupView, { description: 'Roll-up at a unit (default: your own unit)' })
  rollup(
    @Ctx() ctx: RequestContext,
    @Parent() item: { id: string },
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string,
  ) {
    return this.queries.view(ctx, orgUnitId ?? ctx.requireActor().orgUnitId, String(item.id));
  }
}

@Resolver(() => AssignmentEntity)
export class AssignmentRollupResolver {
  constructor(private readonly queries: RollupQueries) {}

  @ResolveField(() => RollupView, {
    description: 'Roll-up of this unit’s subtree for the item (a split assignment’s derived progress)',
  })
  rollup(@Ctx() ctx: RequestContext, @Parent() a: { unitId: string; itemId: string }) {
    return this.queries.view(ctx, String(a.unitId), String(a.itemId));
  }
}
