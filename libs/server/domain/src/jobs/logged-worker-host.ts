import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

/** While Redis is away every retry fails; one line per this many ms per queue is enough. */
const QUIET_MS = 30_000;

/**
 * A processor whose worker reports its own troubles in the log: connection errors once per QUIET_MS
 * (BullMQ prints every one of them when nobody listens), and an `ALERT` line for each job that failed
 * for good — its last attempt, or stalled more often than allowed.
 */
export abstract class LoggedWorkerHost extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);
  private lastError = 0;

  @OnWorkerEvent('error')
  onWorkerError(err: Error) {
    const now = Date.now();
    if (now - this.lastError < QUIET_MS) return;
    this.lastError = now;
    this.logger.error(`worker: ${err.message}`);
  }

  @OnWorkerEvent('failed')
  onJobFailed(job: Job | undefined, err: Error) {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled/.test(err.message);
    if (final)
      this.logger.error(
        `ALERT job ${job?.queueName ?? '?'}/${job?.id ?? '?'} failed for good: ${err.message}`,
      );
  }
}
