import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, QUEUES } from '@duban/contracts';
import { AppConfig } from '@duban/platform';
import { CONFIG } from '../config.token';
import { JobOf, QueueOf } from '../jobs';
import { DeadlineSweepService, SweepResult } from './deadline-sweep.service';

type Deadlines = typeof QUEUES.deadlines;
type DeadlineJobResult = SweepResult | { checked: number; changed: number };

/** BullMQ types a scheduler id as a job name; ours keep their own names (they are stored in Redis). */
const scheduler = (id: 'deadline-sweep' | 'light-refresh') => id as string as JobName<Deadlines>;

@Processor(QUEUES.deadlines)
export class DeadlineSweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly sweeper: DeadlineSweepService,
    @InjectQueue(QUEUES.deadlines) private readonly queue: QueueOf<Deadlines, DeadlineJobResult>,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    // Every SWEEP_EVERY_MS (default 5 min); one scheduler entry however many workers start.
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

  process(job: JobOf<Deadlines, DeadlineJobResult>): Promise<DeadlineJobResult> {
    const now = job.data.now ? new Date(job.data.now) : new Date();
    return job.name === 'refresh-lights' ? this.sweeper.refreshLights(now) : this.sweeper.sweep(now);
  }
}
