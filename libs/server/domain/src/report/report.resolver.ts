import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { ReportOperation, reportOperations } from '../access';
import { AssignmentEntity, AssignmentQueries, AssignmentRow } from '../assignment';
import { ItemQueries, SupervisionItemEntity } from '../item';
import { ReportInput, ReviewChecklist, ReviewDecision } from './report.dto';
import { ReportEntity } from './report.entity';
import { ReportQueries } from './report.queries';
import { ReportService } from './report.service';

/** Reports and their queues; a report's context comes in the same round trip. */
@Resolver(() => ReportEntity)
export class ReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly queries: ReportQueries,
    private readonly assignments: AssignmentQueries,
    private readonly items: ItemQueries,
  ) {}

  @Mutation(() => ReportEntity, { description: '办理情况报告: goes to the unit head for signature first' })
  submitReport(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('input') input: ReportInput,
  ) {
    return this.service.submit(ctx, id, input);
  }

  @Roles(Role.HEAD)
  @Mutation(() => ReportEntity, { description: '一把手签字' })
  signReport(@Ctx() ctx: RequestContext, @Args('reportId', { type: () => ID }) reportId: string) {
    return this.service.sign(ctx, reportId);
  }

  @Roles(Role.HEAD)
  @Mutation(() => ReportEntity, { description: '一把手退回 (not signed, with reason)' })
  refuseSignature(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('reason') reason: string,
  ) {
    return this.service.refuseSignature(ctx, reportId, reason);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ReportEntity, { description: '审理: 办结 (all 四看 ticked) or 退回重办 (with reason)' })
  reviewReport(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('checklist', { type: () => ReviewChecklist }) checklist: ReviewChecklist,
    @Args('comment', { nullable: true }) comment?: string,
  ) {
    return this.service.review(ctx, reportId, decision, checklist, comment);
  }

  @Query(() => [ReportEntity], { description: '一把手待签字 (HEAD) or 待审核 (SUPERVISOR) for your unit' })
  reportQueue(@Ctx() ctx: RequestContext, @Args('kind', { description: 'SIGN or REVIEW' }) kind: string) {
    return this.queries.queue(ctx, kind === 'REVIEW' ? 'REVIEW' : 'SIGN');
  }

  @ResolveField(() => AssignmentEntity, { nullable: true })
  assignment(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.assignments.assignmentById(ctx).load(String(r.assignmentId));
  }

  @ResolveField(() => SupervisionItemEntity, { nullable: true })
  item(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.items.itemById(ctx).load(String(r.itemId));
  }

  @ResolveField(() => [ReportOperation], {
    description: 'What you may do with this report now (the admin offers exactly these)',
  })
  async allowedActions(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    const a = await this.assignments.assignmentById(ctx).load(String(r.assignmentId));
    return a ? reportOperations(ctx.requireActor(), r, a) : [];
  }
}

/** An assignment's reports, every version, newest first. */
@Resolver(() => AssignmentEntity)
export class AssignmentReportsResolver {
  constructor(private readonly queries: ReportQueries) {}

  @ResolveField(() => [ReportEntity])
  reports(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.reportsOf(ctx).load(String(a.id));
  }
}
