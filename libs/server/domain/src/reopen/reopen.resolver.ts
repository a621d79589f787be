import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role, TEXT_LIMITS } from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { SupervisionItemEntity } from '../item';
import { ReopenService } from './reopen.service';

@Resolver(() => SupervisionItemEntity)
export class ReopenResolver {
  constructor(private readonly service: ReopenService) {}

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description:
      '复查: the issuing office reopens a concluded item (已办结 → 督办中) with a reason and a new deadline; every done assignment goes back to work',
  })
  recheckItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
    @Args('deadline', { description: 'The new deadline, in the future' }) deadline: Date,
  ) {
    return this.service.recheck(ctx, itemId, reason, deadline);
  }
}
