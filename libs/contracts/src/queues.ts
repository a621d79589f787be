/**
 * The one place where queue names and job payloads are defined; api (producer) and worker
 * (consumer) both import from here. Tenant and actor always travel inside the job data,
 * because a job runs long after the request that caused it.
 */
export const QUEUES = {
  orgImport: 'org-import',
  /** Outbox events fanned out to notifications and other consumers. */
  events: 'domain-events',
  /** The repeatable deadline sweep (reminders, overdue marks, escalation). */
  deadlines: 'deadline-sweep',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Who a job acts for: the worker opens a session scoped exactly like the requesting user's. */
export interface JobActor {
  userId: string;
  tenantId: string;
  orgUnitId: string;
  unitPath: string;
}

export interface OrgImportJobData {
  actor: JobActor;
  /** Administrative code of the region to (re)import, e.g. '4114'. */
  region: string;
}

export interface OrgImportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface OrgImportResult {
  rootId: string;
  inserted: number;
  updated: number;
  total: number;
  ms: number;
}

/** One sweep over every tenant; `now` is injectable so tests can move the clock. */
export interface DeadlineSweepJobData {
  now?: string;
}

export interface JobPayloads {
  [QUEUES.orgImport]: OrgImportJobData;
  [QUEUES.events]: import('./events').DomainEventJob;
  [QUEUES.deadlines]: DeadlineSweepJobData;
}
