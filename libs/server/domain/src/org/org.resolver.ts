import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo, Kind } from 'graphql';
import { ConnectionType, Ctx, RequestContext, Roles, FIRST_ARG, TextArg, AFTER_ARG } from '@duban/platform';
import { Role, TEXT_LIMITS } from '@duban/rules';
import { OrgAdminService } from './org-admin.service';
import { OrgKind, OrgUnitEntity } from './org-unit.entity';
import { OrgService } from './org.service';

export const OrgUnitConnection = ConnectionType(OrgUnitEntity, 'OrgUnit');

@Resolver(() => OrgUnitEntity)
export class OrgResolver {
  constructor(
    private readonly org: OrgService,
    private readonly admin: OrgAdminService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => OrgUnitEntity, { description: '新增部门 under a unit of your subtree' })
  createDepartment(
    @Ctx() ctx: RequestContext,
    @Args('parentId', { type: () => ID }) parentId: string,
    @TextArg('name', TEXT_LIMITS.unitName) name: string,
  ) {
    return this.admin.createDepartment(ctx, parentId, name);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrgUnitEntity, { description: '部门更名 (divisions keep their official names)' })
  renameOrgUnit(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('name', TEXT_LIMITS.unitName) name: string,
  ) {
    return this.admin.rename(ctx, id, name);
  }

  @Query(() => OrgUnitEntity, {
    nullable: true,
    description: 'A unit in or above the caller’s subtree; null otherwise.',
  })
  orgUnit(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    // With its children asked for (all kinds), both levels in one read.
    const children = info.fieldNodes.some((f) =>
      f.selectionSet?.selections.some(
        (s) => s.kind === Kind.FIELD && s.name.value === 'children' && !s.arguments?.length,
      ),
    );
    return children ? this.org.withChildren(ctx, id) : this.org.byId(ctx).load(id);
  }

  @Query(() => OrgUnitConnection, {
    description: 'Units in the caller’s subtree, ordered by level then position.',
  })
  orgUnits(
    @Ctx() ctx: RequestContext,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('kind', { type: () => OrgKind, nullable: true }) kind?: OrgKind,
    @TextArg('search', TEXT_LIMITS.search, { nullable: true }) search?: string,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.org.list(ctx, { parentId, kind, search, first, after });
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  parent(@Ctx() ctx: RequestContext, @Parent() unit: OrgUnitEntity) {
    return unit.parentId ? this.org.byId(ctx).load(String(unit.parentId)) : null;
  }

  @ResolveField(() => [OrgUnitEntity])
  children(
    @Ctx() ctx: RequestContext,
    @Parent() unit: OrgUnitEntity,
    @Args('kind', { type: () => OrgKind, nullable: true }) kind?: OrgKind,
  ) {
    return this.org.children(ctx, kind ?? null).load(String(unit.id));
  }

  @ResolveField(() => Int, { description: 'Visible children; 0 means a leaf in the tree browser.' })
  childCount(@Ctx() ctx: RequestContext, @Parent() unit: OrgUnitEntity) {
    return this.org.childCount(ctx).load(String(unit.id));
  }

  @ResolveField(() => [OrgUnitEntity], { description: 'From the root down to the parent.' })
  ancestors(@Ctx() ctx: RequestContext, @Parent() unit: OrgUnitEntity) {
    return this.org.ancestors(ctx).load(String(unit.id));
  }
}
