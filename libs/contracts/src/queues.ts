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
  /** 台账 export and 年度目标任务 import (spreadsheet_job rows). */
  spreadsheets: 'spreadsheet',
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

/**
 * One sweep over every tenant; `now` is injectable so tests can move the clock. A system job, so it
 * carries no actor: each 周期事项 it runs acts as the supervisor who saved that template (its `run_as`,
 * re-read and re-checked at run time), in that supervisor's tenant and scope.
 */
export interface DeadlineSweepJobData {
  now?: string;
}

/** A spreadsheet job: the row in spreadsheet_job holds its parameters, progress and result. */
export interface SpreadsheetJobData {
  actor: JobActor;
  /** spreadsheet_job.id */
  jobId: string;
}

/** The payload of every queue's jobs: producers and processors are both typed from this one map. */
export interface JobPayloads {
  [QUEUES.orgImport]: OrgImportJobData;
  [QUEUES.events]: import('./events').DomainEventJob;
  [QUEUES.deadlines]: DeadlineSweepJobData;
  [QUEUES.spreadsheets]: SpreadsheetJobData;
}

/** The job names each queue accepts (a domain event's job is named after its topic). */
export interface JobNames {
  [QUEUES.orgImport]: 'import';
  [QUEUES.events]: import('./events').DomainTopic;
  [QUEUES.deadlines]: 'sweep' | 'refresh-lights';
  [QUEUES.spreadsheets]: 'ledger-export' | 'target-import';
}

/** The payload of a job on queue Q, e.g. `JobData<typeof QUEUES.orgImport>`. */
export type JobData<Q extends QueueName> = JobPayloads[Q];

/** The name of a job on queue Q. */
export type JobName<Q extends QueueName> = JobNames[Q];
