import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Role } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { AssignmentEntity, AssignmentRow } from '../assignment';
import { ItemQueries, MilestoneInput, ReportCycle, SupervisionItemEntity } from '../item';
import { MilestoneService } from './milestone.service';
import { MilestoneProgressView } from './milestone.views';

@Resolver(() => AssignmentEntity)
export class MilestoneResolver {
  constructor(
    private readonly service: MilestoneService,
    private readonly items: ItemQueries,
  ) {}

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description:
      '节点计划: the issuing office sets or replaces the milestones (and the 月报/季报 cycle) of an item until its result is fed back; an empty list removes the plan',
  })
  setMilestonePlan(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('milestones', { type: () => [MilestoneInput] }) milestones: MilestoneInput[],
    @Args('reportCycle', { type: () => ReportCycle, nullable: true }) reportCycle?: ReportCycle,
    @Args('reportDueDay', { type: () => Int, nullable: true }) reportDueDay?: number,
  ) {
    return this.service.setPlan(ctx, itemId, { milestones, reportCycle, reportDueDay });
  }

  @ResolveField(() => [MilestoneProgressView], {
    description: 'This unit at each 节点 of the item’s plan (empty without a plan)',
  })
  async milestones(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    const item = await this.items.itemById(ctx).load(String(a.itemId));
    return ctx
      .loader(
        'assignment.milestones',
        () =>
          new DataLoader<
            { a: AssignmentRow; plan: SupervisionItemEntity['milestones'] },
            MilestoneProgressView[]
          >((rows) => this.service.standings(ctx, rows), { cache: false }),
      )
      .load({ a, plan: item?.milestones ?? [] });
  }
}
