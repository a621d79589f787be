import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import type { SpreadsheetJobFieldsFragment } from '../../gql/graphql';
import { SpreadsheetJobQuery } from './spreadsheet-queries';

export const isFinished = (job: { status: string } | null | undefined) =>
  job?.status === 'SUCCEEDED' || job?.status === 'FAILED';

/** A spreadsheet job the worker is running, polled about every second until it has finished. */
export function useSpreadsheetJob(
  started: SpreadsheetJobFieldsFragment | null,
): SpreadsheetJobFieldsFragment | null {
  const { data, stopPolling } = useQuery(SpreadsheetJobQuery, {
    variables: { id: started?.id ?? '' },
    skip: !started || isFinished(started),
    pollInterval: 1000,
    fetchPolicy: 'network-only',
  });
  const job = data?.spreadsheetJob.id === started?.id ? data?.spreadsheetJob : null;
  const finished = isFinished(job);
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  return job ?? started;
}
