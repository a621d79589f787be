import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QUEUES, QueueName } from '@duban/contracts';

/** The queues as GraphQL names them (QUEUES keys), so a client never types a Redis key. */
export enum JobQueue {
  ORG_IMPORT = 'orgImport',
  EVENTS = 'events',
  DEADLINES = 'deadlines',
  SPREADSHEETS = 'spreadsheets',
}
registerEnumType(JobQueue, {
  name: 'JobQueue',
  description: 'Background queues: 组织架构导入, 通知投递, 时限巡检, 台账导出/目标导入',
});

export const queueNameOf = (queue: JobQueue): QueueName => QUEUES[queue];

@ObjectType('FailedJob', {
  description: '失败任务 (dead letter): a background job that failed all its attempts or stalled too often',
})
export class FailedJobView {
  @Field(() => JobQueue)
  queue!: JobQueue;

  @Field({ description: 'The queue’s job id, e.g. evt-123.1 (not a database id)' })
  id!: string;

  @Field({ description: 'The job name: a domain event topic, import, ledger-export …' })
  name!: string;

  @Field({ description: 'What it was about, e.g. the outbox event id or the region' })
  subject!: string;

  @Field({ description: 'Why it failed, as the worker recorded it' })
  failedReason!: string;

  @Field(() => Int)
  attemptsMade!: number;

  @Field()
  createdAt!: Date;

  @Field({ nullable: true })
  failedAt?: Date;
}
