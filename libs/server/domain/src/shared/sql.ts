import { CLOSED_ASSIGNMENT_STATUSES, HOLDS_ITEM_OPEN } from '@duban/rules';

/** Anything that runs SQL: an EntityManager inside a mutation, or a request's TenantSession. */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Constant values as SQL literals, for predicates that must match a partial index's text. */
export function sqlLiterals(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

/**
 * "The assignment is open", derived from the state machine. Written as NOT IN the final states so
 * it matches the predicate of the open-deadline partial index word for word.
 */
export function openAssignmentSql(alias?: string): string {
  return `${alias ? `${alias}.` : ''}status NOT IN (${sqlLiterals(CLOSED_ASSIGNMENT_STATUSES)})`;
}

/**
 * "The assignment holds its item open" (open and applicable: 不适用 units excluded), rendered from
 * the rules' `HOLDS_ITEM_OPEN` so SQL counts and `holdsItemOpen` agree.
 */
export function holdsItemOpenSql(alias?: string): string {
  const col = (c: string) => `${alias ? `${alias}.` : ''}${c}`;
  return `(${col('status')} NOT IN (${sqlLiterals(HOLDS_ITEM_OPEN.closedStatuses)}) AND ${col('not_applicable')} = ${HOLDS_ITEM_OPEN.notApplicable})`;
}
