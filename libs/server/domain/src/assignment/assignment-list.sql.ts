import { AssignmentStatus, Light, LIGHTS } from '@duban/rules';
import { decodeCursor, INVALID_CURSOR, badInput } from '@duban/platform';
import { openAssignmentSql, sqlLiterals, Sql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './assignment.row';
import { AssignmentSort, AssignmentSortKey } from './assignment-list.dto';

/** What every assignment table filters by (下级办理 adds 逾期未签收 on top). */
export interface ListFilter {
  statuses?: AssignmentStatus[] | null;
  lights?: Light[] | null;
  overdue?: boolean | null;
  unitKinds?: string[] | null;
  search?: string | null;
}

/** The unit and (when visible) the item of each row, for the kind and name filters and the name order. */
export const LIST_JOINS = `JOIN org_unit u ON u.id = a.unit_id LEFT JOIN supervision_item i ON i.id = a.item_id`;

const like = (s?: string | null) => (s?.trim() ? `%${s.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null);

/** The filter's conditions on `a` (assignment), `u` and `i` (LIST_JOINS); `p` binds a parameter. */
export function listConditions(f: ListFilter, p: (v: unknown) => string, now: Date): string[] {
  const where: string[] = [];
  if (f.statuses?.length) where.push(`a.status = ANY(${p(f.statuses)}::text[])`);
  if (f.lights?.length) where.push(`a.light = ANY(${p(f.lights)}::text[])`);
  // 已逾期: still open (the rules' closed statuses) and past the deadline, as 下级办理 has always counted it.
  if (f.overdue != null)
    where.push(`(${openAssignmentSql('a')} AND a.deadline < ${p(now)}::timestamptz) = ${p(f.overdue)}`);
  if (f.unitKinds?.length) where.push(`u.kind = ANY(${p(f.unitKinds)}::org_kind[])`);
  const kw = like(f.search);
  if (kw) {
    const k = p(kw);
    where.push(`(u.name LIKE ${k} OR i.title LIKE ${k} OR i.reg_number LIKE ${k})`);
  }
  return where;
}

/** One order of a list: its SQL expression (never null), the cast of its cursor value, the direction. */
export interface ListOrder {
  /** Names the order in the cursor, so a cursor of another order is refused. */
  tag: string;
  expr: string;
  cast: string;
  desc: boolean;
}

// Worst first: the rules list the lights from green to red.
const LIGHT_RANK = `array_position(ARRAY[${sqlLiterals([...LIGHTS].reverse())}]::text[], a.light)`;

/**
 * The ORDER of a list for `sort`; `nameExpr` is what NAME means there (the unit's or the item's name), in
 * pinyin order (ICU). Without a sort, the list's own `fallback` order.
 */
export function listOrder(
  sort: AssignmentSort | null | undefined,
  nameExpr: string,
  fallback: ListOrder,
): ListOrder {
  if (!sort) return fallback;
  const desc = !!sort.descending;
  const tag = `${sort.key}:${desc ? 'desc' : 'asc'}`;
  switch (sort.key) {
    case AssignmentSortKey.DEADLINE:
      return { tag, expr: 'a.deadline', cast: 'timestamptz', desc };
    case AssignmentSortKey.PROGRESS:
      return { tag, expr: 'a.progress_percent', cast: 'numeric', desc };
    case AssignmentSortKey.LIGHT:
      return { tag, expr: LIGHT_RANK, cast: 'int', desc };
    case AssignmentSortKey.NAME:
      return { tag, expr: `coalesce(${nameExpr}, '') COLLATE "zh-x-icu"`, cast: 'text', desc };
  }
}

/** The keyset position after which a page starts: the order's value and the id of the last row. */
export interface ListAfter {
  value: string | number;
  id: string;
}

/** Reads a page cursor of this order; one of another order (or forged) is BAD_USER_INPUT on `after`. */
export function decodeListCursor(after: string | null | undefined, order: ListOrder): ListAfter | null {
  const key = decodeCursor(after, 3);
  if (!key) return null;
  if (key[0] !== order.tag) throw badInput(INVALID_CURSOR, 'after');
  return { value: key[1], id: String(key[2]) };
}

/** The cursor key of a row read by pageOf (its sort value travels as `sortKey`). */
export const listCursorKey = (order: ListOrder) => (row: AssignmentRow & { sortKey?: unknown }) => {
  const v = row.sortKey;
  const value = v instanceof Date ? v.toISOString() : typeof v === 'number' ? v : String(v);
  return [order.tag, value, Number(row.id)];
};

/**
 * One page of assignments matching `where` (over `a` and LIST_JOINS) in `order`, keyset on (order, id), with
 * the total. `params` are those `where` binds.
 */
export async function pageOf(
  db: Sql,
  q: { where: string[]; params: unknown[]; order: ListOrder; size: number; after: ListAfter | null },
): Promise<{ n: number; rows: AssignmentRow[] }> {
  const params = [...q.params];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = q.where.length ? q.where.join(' AND ') : 'TRUE';
  const [{ n }] = await db.query(
    `SELECT count(*)::int AS n FROM assignment a ${LIST_JOINS} WHERE ${where}`,
    q.params,
  );
  const { expr, cast, desc } = q.order;
  const dir = desc ? 'DESC' : 'ASC';
  const keyset = q.after
    ? `AND (${expr}, a.id) ${desc ? '<' : '>'} (${p(q.after.value)}::${cast}${cast === 'text' ? ' COLLATE "zh-x-icu"' : ''}, ${p(q.after.id)}::bigint)`
    : '';
  const rows = await db.query(
    `SELECT ${ASSIGNMENT_COLUMNS}, ${expr} AS "sortKey" FROM assignment a ${LIST_JOINS}
      WHERE ${where} ${keyset} ORDER BY ${expr} ${dir}, a.id ${dir} LIMIT ${q.size + 1}`,
    params,
  );
  return { n, rows };
}
