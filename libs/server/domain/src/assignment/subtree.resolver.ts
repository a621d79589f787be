import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, FIRST_ARG, AFTER_ARG } from '@duban/platform';
import { AssignmentSort } from './assignment-list.dto';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentConnection } from './assignment.resolver';
import { SubtreeAssignmentFilter } from './subtree.dto';
import { SubtreeQueries } from './subtree.queries';

@Resolver(() => AssignmentEntity)
export class SubtreeResolver {
  constructor(private readonly queries: SubtreeQueries) {}

  @Query(() => AssignmentConnection, {
    description:
      '下级办理: open assignments held in an office’s subtree (itself included) on items issued above it — ' +
      'not its own items — soonest deadline first. unitId defaults to your unit and must lie in your subtree.',
  })
  subtreeAssignments(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('filter', { type: () => SubtreeAssignmentFilter, nullable: true }) filter?: SubtreeAssignmentFilter,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
    @Args('sort', {
      type: () => AssignmentSort,
      nullable: true,
      description: 'Default: soonest deadline first',
    })
    sort?: AssignmentSort,
  ) {
    return this.queries.open(ctx, unitId ?? null, filter ?? null, first, after, sort);
  }
}
