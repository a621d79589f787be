import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { AssignmentEntity } from './assignment.entity';
import { ReassignService } from './reassign.service';

/** 退回交办 by the unit; 改派 and 撤回 of a single assignment by the office that assigned it. */
@Resolver(() => AssignmentEntity)
export class ReassignResolver {
  constructor(private readonly service: ReassignService) {}

  @Mutation(() => AssignmentEntity, {
    description:
      '退回交办: before signing for it, your unit returns the assignment as not its responsibility (a reason is required). It is withdrawn and the assigning office is told, which reassigns it or marks it 不适用; until then it keeps its item open',
  })
  declineAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @TextArg('reason', TEXT_LIMITS.reason, { nullable: true }) reason?: string | null,
  ) {
    return this.service.decline(ctx, id, reason ?? '');
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, {
    description:
      '改派: by the office that assigned it, a returned or withdrawn assignment goes to another unit strictly below that office which does not hold the item yet — same parent, share, role and deadline. Returns the new assignment; its unit’s liaisons are told',
  })
  reassignAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('unitId', { type: () => ID }) unitId: string,
  ) {
    return this.service.reassign(ctx, id, unitId);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, {
    description:
      '撤回: by the office that assigned it, one open assignment is withdrawn with a reason, together with its open sub-assignments; it can then be reassigned',
  })
  withdrawAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @TextArg('reason', TEXT_LIMITS.reason, { nullable: true }) reason?: string | null,
  ) {
    return this.service.withdraw(ctx, id, reason ?? '');
  }
}
