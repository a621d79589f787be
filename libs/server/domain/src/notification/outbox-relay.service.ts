import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { DomainEvent, JobData, JobName, QUEUES } from '@duban/contracts';
import { AppConfig } from '@duban/platform';
import { CONFIG } from '../config.token';
import { QueueOf } from '../jobs';

type Events = typeof QUEUES.events;

export interface OutboxRow {
  id: string;
  tenant_id: string;
  payload: DomainEvent;
  /** How often the row was handed to the queue before (0 the first time). */
  publish_count?: number;
}

/**
 * The queue entry for one outbox row. The first publish is job evt-<outbox id>, so a relay that died
 * before its commit re-adds the same id and BullMQ drops the duplicate; a redelivery (the job was lost
 * with Redis, failed for good or went silent) is evt-<id>.<n>, a new job, since the old id may linger.
 */
export function outboxJob(row: OutboxRow): {
  name: JobName<Events>;
  data: JobData<Events>;
  opts: JobsOptions;
} {
  const n = row.publish_count ?? 0;
  const opts: JobsOptions = {
    jobId: n ? `evt-${row.id}.${n}` : `evt-${row.id}`,
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

/** The id of the job the latest publish of a row published at least once added (see outboxJob). */
export function lastJobId(row: OutboxRow): string {
  const n = row.publish_count ?? 0;
  return n <= 1 ? `evt-${row.id}` : `evt-${row.id}.${n - 1}`;
}

/** Job states of a job that no consumer has taken yet: it is not lost, only behind others. */
const QUEUED = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Transactional-outbox relay: claims due, undelivered rows (FOR UPDATE SKIP LOCKED, oldest first, per tenant) that
 * were never published or have been silent — no publish, no delivery progress — for longer than
 * OUTBOX_REDELIVER_AFTER_MS; adds them to the events queue and marks them published in the same
 * transaction, only after the adds succeeded. A silent row whose last job still waits in the queue (a
 * backlog, not a loss) keeps it: only its silence clock restarts. Only the consumer's commit
 * (`duban_outbox_delivered`) ends an event, so a crash, a lost or failed job or an emptied Redis costs a
 * delay, never the event; consumers are idempotent, so a redelivery changes nothing already done.
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

  private readonly silentFor: string;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.events) private readonly queue: QueueOf<Events>,
    @Inject(CONFIG) config: Pick<AppConfig, 'OUTBOX_REDELIVER_AFTER_MS'>,
  ) {
    this.silentFor = `${config.OUTBOX_REDELIVER_AFTER_MS} milliseconds`;
  }

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

  /**
   * Claim → add → mark, one transaction per tenant with claimable rows (oldest first), each claim
   * within one tenant: on Citus, where tenant_id distributes the table, a statement on one shard (a
   * multi-shard FOR UPDATE is refused there). Returns the largest batch relayed for one tenant.
   */
  async relayOnce(batch = OutboxRelay.BATCH): Promise<number> {
    const tenants: { t: string }[] = await this.dataSource.query(
      `SELECT t::text AS t FROM duban_outbox_tenants($1::interval) t`,
      [this.silentFor],
    );
    let largest = 0;
    for (const { t } of tenants) largest = Math.max(largest, await this.relayTenant(t, batch));
    return largest;
  }

  private async relayTenant(tenantId: string, batch: number): Promise<number> {
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const rows: OutboxRow[] = await qr.query(
        `SELECT id, tenant_id, payload, publish_count FROM duban_outbox_claim($1, $2, $3::interval)`,
        [tenantId, batch, this.silentFor],
      );
      // A silent event whose job still waits in the queue (a backlog) keeps that job: only its clock restarts.
      const queued = await this.stillQueued(rows);
      const send = rows.filter((r) => !queued.has(r));
      if (queued.size)
        await qr.query(`SELECT duban_outbox_still_queued($1, $2::bigint[])`, [
          tenantId,
          [...queued].map((r) => r.id),
        ]);
      if (send.length) {
        const again = send.filter((r) => r.publish_count);
        if (again.length)
          this.logger.warn(
            `redelivering ${again.length} event(s) not confirmed within ${this.silentFor}: ${again.map((r) => r.id).join(', ')}`,
          );
        await this.queue.addBulk(send.map((row) => outboxJob(row)));
        await qr.query(`SELECT duban_outbox_mark($1, $2::bigint[])`, [tenantId, send.map((r) => r.id)]);
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

  /** The claimed rows published before whose last job is still waiting for a consumer. */
  private async stillQueued(rows: OutboxRow[]): Promise<Set<OutboxRow>> {
    const before = rows.filter((r) => r.publish_count);
    const states = await Promise.all(before.map((r) => this.queue.getJobState(lastJobId(r))));
    return new Set(before.filter((_, i) => QUEUED.has(states[i])));
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
