import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { AssignmentEntity, AssignmentRow } from '../assignment';
import { EVIDENCE_FILE_IDS, EvidenceService } from '../evidence';
import { Attachment } from '../shared';
import { escalationRepository } from './escalation.repository';
import { EscalationService } from './escalation.service';
import { EscalationView } from './escalation.view';

@Resolver(() => AssignmentEntity)
export class EscalationResolver {
  constructor(private readonly service: EscalationService) {}

  @Mutation(() => AssignmentEntity, { description: '上报协调 to the assigning office' })
  escalateAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
    @Args('fileIds', { type: () => [ID], nullable: true, description: EVIDENCE_FILE_IDS }) fileIds?: string[],
  ) {
    return this.service.escalate(ctx, id, reason, fileIds);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, {
    description:
      '转报上级协调: pass a sub-unit’s escalation, with your opinion, to the office above (as an escalation on your own assignment); its answer comes back down',
  })
  forwardEscalation(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @TextArg('opinion', TEXT_LIMITS.reason) opinion: string,
  ) {
    return this.service.forward(ctx, id, opinion);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, {
    description:
      'Close an escalation with the coordination result; every escalation forwarded to it from below gets the same answer',
  })
  resolveEscalation(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @TextArg('resolution', TEXT_LIMITS.reason) resolution: string,
  ) {
    return this.service.resolve(ctx, id, resolution);
  }

  @ResolveField(() => [EscalationView], { description: '上报协调 history, newest first' })
  escalations(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return escalationRepository.list(ctx.db, String(a.id));
  }
}

@Resolver(() => EscalationView)
export class EscalationAttachmentsResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @ResolveField(() => [Attachment], { description: 'Evidence the unit attached when it escalated' })
  attachments(@Ctx() ctx: RequestContext, @Parent() e: EscalationView) {
    return this.evidence.attachedTo(ctx, 'escalation').load(String(e.id));
  }
}
