import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Job, Queue } from 'bullmq';
import { badInput, conflict, notFound, RequestContext } from '@duban/platform';
import { AuditService } from '../audit';
import { FailedJobView, JobQueue, queueNameOf } from './failed-job.view';

const JOB = { zh: '失败任务', en: 'Failed job' };
/** The newest failed jobs read per queue; older ones stay visible in the queue metrics. */
const SCAN = 500;

/** The tenant a job acts for (its payload says so); system jobs (the sweep) belong to no tenant. */
function tenantOf(job: Job): string | null {
  const data = job.data as { tenantId?: unknown; actor?: { tenantId?: unknown } };
  const tenant = data?.tenantId ?? data?.actor?.tenantId;
  return tenant == null ? null : String(tenant);
}

function subjectOf(job: Job): string {
  const data = job.data as { outboxId?: unknown; region?: unknown; jobId?: unknown };
  if (data?.outboxId != null) return `outbox #${data.outboxId}`;
  if (data?.region != null) return `region ${data.region}`;
  if (data?.jobId != null) return `spreadsheet job #${data.jobId}`;
  return '';
}

/**
 * 失败任务 (dead letters): the failed jobs of the caller's tenant on every queue, with why they failed;
 * an administrator retries one (back to waiting, attempts start again) or discards it. Both are
 * audited. Domain events are redelivered from the outbox anyway until a consumer confirms them, so
 * discarding an event job never loses the event.
 */
@Injectable()
export class DeadLetterService {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, queue?: JobQueue | null): Promise<FailedJobView[]> {
    const tenant = ctx.requireActor().tenantId;
    const queues = queue ? [queue] : Object.values(JobQueue);
    const views: FailedJobView[] = [];
    for (const q of queues)
      for (const job of await this.queue(q).getFailed(0, SCAN - 1))
        if (job && tenantOf(job) === tenant) views.push(this.view(q, job));
    return views.sort((a, b) => (b.failedAt?.getTime() ?? 0) - (a.failedAt?.getTime() ?? 0));
  }

  async retry(ctx: RequestContext, queue: JobQueue, id: string): Promise<FailedJobView> {
    const job = await this.failedJob(ctx, queue, id);
    await this.record(ctx, queue, job, 'job.retried');
    await job.retry('failed');
    return this.view(queue, job);
  }

  async discard(ctx: RequestContext, queue: JobQueue, id: string): Promise<boolean> {
    const job = await this.failedJob(ctx, queue, id);
    await this.record(ctx, queue, job, 'job.discarded');
    await job.remove();
    return true;
  }

  /** The caller's tenant's failed job, or NOT_FOUND (another tenant's is indistinguishable from none). */
  private async failedJob(ctx: RequestContext, queue: JobQueue, id: string): Promise<Job> {
    if (!/^[\w.:-]{1,100}$/.test(id)) throw badInput({ zh: '任务编号无效', en: 'Invalid job id' }, 'id');
    const job = await this.queue(queue).getJob(id);
    if (!job || tenantOf(job) !== ctx.requireActor().tenantId) throw notFound(JOB, id);
    if (!(await job.isFailed()))
      throw conflict({
        zh: '该任务已不在失败状态（可能已被重试或丢弃）',
        en: 'This job is no longer failed (retried or discarded already?)',
      });
    return job;
  }

  /** Audited before the queue changes: a failed Redis call then leaves a record of the attempt, not a silent change. */
  private async record(ctx: RequestContext, queue: JobQueue, job: Job, action: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const chainKey = `job:${queueNameOf(queue)}:${job.id}`;
    // No row to lock for a job: serialise this chain's appends on the key itself.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [chainKey]);
    await this.audit.append(em, actor, {
      chainKey,
      unitPath: actor.unitPath,
      action,
      before: { name: job.name, failedReason: job.failedReason, attemptsMade: job.attemptsMade },
      text: subjectOf(job),
    });
  }

  private queue(queue: JobQueue): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(queueNameOf(queue)), { strict: false });
  }

  private view(queue: JobQueue, job: Job): FailedJobView {
    return {
      queue,
      id: String(job.id),
      name: job.name,
      subject: subjectOf(job),
      failedReason: job.failedReason ?? '',
      attemptsMade: job.attemptsMade,
      createdAt: new Date(job.timestamp),
      failedAt: job.finishedOn ? new Date(job.finishedOn) : undefined,
    };
  }
}
