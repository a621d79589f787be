import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { AssignmentEntity, AssignmentRow } from '../assignment';
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
    @Args('text', { nullable: true }) text?: string,
  ) {
    return this.service.urge(ctx, id, text);
  }

  @ResolveField(() => [UrgeNoticeView])
  urgeNotices(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return urgeNoticeRepository.ofAssignment(ctx.db, String(a.id));
  }
}
