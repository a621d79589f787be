import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, QUEUES } from '@duban/contracts';
import { AppConfig, type RedisClient } from '@duban/platform';
import { CONFIG } from '../config.token';
import { ItemTemplateSweep, TemplateSweepResult } from '../item-template';
import { JobOf, LoggedWorkerHost, QueueOf, REDIS } from '../jobs';
import { DeadlineSweepService, SweepResult } from './deadline-sweep.service';

type Deadlines = typeof QUEUES.deadlines;
type DeadlineJobResult =
  (SweepResult & { templates: TemplateSweepResult }) | { checked: number; changed: number };

/** BullMQ types a scheduler id as a job name; ours keep their own names (they are stored in Redis). */
const scheduler = (id: 'deadline-sweep' | 'light-refresh') => id as string as JobName<Deadlines>;

@Processor(QUEUES.deadlines)
export class DeadlineSweepProcessor extends LoggedWorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly sweeper: DeadlineSweepService,
    private readonly templates: ItemTemplateSweep,
    @InjectQueue(QUEUES.deadlines) private readonly queue: QueueOf<Deadlines, DeadlineJobResult>,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.schedule();
    // A Redis that comes back empty (no persistence, a failover to a fresh replica) has forgotten the
    // schedulers: put them back on every reconnection instead of waiting for a worker restart.
    this.redis.on('ready', () =>
      this.schedule().then(
        () => this.logger.log('Redis is back: deadline sweep and light refresh scheduled'),
        (err: Error) => this.logger.error(`could not re-create the schedulers: ${err.message}`),
      ),
    );
  }

  /** Idempotent: one scheduler entry per id however many workers call it. */
  private async schedule() {
    // Every SWEEP_EVERY_MS (default 5 min).
    await this.queue.upsertJobScheduler(
      scheduler('deadline-sweep'),
      { every: this.config.SWEEP_EVERY_MS },
      { name: 'sweep', data: {} },
    );
    // The full light re-evaluation reads every open assignment: LIGHT_REFRESH_EVERY_MS, hourly by default.
    await this.queue.upsertJobScheduler(
      scheduler('light-refresh'),
      { every: this.config.LIGHT_REFRESH_EVERY_MS },
      { name: 'refresh-lights', data: {} },
    );
  }

  async process(job: JobOf<Deadlines, DeadlineJobResult>): Promise<DeadlineJobResult> {
    const now = job.data.now ? new Date(job.data.now) : new Date();
    if (job.name === 'refresh-lights') return this.sweeper.refreshLights(now);
    // 周期事项 first: an item a template registers today is chased from the same pass on.
    const templates = await this.templates.runDue(now);
    return { ...(await this.sweeper.sweep(now)), templates };
  }
}
