import { graphql } from '../../gql';

/** 失败任务 (ADMIN): the tenant's dead letters, newest first. */
export const FailedJobsQuery = graphql(`
  query FailedJobs($queue: JobQueue) {
    failedJobs(queue: $queue) {
      queue
      id
      name
      subject
      failedReason
      attemptsMade
      createdAt
      failedAt
    }
  }
`);

export const RetryFailedJobMutation = graphql(`
  mutation RetryFailedJob($queue: JobQueue!, $id: String!) {
    retryFailedJob(queue: $queue, id: $id) {
      queue
      id
    }
  }
`);

export const DiscardFailedJobMutation = graphql(`
  mutation DiscardFailedJob($queue: JobQueue!, $id: String!) {
    discardFailedJob(queue: $queue, id: $id)
  }
`);
