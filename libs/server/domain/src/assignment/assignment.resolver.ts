import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentStatus, Role, TEXT_LIMITS } from '@duban/rules';
import { ConnectionType, Ctx, RequestContext, Roles, FIRST_ARG, TextArg, AFTER_ARG } from '@duban/platform';
import { AssignmentOperation, assignmentOperations } from '../access';
import { BATCH_MAX } from '../shared';
import { SupervisionItemEntity, ItemQueries } from '../item';
import { OrgService, OrgUnitEntity } from '../org';
import { AssignmentListFilter, AssignmentSort } from './assignment-list.dto';
import { AssignmentEntity } from './assignment.entity';
import { ProgressInput } from './assignment.dto';
import { AssignmentQueries } from './assignment.queries';
import { AssignmentRow } from './assignment.row';
import { AssignmentService } from './assignment.service';
import { ProgressUpdateView } from './assignment.views';

export const AssignmentConnection = ConnectionType(AssignmentEntity, 'Assignment');

@Resolver(() => AssignmentEntity)
export class AssignmentResolver {
  constructor(
    private readonly service: AssignmentService,
    private readonly queries: AssignmentQueries,
    private readonly items: ItemQueries,
    private readonly org: OrgService,
  ) {}

  @Query(() => AssignmentEntity, { nullable: true })
  assignment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.assignmentById(ctx).load(id);
  }

  @Query(() => AssignmentConnection, {
    description:
      '待办: your unit’s assignments, newest first unless sorted; filtered by the tab’s status and the filter',
  })
  myAssignments(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => [AssignmentStatus], nullable: true }) status?: AssignmentStatus[],
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
    @Args('filter', { type: () => AssignmentListFilter, nullable: true }) filter?: AssignmentListFilter,
    @Args('sort', { type: () => AssignmentSort, nullable: true, description: 'Default: newest first' })
    sort?: AssignmentSort,
  ) {
    return this.queries.mine(ctx, status ?? null, first, after, filter ?? null, sort ?? null);
  }

  @Mutation(() => AssignmentEntity, { description: '签收' })
  acceptAssignment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.accept(ctx, id);
  }

  @Mutation(() => [AssignmentEntity], {
    description: `批量签收: 签收 of every assignment named (at most ${BATCH_MAX}), all or nothing — if one may not be signed for by you now, nothing is, and the error names its unit`,
  })
  acceptAssignments(@Ctx() ctx: RequestContext, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.service.acceptMany(ctx, ids);
  }

  @Mutation(() => AssignmentEntity, { description: '报送进度' })
  submitProgress(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('input') input: ProgressInput,
  ) {
    return this.service.submitProgress(ctx, id, input);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, {
    description: '不适用: exclude a unit from roll-up rates (logged reason)',
  })
  setNotApplicable(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('notApplicable') notApplicable: boolean,
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
  ) {
    return this.service.setNotApplicable(ctx, id, notApplicable, reason);
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.org.byId(ctx).load(String(a.unitId));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  issuerUnit(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.org.byId(ctx).load(String(a.issuerUnitId));
  }

  @ResolveField(() => SupervisionItemEntity, { nullable: true })
  item(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.items.itemById(ctx).load(String(a.itemId));
  }

  @ResolveField(() => String, { description: 'Reason for the light, in your language' })
  lightReason(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return ctx.locale === 'en' ? a.lightReasonEn : a.lightReasonZh;
  }

  @ResolveField(() => Int)
  childCount(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.childCount(ctx).load(String(a.id));
  }

  @ResolveField(() => AssignmentConnection, { description: 'Sub-assignments (分解)' })
  children(
    @Ctx() ctx: RequestContext,
    @Parent() a: AssignmentRow,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.queries.level(ctx, String(a.itemId), String(a.id), first, after);
  }

  @ResolveField(() => [ProgressUpdateView])
  progressUpdates(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.progressUpdates(ctx, String(a.id));
  }

  @ResolveField(() => [AssignmentOperation], {
    description: 'What you may do with this assignment now (the admin offers exactly these)',
  })
  async allowedActions(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    // A split assignment is reportable only when no sub-unit is open (最多报一次): batched per level.
    const openChildren = a.split ? await this.queries.openChildCount(ctx).load(String(a.id)) : 0;
    // A 不适用 sub-unit can be made applicable again only while its parent has not reported.
    // 改派 of a returned or withdrawn one needs a parent that still takes units.
    const needsParent = a.notApplicable || a.status === AssignmentStatus.WITHDRAWN;
    const parent =
      needsParent && a.parentId ? await this.queries.assignmentById(ctx).load(String(a.parentId)) : null;
    // A lead (主办) is reportable only when no co-unit (协办) is open: batched per level as well.
    const openCoUnits =
      a.role === 'LEAD' ? (await this.queries.coUnitCounts(ctx).load(String(a.id))).open : undefined;
    // A 不适用 co-unit (协办) likewise only while its lead has not reported.
    const leadStatus =
      a.notApplicable && a.role === 'CO' ? await this.queries.leadStatus(ctx).load(String(a.id)) : null;
    return assignmentOperations(ctx.requireActor(), {
      ...a,
      openChildren,
      openCoUnits,
      leadStatus,
      parentStatus: parent?.status ?? null,
    });
  }
}
