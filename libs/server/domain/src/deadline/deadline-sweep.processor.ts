import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DeadlineSweepJobData, QUEUES } from '@duban/contracts';
import { DeadlineSweepService, SweepResult } from './deadline-sweep.service';

/** Every SWEEP_EVERY_MS (default 5 min); one scheduler entry however many workers start. */
const EVERY_MS = Number(process.env.SWEEP_EVERY_MS ?? 300_000);
/** The full light re-evaluation reads every open assignment: hourly by default. */
const LIGHTS_EVERY_MS = Number(process.env.LIGHT_REFRESH_EVERY_MS ?? 3_600_000);

@Processor(QUEUES.deadlines)
export class DeadlineSweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly sweeper: DeadlineSweepService,
    @InjectQueue(QUEUES.deadlines) private readonly queue: Queue<DeadlineSweepJobData>,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler('deadline-sweep', { every: EVERY_MS }, { name: 'sweep', data: {} });
    await this.queue.upsertJobScheduler(
      'light-refresh',
      { every: LIGHTS_EVERY_MS },
      { name: 'refresh-lights', data: {} },
    );
  }

  process(job: Job<DeadlineSweepJobData>): Promise<SweepResult | { checked: number; changed: number }> {
    const now = job.data.now ? new Date(job.data.now) : new Date();
    return job.name === 'refresh-lights' ? this.sweeper.refreshLights(now) : this.sweeper.sweep(now);
  }
}
