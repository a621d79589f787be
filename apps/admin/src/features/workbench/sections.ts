import type { DeadlineClass, WorkbenchQuery, WorkbenchSectionKind } from '../../gql/graphql';
import { COCKPIT_PATH, INBOX_PATH, LEDGER_PATH, REVIEW_PATH, SIGN_PATH } from '../../shared/paths';

export type Section = WorkbenchQuery['workbench']['sections'][number];
export type SectionRow = Section['rows'][number];

/** Where a section's "view all" leads: the queue it summarises; none when its rows are all there is. */
export const QUEUE_PATH: Record<WorkbenchSectionKind, string | null> = {
  TO_ACCEPT: INBOX_PATH,
  IN_PROGRESS: INBOX_PATH,
  DUE: INBOX_PATH,
  RETURNED: INBOX_PATH,
  TO_SIGN: SIGN_PATH,
  TO_REVIEW: REVIEW_PATH,
  EXTENSIONS: REVIEW_PATH,
  ESCALATIONS: null,
  SUBTREE_OVERDUE: COCKPIT_PATH,
  RECENT_ITEMS: LEDGER_PATH,
  RED_LIST: COCKPIT_PATH,
  CHANGES: COCKPIT_PATH,
  MESSAGES: null,
};

/** The tag a near deadline gets on a row. */
export const DEADLINE_COLOR: Record<Exclude<DeadlineClass, 'NONE'>, string> = {
  OVERDUE: 'red',
  DUE_TODAY: 'volcano',
  DUE_SOON: 'gold',
};

/** A row's id is `<section>:<id of what it shows>`; this is the latter (a message's id, say). */
export const entityId = (row: Pick<SectionRow, 'id'>): string => row.id.slice(row.id.indexOf(':') + 1);

/** The cockpit drilled down to one unit. */
export const cockpitUnitPath = (unitId: string) => `${COCKPIT_PATH}?unit=${unitId}`;
