import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { heldBackNote, LogThrottle } from './log-throttle';

/**
 * A processor whose worker reports its own troubles in the log: connection errors once per 30 s
 * (BullMQ prints every one of them when nobody listens), and an `ALERT` line for each job that failed
 * for good — its last attempt, or stalled more often than allowed.
 */
export abstract class LoggedWorkerHost extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);
  private readonly throttle = new LogThrottle();

  @OnWorkerEvent('error')
  onWorkerError(err: Error) {
    const { log, heldBack } = this.throttle.next();
    if (log) this.logger.error(`worker: ${err.message}${heldBackNote(heldBack)}`);
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
