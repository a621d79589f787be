import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@duban/platform';
import { WorkbenchView, WorkbenchVisitView } from './workbench.dto';
import { WorkbenchService } from './workbench.service';

/** 工作台: what each user sees first after login. Every role may read its own. */
@Resolver(() => WorkbenchView)
export class WorkbenchResolver {
  constructor(private readonly service: WorkbenchService) {}

  @Query(() => WorkbenchView, {
    description:
      '工作台: for each section of your roles (and 委托签字 today), its count and first rows, most urgent first',
  })
  workbench(@Ctx() ctx: RequestContext) {
    return this.service.workbench(ctx);
  }

  @Mutation(() => WorkbenchVisitView, {
    description:
      '工作台已查看: records that you looked at the 工作台 now. The since-last-visit window stays put during a visit ' +
      '(pauses under 30 minutes) and moves to where the previous visit ended when a new one starts. ' +
      'Not audited: it is your own view state, like a read receipt, and changes no record.',
  })
  markWorkbenchVisited(@Ctx() ctx: RequestContext) {
    return this.service.markVisited(ctx);
  }
}
