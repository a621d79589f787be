import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InstructionKind, Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { SupervisionItemEntity } from '../item';
import { OrgService, OrgUnitEntity } from '../org';
import { ReportEntity } from '../report';
import { InstructionEntity } from './instruction.entity';
import { InstructionQueries } from './instruction.queries';
import { InstructionService } from './instruction.service';

@Resolver(() => InstructionEntity)
export class InstructionResolver {
  constructor(
    private readonly service: InstructionService,
    private readonly org: OrgService,
  ) {}

  @Roles(Role.LEADER)
  @Mutation(() => InstructionEntity, {
    description:
      '批示 on an item (at registration or later), by a leader of its issuing office or an office above',
  })
  instructItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('text', TEXT_LIMITS.longText) text: string,
  ) {
    return this.service.instructItem(ctx, itemId, text);
  }

  @Roles(Role.LEADER)
  @Mutation(() => InstructionEntity, {
    description: '批示 on a report, by a leader of the reporting unit or an office above',
  })
  instructReport(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID }) reportId: string,
    @TextArg('text', TEXT_LIMITS.longText) text: string,
  ) {
    return this.service.instructReport(ctx, reportId, text);
  }

  @Roles(Role.LEADER)
  @Mutation(() => InstructionEntity, {
    description:
      '阅示/圈阅 of a concluded item’s 结果反馈: READ, AGREE, or FURTHER_INSTRUCTION with words and a new deadline, which reopens the item (复查复议)',
  })
  readFeedback(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('kind', { type: () => InstructionKind }) kind: InstructionKind,
    @TextArg('text', TEXT_LIMITS.longText, { nullable: true }) text?: string,
    @Args('deadline', {
      nullable: true,
      description: 'For FURTHER_INSTRUCTION only: the reopened item’s new deadline, in the future',
    })
    deadline?: Date,
  ) {
    return this.service.readFeedback(ctx, itemId, kind, text, deadline);
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true, description: 'The leader’s unit' })
  leaderUnit(@Ctx() ctx: RequestContext, @Parent() n: InstructionEntity) {
    return this.org.byId(ctx).load(String(n.leaderUnitId));
  }
}

@Resolver(() => SupervisionItemEntity)
export class ItemInstructionsResolver {
  constructor(private readonly queries: InstructionQueries) {}

  @ResolveField(() => [InstructionEntity], {
    description: 'Leaders’ 批示 on the item and 阅示 of its 结果反馈, oldest first',
  })
  instructions(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return this.queries.ofItem(ctx).load(String(item.id));
  }
}

@Resolver(() => ReportEntity)
export class ReportInstructionsResolver {
  constructor(private readonly queries: InstructionQueries) {}

  @ResolveField(() => [InstructionEntity], { description: 'Leaders’ 批示 on this report, oldest first' })
  instructions(@Ctx() ctx: RequestContext, @Parent() report: ReportEntity) {
    return this.queries.ofReport(ctx).load(String(report.id));
  }
}
