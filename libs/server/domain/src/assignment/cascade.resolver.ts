import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentStatus, Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, pageSize, RequestContext, Roles, FIRST_ARG, TextArg, AFTER_ARG } from '@duban/platform';
import { SupervisionItemEntity } from '../item';
import { OrgService } from '../org';
import { AssignmentListFilter, AssignmentSort } from './assignment-list.dto';
import { AssignmentEntity } from './assignment.entity';
import { CascadeSelector, ShareInput } from './assignment.dto';
import { AssignmentQueries } from './assignment.queries';
import { AssignmentConnection } from './assignment.resolver';
import { AssignmentPreviewView, AssignResultView, DelegateResultView } from './assignment.views';
import { CascadeService } from './cascade.service';

/** 交办, 转办/分解 and 撤销, and an item's assignment tree. */
@Resolver(() => SupervisionItemEntity)
export class CascadeResolver {
  constructor(
    private readonly cascade: CascadeService,
    private readonly queries: AssignmentQueries,
    private readonly org: OrgService,
  ) {}

  @Query(() => Int, { description: 'How many assignments a cascade would create (preview before 下发)' })
  previewAssignment(
    @Ctx() ctx: RequestContext,
    @Args('targets', { type: () => [ID], nullable: true }) targets?: string[],
    @Args('cascade', { type: () => [CascadeSelector], nullable: true }) cascade?: CascadeSelector[],
  ) {
    return this.cascade.preview(ctx, targets ?? [], cascade ?? []);
  }

  @Query(() => AssignmentPreviewView, {
    description:
      'The units a cascade would create assignments for (preview before 下发), with their count; `first` bounds the list',
  })
  async previewAssignmentUnits(
    @Ctx() ctx: RequestContext,
    @Args('targets', { type: () => [ID], nullable: true }) targets?: string[],
    @Args('cascade', { type: () => [CascadeSelector], nullable: true }) cascade?: CascadeSelector[],
    @Args('first', FIRST_ARG) first?: number,
  ) {
    const { count, ids } = await this.cascade.previewUnits(
      ctx,
      targets ?? [],
      cascade ?? [],
      pageSize(first, 100),
    );
    const units = await this.org.byId(ctx).loadMany(ids);
    return { count, units: units.filter((u) => u && !(u instanceof Error)) };
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignResultView, {
    description: '交办/下发 to named units and/or whole levels, in one set-based statement',
  })
  assignItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('targets', { type: () => [ID], nullable: true }) targets?: string[],
    @Args('cascade', { type: () => [CascadeSelector], nullable: true }) cascade?: CascadeSelector[],
    @Args('shares', {
      type: () => [ShareInput],
      nullable: true,
      description: 'Named units with quantified shares',
    })
    shares?: ShareInput[],
    @Args('deadline', { nullable: true, description: 'Defaults to the item deadline; may not be later' })
    deadline?: Date,
    @Args('leadUnitId', { type: () => ID, nullable: true }) leadUnitId?: string,
  ) {
    return this.cascade.assignItem(ctx, itemId, targets ?? [], cascade ?? [], {
      shares,
      deadline,
      leadUnitId,
    });
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description: '撤销 (with reason); open assignments are withdrawn too',
  })
  withdrawItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
  ) {
    return this.cascade.withdrawItem(ctx, itemId, reason);
  }

  @Mutation(() => DelegateResultView, {
    description: '转办/分解 to your own sub-units; quantified shares must add up',
  })
  delegateAssignment(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('targets', { type: () => [ShareInput], nullable: true }) targets?: ShareInput[],
    @Args('cascade', { type: () => [CascadeSelector], nullable: true }) cascade?: CascadeSelector[],
    @Args('deadline', { nullable: true }) deadline?: Date,
  ) {
    return this.cascade.delegateAssignment(ctx, id, targets ?? [], cascade ?? [], deadline);
  }

  @Mutation(() => AssignmentEntity, {
    description:
      '调整分解指标 after a split, by the unit that split it: new shares for some of its sub-units. The final set must still add up to the split assignment’s target; only open, unsplit shares change; a unit holding no share here fails the whole request (audited with the reason)',
  })
  adjustShares(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('shares', { type: () => [ShareInput] }) shares: ShareInput[],
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
  ) {
    return this.cascade.adjustShares(ctx, assignmentId, shares, reason);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description:
      '调整分解指标 of a quantified item’s own top level, by its issuing office (the same rules as adjustShares)',
  })
  adjustItemShares(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('shares', { type: () => [ShareInput] }) shares: ShareInput[],
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
  ) {
    return this.cascade.adjustItemShares(ctx, itemId, shares, reason);
  }

  @ResolveField(() => [AssignmentEntity], {
    description:
      '我的任务: your unit’s own assignments for this item (a unit holds an item at most once), whatever level issued it',
  })
  myAssignments(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return this.queries.mineForItem(ctx).load(String(item.id));
  }

  @ResolveField(() => AssignmentConnection, {
    description:
      '承办单位 filtered or sorted: every assignment of this item in your scope, at any level of its tree (in the order the cascade created them unless sorted)',
  })
  assignmentList(
    @Ctx() ctx: RequestContext,
    @Parent() item: SupervisionItemEntity,
    @Args('filter', { type: () => AssignmentListFilter, nullable: true }) filter?: AssignmentListFilter,
    @Args('sort', { type: () => AssignmentSort, nullable: true }) sort?: AssignmentSort,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.queries.ofItem(ctx, String(item.id), filter ?? null, sort ?? null, first, after);
  }

  @ResolveField(() => AssignmentConnection, {
    description:
      'One level of the cascade tree as you can see it. With parentId: that assignment’s children. Without: the top of the tree in your scope — assignments whose parent is none or lies outside your unit’s subtree (for the issuing office the item’s top level; for a township its own share of a higher item, even when an intermediate office split it)',
  })
  assignments(
    @Ctx() ctx: RequestContext,
    @Parent() item: SupervisionItemEntity,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('status', { type: () => AssignmentStatus, nullable: true }) status?: AssignmentStatus,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.queries.level(ctx, String(item.id), parentId ?? null, first, after, status);
  }
}
