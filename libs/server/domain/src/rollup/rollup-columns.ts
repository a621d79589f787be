import { AssignmentStatus, emptyCounts, RollupCounts } from '@duban/rules';

/**
 * Counter columns of roll_up, in the order duban_rollup_apply() takes its delta array. The table
 * and the SQL functions were created with this list; a new counter needs a migration that adds the
 * column and replaces those functions (CREATE OR REPLACE), then an entry here.
 */
export const ROLLUP_COLUMNS = [
  'total',
  'st_assigned',
  'st_in_progress',
  'st_awaiting_signature',
  'st_under_review',
  'st_done',
  'st_withdrawn',
  'applicable',
  'overdue',
  'done_on_time',
  'done_late',
  'returned_open',
  'not_applicable',
  'target_sum',
  'achieved_sum',
  'progress_sum',
  'red',
  'yellow',
  'green',
  // Added by the escalation-chain migration (1764500000000), at the end of the delta array.
  'escalated_open',
] as const;

export type RollupColumn = (typeof ROLLUP_COLUMNS)[number];

const STATUS_COLUMN: Record<AssignmentStatus, RollupColumn> = {
  [AssignmentStatus.ASSIGNED]: 'st_assigned',
  [AssignmentStatus.IN_PROGRESS]: 'st_in_progress',
  [AssignmentStatus.AWAITING_SIGNATURE]: 'st_awaiting_signature',
  [AssignmentStatus.UNDER_REVIEW]: 'st_under_review',
  [AssignmentStatus.DONE]: 'st_done',
  [AssignmentStatus.WITHDRAWN]: 'st_withdrawn',
};

const SCALAR_COLUMN = {
  total: 'total',
  applicable: 'applicable',
  overdue: 'overdue',
  doneOnTime: 'done_on_time',
  doneLate: 'done_late',
  returnedOpen: 'returned_open',
  notApplicable: 'not_applicable',
  targetSum: 'target_sum',
  achievedSum: 'achieved_sum',
  progressSum: 'progress_sum',
  red: 'red',
  yellow: 'yellow',
  green: 'green',
  escalatedOpen: 'escalated_open',
} as const satisfies Record<Exclude<keyof RollupCounts, 'byStatus'>, RollupColumn>;

/** Counts as the positional array duban_rollup_apply() expects. */
export function toColumnArray(c: RollupCounts): number[] {
  const byColumn: Record<string, number> = {};
  for (const [key, col] of Object.entries(SCALAR_COLUMN))
    byColumn[col] = c[key as keyof typeof SCALAR_COLUMN];
  for (const [status, col] of Object.entries(STATUS_COLUMN))
    byColumn[col] = c.byStatus[status as AssignmentStatus];
  return ROLLUP_COLUMNS.map((col) => byColumn[col]);
}

const SCALAR_ENTRIES = Object.entries(SCALAR_COLUMN) as [keyof typeof SCALAR_COLUMN, RollupColumn][];
const STATUS_ENTRIES = Object.entries(STATUS_COLUMN) as [AssignmentStatus, RollupColumn][];

/** Counts from a row of counter columns (a leader's view converts dozens per request: no temporaries). */
export function fromRow(row: Record<string, string | number>): RollupCounts {
  const c = emptyCounts();
  for (const [key, col] of SCALAR_ENTRIES) c[key] = Number(row[col] ?? 0);
  for (const [status, col] of STATUS_ENTRIES) c.byStatus[status] = Number(row[col] ?? 0);
  return c;
}
