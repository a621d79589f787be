import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DeadlineSweepJobData, QUEUES } from '@duban/contracts';
import { DeadlineSweepService, SweepResult } from './deadline-sweep.service';

/** Every SWEEP_EVERY_MS (default 5 min); one scheduler entry however many workers start. */
const EVERY_MS = Number(process.env.SWEEP_EVERY_MS ?? 300_000);

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
  }

  process(job: Job<DeadlineSweepJobData>): Promise<SweepResult> {
    return this.sweeper.sweep(job.data.now ? new Date(job.data.now) : new Date());
  }
}
