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
 * "The assignment holds its item open" (applicable, and open or returned but not yet reassigned:
 * 不适用 units excluded), rendered from the rules' `HOLDS_ITEM_OPEN` so SQL counts and
 * `holdsItemOpen` agree.
 */
export function holdsItemOpenSql(alias?: string): string {
  const col = (c: string) => `${alias ? `${alias}.` : ''}${c}`;
  const { closedStatuses, notApplicable, awaitingReassignment: w } = HOLDS_ITEM_OPEN;
  const waits = `${col('status')} = ${sqlLiterals([w.status])} AND ${col('declined')} = ${w.declined} AND (${col('reassigned_to')} IS NOT NULL) = ${w.reassigned}`;
  return `(${col('not_applicable')} = ${notApplicable} AND (${col('status')} NOT IN (${sqlLiterals(closedStatuses)}) OR (${waits})))`;
}

/**
 * "The row's unit is in the subtree at `path`", as a semi-join on unit ids through the org tree's path
 * index. A unit's path never changes, so this equals `unit_path <@ path`; unlike that ltree condition it
 * can drive an index under RLS (bigint equality is leakproof, `<@` is not), which is why `assignment`,
 * written 50,000 rows at a time by a cascade, keeps no path index of its own.
 */
export function unitInSubtreeSql(unitIdColumn: string, path: string): string {
  return `${unitIdColumn} IN (SELECT o.id FROM org_unit o WHERE o.path <@ ${path})`;
}
