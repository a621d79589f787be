import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { AssignmentEntity } from '../assignment';
import { EscalationService } from './escalation.service';

@Resolver(() => AssignmentEntity)
export class EscalationResolver {
  constructor(private readonly service: EscalationService) {}

  @Mutation(() => AssignmentEntity, { description: '上报协调 to the assigning office' })
  escalateAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.service.escalate(ctx, id, reason);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, { description: 'Close an escalation with the coordination result' })
  resolveEscalation(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('resolution') resolution: string,
  ) {
    return this.service.resolve(ctx, id, resolution);
  }
}
