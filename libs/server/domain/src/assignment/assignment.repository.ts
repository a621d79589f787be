import {
  AssignmentAction,
  AssignmentStatus,
  Bilingual,
  Light,
  nextAssignmentStatus,
  statusesAllowing,
} from '@duban/rules';
import { openAssignmentSql, Sql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow, UPDATE_ASSIGNMENT, updateParams } from './assignment.row';
import { CascadeSelector, ShareInput } from './assignment.dto';
import { targetUnitsSql } from './targets.sql';

export interface CascadeInsert {
  itemId: string;
  /** The delegated assignment, or null for an item's own cascade. */
  parentId: string | null;
  issuerUnitId: string;
  issuerPath: string;
  /** Targets must lie strictly below this path. */
  underPath: string;
  unitIds: string[];
  cascade: CascadeSelector[];
  shares: ShareInput[];
  deadline: Date;
  /** Every new row is LEAD (a delegation), or only this unit is and the others are CO. */
  lead: 'ALL' | { unitId: string | null };
  tightened: boolean;
  light: { light: Light; reason: Bilingual };
}

// A withdrawal moves every open assignment the way the state machine does, in one statement.
const WITHDRAWABLE = statusesAllowing(AssignmentAction.WITHDRAW);
const WITHDRAWN = nextAssignmentStatus(WITHDRAWABLE[0], AssignmentAction.WITHDRAW);

/** All SQL on assignment. Single-row writes go through AssignmentStore.save (light, audit, roll-up). */
export const assignmentRepository = {
  async lock(db: Sql, id: string): Promise<AssignmentRow | null> {
    if (!/^\d+$/.test(id)) return null;
    const [row] = await db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE a.id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  },

  async update(db: Sql, a: AssignmentRow): Promise<void> {
    await db.query(UPDATE_ASSIGNMENT, updateParams(a));
  },

  /**
   * The cascade: one INSERT … SELECT for any number of target units (named ones, whole levels,
   * quantified shares), skipping units that already hold the item. Returns the new id range.
   */
  async insertCascade(db: Sql, c: CascadeInsert): Promise<{ n: number; min: string; max: string }> {
    // The union of targets is deduplicated by a sort; at province scale it outgrows the default work_mem.
    await db.query(`SET LOCAL work_mem = '64MB'`);
    const params: unknown[] = [];
    const targets = targetUnitsSql(
      params,
      c.underPath,
      [...c.unitIds, ...c.shares.map((s) => s.unitId)],
      c.cascade,
    );
    const p = (v: unknown) => `$${params.push(v)}`;
    const [res] = await db.query(
      `WITH t AS (${targets}), ins AS (
         INSERT INTO assignment (tenant_id, item_id, parent_id, unit_id, unit_path, issuer_unit_id, issuer_path, role, deadline,
                                 target, tightened, light, light_reason_zh, light_reason_en)
         SELECT t.tenant_id, ${p(c.itemId)}, ${p(c.parentId)}::bigint, t.id, t.path, ${p(c.issuerUnitId)}, ${p(c.issuerPath)}::ltree,
                CASE WHEN ${p(c.lead === 'ALL')} OR t.id = ${p(c.lead === 'ALL' ? null : c.lead.unitId)}::bigint THEN 'LEAD' ELSE 'CO' END,
                ${p(c.deadline)}, s.target, ${p(c.tightened)}, ${p(c.light.light)}, ${p(c.light.reason.zh)}, ${p(c.light.reason.en)}
           FROM t LEFT JOIN unnest(${p(c.shares.map((s) => s.unitId))}::bigint[], ${p(c.shares.map((s) => s.target ?? null))}::numeric[]) AS s(unit_id, target)
             ON s.unit_id = t.id
         ON CONFLICT (item_id, unit_id) DO NOTHING
         RETURNING id)
       SELECT count(*)::int AS n, min(id) AS min, max(id) AS max FROM ins`,
      params,
    );
    return res;
  },

  /** Shares already given out under a delegated assignment (for the sum check). */
  shares(db: Sql, parentId: string): Promise<{ unitId: string; target: number | null }[]> {
    return db.query(
      `SELECT unit_id AS "unitId", target::float8 AS target FROM assignment WHERE parent_id = $1`,
      [parentId],
    );
  },

  /** Withdraws every open assignment of an item through the state machine's WITHDRAW move. */
  async withdrawOpen(db: Sql, itemId: string): Promise<void> {
    await db.query(
      `UPDATE assignment SET status = $2, updated_at = now() WHERE item_id = $1 AND status = ANY($3::text[])`,
      [itemId, WITHDRAWN, WITHDRAWABLE],
    );
  },

  async openTopLevel(db: Sql, itemId: string): Promise<number> {
    const [{ open }] = await db.query(
      `SELECT count(*) FILTER (WHERE ${openAssignmentSql()})::int AS open FROM assignment WHERE item_id = $1 AND parent_id IS NULL`,
      [itemId],
    );
    return open;
  },

  byIds(db: Sql, ids: readonly string[], scopePath: string): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE a.id = ANY($1::bigint[]) AND a.unit_path <@ $2::ltree`,
      [ids.filter((id) => /^\d+$/.test(id)), scopePath],
    );
  },

  /** One level of an item's tree (parentId null = top level), oldest first, with the level's size. */
  async level(
    db: Sql,
    q: { itemId: string; scopePath: string; parentId: string | null; status: AssignmentStatus | null },
    size: number,
    afterId: string | number | null,
  ): Promise<{ n: number; rows: AssignmentRow[] }> {
    const params: unknown[] = [q.itemId, q.scopePath, q.parentId, q.status];
    const where = `a.item_id = $1 AND a.unit_path <@ $2::ltree AND a.parent_id IS NOT DISTINCT FROM $3::bigint
      AND ($4::text IS NULL OR a.status = $4)`;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM assignment a WHERE ${where}`, params);
    const rows = await db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE ${where} ${afterId != null ? 'AND a.id > $5' : ''} ORDER BY a.id LIMIT ${size + 1}`,
      afterId != null ? [...params, afterId] : params,
    );
    return { n, rows };
  },

  /** A unit's own assignments (待办), newest first. */
  async ofUnit(
    db: Sql,
    unitId: string,
    statuses: AssignmentStatus[] | null,
    size: number,
    beforeId: string | number | null,
  ): Promise<{ n: number; rows: AssignmentRow[] }> {
    const params: unknown[] = [unitId, statuses?.length ? statuses : null];
    const where = `a.unit_id = $1 AND ($2::text[] IS NULL OR a.status = ANY($2::text[]))`;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM assignment a WHERE ${where}`, params);
    const rows = await db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE ${where} ${beforeId != null ? 'AND a.id < $3' : ''} ORDER BY a.id DESC LIMIT ${size + 1}`,
      beforeId != null ? [...params, beforeId] : params,
    );
    return { n, rows };
  },

  childCounts(db: Sql, ids: readonly string[]): Promise<{ parent_id: string; n: number }[]> {
    return db.query(
      `SELECT parent_id, count(*)::int AS n FROM assignment WHERE parent_id = ANY($1::bigint[]) GROUP BY parent_id`,
      [ids],
    );
  },

  /** The next batch of a tenant's open, unsplit assignments after `afterId`, locked (light refresh). */
  openBatch(db: Sql, tenantId: string, afterId: string, limit: number): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.tenant_id = $1 AND ${openAssignmentSql('a')} AND NOT a.split AND a.id > $2
        ORDER BY a.id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [tenantId, afterId, limit],
    );
  },

  /**
   * The sweeper's candidates: open, unsplit, due within `dueSoonDays` or overdue, locked. The partial
   * index on open deadlines serves it.
   */
  dueBatch(
    db: Sql,
    q: { tenantId: string; now: Date; dueSoonDays: number; afterId: string; limit: number },
  ): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.tenant_id = $1 AND ${openAssignmentSql('a')} AND NOT a.split
          AND a.deadline < $2::timestamptz + make_interval(days => $3 + 1) AND a.id > $4
        ORDER BY a.id LIMIT $5 FOR UPDATE SKIP LOCKED`,
      [q.tenantId, q.now, q.dueSoonDays, q.afterId, q.limit],
    );
  },
};
