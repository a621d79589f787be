import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { Role, TEXT_LIMITS } from '@duban/rules';
import { DeadLetterService } from './dead-letter.service';
import { FailedJobView, JobQueue } from './failed-job.view';

@Resolver()
export class DeadLetterResolver {
  constructor(private readonly deadLetters: DeadLetterService) {}

  @Roles(Role.ADMIN)
  @Query(() => [FailedJobView], {
    description:
      "失败任务: this tenant's background jobs that failed for good, newest first (optionally one queue)",
  })
  failedJobs(
    @Ctx() ctx: RequestContext,
    @Args('queue', { type: () => JobQueue, nullable: true }) queue?: JobQueue | null,
  ) {
    return this.deadLetters.list(ctx, queue);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => FailedJobView, { description: '重试: back to waiting with fresh attempts (audited)' })
  retryFailedJob(
    @Ctx() ctx: RequestContext,
    @Args('queue', { type: () => JobQueue }) queue: JobQueue,
    @TextArg('id', TEXT_LIMITS.jobId) id: string,
  ) {
    return this.deadLetters.retry(ctx, queue, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: '丢弃: removes the failed job (audited)' })
  discardFailedJob(
    @Ctx() ctx: RequestContext,
    @Args('queue', { type: () => JobQueue }) queue: JobQueue,
    @TextArg('id', TEXT_LIMITS.jobId) id: string,
  ) {
    return this.deadLetters.discard(ctx, queue, id);
  }
}
