import { CLOSED_ASSIGNMENT_STATUSES } from '@duban/rules';

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
