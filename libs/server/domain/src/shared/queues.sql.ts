import { ReportStatus } from '@duban/rules';
import { sqlLiterals } from './sql';

/*
 * The report queues as SQL predicates over `report r JOIN assignment a ON a.id = r.assignment_id`, so the
 * dedicated queues (report room) and the 工作台's counts select exactly the same rows. `unit` is the
 * placeholder holding the caller's unit id.
 */

/** 待签字: reports of the unit's own assignments waiting for its head. */
export function signQueueSql(unit: string): string {
  return `a.unit_id = ${unit} AND r.status = ${sqlLiterals([ReportStatus.AWAITING_SIGNATURE])}`;
}

/** 待审核: signed reports on assignments the office gave out. */
export function reviewQueueSql(unit: string): string {
  return `a.issuer_unit_id = ${unit} AND r.status = ${sqlLiterals([ReportStatus.UNDER_REVIEW])}`;
}
