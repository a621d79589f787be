import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { AssignmentEntity, AssignmentRow } from '../assignment';
import { BATCH_MAX } from '../shared';
import { urgeNoticeRepository } from './urge-notice.repository';
import { UrgeNoticeView } from './urge-notice.view';
import { UrgeService } from './urge.service';

@Resolver(() => AssignmentEntity)
export class UrgeResolver {
  constructor(private readonly service: UrgeService) {}

  @Roles(Role.SUPERVISOR)
  @Mutation(() => UrgeNoticeView, { description: '催办 (numbered notice)' })
  urgeAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @TextArg('text', TEXT_LIMITS.reason, { nullable: true }) text?: string,
  ) {
    return this.service.urge(ctx, id, text);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => [UrgeNoticeView], {
    description: `批量催办: one numbered notice to each assignment named (at most ${BATCH_MAX}), with one text, all or nothing — if one may not be urged by you now, none is, and the error names its unit`,
  })
  urgeAssignments(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @TextArg('text', TEXT_LIMITS.reason, { nullable: true }) text?: string,
  ) {
    return this.service.urgeMany(ctx, ids, text);
  }

  @ResolveField(() => [UrgeNoticeView])
  urgeNotices(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return urgeNoticeRepository.ofAssignment(ctx.db, String(a.id));
  }
}
