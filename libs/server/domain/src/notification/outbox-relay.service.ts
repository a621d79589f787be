import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { DomainEvent, JobData, JobName, QUEUES } from '@duban/contracts';
import { QueueOf } from '../jobs';

type Events = typeof QUEUES.events;

export interface OutboxRow {
  id: string;
  tenant_id: string;
  payload: DomainEvent;
}

/** The queue entry for one outbox row; jobId = evt-<outbox id>, so a re-add is ignored by BullMQ. */
export function outboxJob(
  row: OutboxRow,
  now = Date.now(),
): { name: JobName<Events>; data: JobData<Events>; opts: JobsOptions } {
  const deliverAfter = row.payload.deliverAfter ? Date.parse(row.payload.deliverAfter) : NaN;
  const opts: JobsOptions = {
    jobId: `evt-${row.id}`,
    // Quiet hours: a delayed job, not a held-back outbox row (the relay never blocks on the future).
    delay: Number.isFinite(deliverAfter) ? Math.max(0, deliverAfter - now) : 0,
    attempts: 8,
    backoff: { type: 'exponential', delay: 1000 },
    // Completed ids are kept for a day so a late replay of the same event is still recognised.
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
  const data: JobData<Events> = {
    outboxId: String(row.id),
    tenantId: String(row.tenant_id),
    event: row.payload,
  };
  return { name: row.payload.topic, data, opts };
}

/**
 * Transactional-outbox relay: claims pending rows (FOR UPDATE SKIP LOCKED, oldest first), adds them
 * to the events queue and marks them published in the same transaction, only after the adds
 * succeeded. A crash in between leaves the rows pending: they are added again and BullMQ drops the
 * duplicate job id, so delivery is at-least-once at the queue and exactly-once in effect.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  static readonly BATCH = 200;
  static readonly IDLE_MS = 200;
  static readonly ERROR_MS = 2000;

  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.events) private readonly queue: QueueOf<Events>,
  ) {}

  onApplicationBootstrap() {
    this.start();
  }

  /** Before the queue and database connections close (they do so at application shutdown). */
  async onModuleDestroy() {
    await this.stop();
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Lets the batch in flight finish (add + commit), then returns. */
  async stop() {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** One claim → add → mark transaction; returns how many rows it relayed. */
  async relayOnce(batch = OutboxRelay.BATCH): Promise<number> {
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const rows: OutboxRow[] = await qr.query(`SELECT id, tenant_id, payload FROM duban_outbox_claim($1)`, [
        batch,
      ]);
      if (rows.length) {
        await this.queue.addBulk(rows.map((row) => outboxJob(row)));
        await qr.query(`SELECT duban_outbox_mark($1::bigint[])`, [rows.map((r) => r.id)]);
      }
      await qr.commitTransaction();
      return rows.length;
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await qr.release();
    }
  }

  /** Poll every IDLE_MS while idle, straight on while batches come back full, back off on errors. */
  private async run() {
    while (this.running) {
      let pause = OutboxRelay.IDLE_MS;
      try {
        if ((await this.relayOnce()) >= OutboxRelay.BATCH) pause = 0;
      } catch (err) {
        pause = OutboxRelay.ERROR_MS;
        this.logger.error(`outbox relay: ${err instanceof Error ? err.message : err}`);
      }
      if (pause && this.running) await this.sleep(pause);
    }
  }

  private sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
