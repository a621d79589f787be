import type { Job, Queue } from 'bullmq';
import type { JobData, JobName, QueueName } from '@duban/contracts';

/**
 * Queue Q as its producer sees it: `add()` accepts only Q's job names and payload (see JobPayloads).
 * R is what Q's processor returns.
 */
export type QueueOf<Q extends QueueName, R = unknown> = Queue<JobData<Q>, R, JobName<Q>>;

/** A job of queue Q as its processor receives it. */
export type JobOf<Q extends QueueName, R = unknown> = Job<JobData<Q>, R, JobName<Q>>;
