import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { AssignmentEntity, AssignmentRow } from '../assignment';
import { extensionRepository } from './extension.repository';
import { ExtensionService } from './extension.service';
import { ExtensionRequestView } from './extension.view';

@Resolver(() => AssignmentEntity)
export class ExtensionResolver {
  constructor(private readonly service: ExtensionService) {}

  @Mutation(() => ExtensionRequestView, { description: '延期申请 (before the deadline)' })
  requestExtension(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
    @Args('newDeadline') newDeadline: Date,
  ) {
    return this.service.request(ctx, id, reason, newDeadline);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ExtensionRequestView, {
    description:
      '审批延期申请. Agreeing to a date beyond your own office’s deadline forwards the request, with your comment as opinion, to the office above (status FORWARDED)',
  })
  decideExtension(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('approve') approve: boolean,
    @TextArg('comment', TEXT_LIMITS.reason, { nullable: true }) comment?: string,
  ) {
    return this.service.decide(ctx, requestId, approve, comment);
  }

  @Mutation(() => ExtensionRequestView, {
    description: '撤回延期申请 (your own unit’s, while still pending)',
  })
  cancelExtension(@Ctx() ctx: RequestContext, @Args('requestId', { type: () => ID }) requestId: string) {
    return this.service.cancel(ctx, requestId);
  }

  @Query(() => [ExtensionRequestView], { description: 'Pending extension requests addressed to your office' })
  pendingExtensionRequests(@Ctx() ctx: RequestContext) {
    return extensionRepository.list(ctx.db, {
      assignmentId: null,
      issuerUnitId: ctx.requireActor().orgUnitId,
      pendingOnly: true,
    });
  }

  @ResolveField(() => [ExtensionRequestView])
  extensionRequests(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return extensionRepository.list(ctx.db, {
      assignmentId: String(a.id),
      issuerUnitId: ctx.requireActor().orgUnitId,
      pendingOnly: false,
    });
  }
}
