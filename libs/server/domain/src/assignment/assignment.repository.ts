// Over 400 lines on purpose: every statement on the assignment table lives here (the cascade, reassign,
// withdraw and reopen writes, the chain reads, the sweeper's batches, the ledger), so its SQL has one room.
import {
  AssignmentAction,
  AssignmentStatus,
  Bilingual,
  Light,
  nextAssignmentStatus,
  statusesAllowing,
} from '@duban/rules';
import { conflict } from '@duban/platform';
import { holdsItemOpenSql, isId, openAssignmentSql, Sql } from '../shared';
import { ASSIGNMENT_COLUMNS, AssignmentRow, UPDATE_ASSIGNMENT, updateParams } from './assignment.row';
import { CascadeSelector, ShareInput } from './assignment.dto';
import { targetUnitsSql } from './targets.sql';
import { ListAfter, listConditions, ListFilter, ListOrder, pageOf } from './assignment-list.sql';

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
  /**
   * Every new row is LEAD (a delegation, or no lead unit named), or only this unit is and the others
   * are its co-units, CO (主办/协办: they report to the issuer and the lead's report cites them).
   */
  lead: 'ALL' | { unitId: string | null };
  tightened: boolean;
  light: { light: Light; reason: Bilingual };
}

const UNIQUE_VIOLATION = '23505';
const ASSIGNED_MEANWHILE = {
  zh: '本事项刚刚被同时交办给其中的单位，未作任何更改；请刷新后重试',
  en: 'Some of these units were just assigned this item by someone else; nothing was changed. Refresh and try again',
};

// A withdrawal moves every open assignment the way the state machine does, in one statement.
const WITHDRAWABLE = statusesAllowing(AssignmentAction.WITHDRAW);
const WITHDRAWN = nextAssignmentStatus(WITHDRAWABLE[0], AssignmentAction.WITHDRAW);
const REOPENABLE = statusesAllowing(AssignmentAction.REOPEN);

/** All SQL on assignment. Single-row writes go through AssignmentStore.save (light, audit, roll-up). */
export const assignmentRepository = {
  async lock(db: Sql, id: string): Promise<AssignmentRow | null> {
    if (!isId(id)) return null;
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
    const [{ held }] = await db.query(
      `SELECT set_config('work_mem', '64MB', true), EXISTS (SELECT 1 FROM assignment WHERE item_id = $1) AS held`,
      [c.itemId],
    );
    // An item's first cascade (the caller holds its row lock, and no unit holds it yet) cannot meet a
    // unit already holding it: a plain INSERT spares ON CONFLICT's speculative insertion of every row
    // (~90 ms of a province cascade). Should one still collide, the statement fails and writes nothing.
    const skipHeld = c.parentId != null || held ? 'ON CONFLICT (item_id, unit_id) DO NOTHING' : '';
    const params: unknown[] = [];
    const targets = targetUnitsSql(
      params,
      c.underPath,
      [...c.unitIds, ...c.shares.map((s) => s.unitId)],
      c.cascade,
    );
    const p = (v: unknown) => `$${params.push(v)}`;
    const [res] = await db
      .query(
        `WITH t AS (${targets}), ins AS (
         INSERT INTO assignment (tenant_id, item_id, parent_id, unit_id, unit_path, issuer_unit_id, issuer_path, role, deadline,
                                 target, tightened, light, light_reason_zh, light_reason_en)
         SELECT t.tenant_id, ${p(c.itemId)}, ${p(c.parentId)}::bigint, t.id, t.path, ${p(c.issuerUnitId)}, ${p(c.issuerPath)}::ltree,
                CASE WHEN ${p(c.lead === 'ALL' || c.lead.unitId == null)} OR t.id = ${p(c.lead === 'ALL' ? null : c.lead.unitId)}::bigint THEN 'LEAD' ELSE 'CO' END,
                ${p(c.deadline)}, s.target, ${p(c.tightened)}, ${p(c.light.light)}, ${p(c.light.reason.zh)}, ${p(c.light.reason.en)}
           FROM t LEFT JOIN unnest(${p(c.shares.map((s) => s.unitId))}::bigint[], ${p(c.shares.map((s) => s.target ?? null))}::numeric[]) AS s(unit_id, target)
             ON s.unit_id = t.id
         ${skipHeld}
         RETURNING id)
       SELECT count(*)::int AS n, min(id) AS min, max(id) AS max FROM ins`,
        params,
      )
      .catch((err: { code?: string }) => {
        throw err.code === UNIQUE_VIOLATION ? conflict(ASSIGNED_MEANWHILE) : err;
      });
    return res;
  },

  /** How many units a cascade names, whether or not they already hold the item (to explain an empty insert). */
  async countTargets(db: Sql, c: CascadeInsert): Promise<number> {
    const params: unknown[] = [];
    const targets = targetUnitsSql(
      params,
      c.underPath,
      [...c.unitIds, ...c.shares.map((s) => s.unitId)],
      c.cascade,
    );
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM (${targets}) t`, params);
    return n;
  },

  /**
   * Shares already given out under a parent — a delegated assignment, or the item itself when
   * `parentId` is null (its top level) — for the sum check. Withdrawn ones are given back.
   */
  shares(
    db: Sql,
    itemId: string,
    parentId: string | null,
  ): Promise<{ unitId: string; target: number | null }[]> {
    return db.query(
      `SELECT unit_id AS "unitId", target::float8 AS target FROM assignment
        WHERE item_id = $1 AND parent_id IS NOT DISTINCT FROM $2::bigint AND status <> $3 ORDER BY id`,
      [itemId, parentId, WITHDRAWN],
    );
  },

  /** The units holding a share under a parent (null = the item's top level), locked for an adjustment. */
  lockShares(db: Sql, itemId: string, parentId: string | null): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.item_id = $1 AND a.parent_id IS NOT DISTINCT FROM $2::bigint AND a.status <> $3
        ORDER BY a.id FOR UPDATE`,
      [itemId, parentId, WITHDRAWN],
    );
  },

  /** Which of these units already hold the item, anywhere in its tree. */
  async holding(db: Sql, itemId: string, unitIds: readonly string[]): Promise<string[]> {
    if (!unitIds.length) return [];
    const rows: { unitId: string }[] = await db.query(
      `SELECT unit_id::text AS "unitId" FROM assignment WHERE item_id = $1 AND unit_id = ANY($2::bigint[])`,
      [itemId, unitIds.filter((id) => isId(id))],
    );
    return rows.map((r) => r.unitId);
  },

  /** Withdraws every open assignment of an item through the state machine's WITHDRAW move. */
  async withdrawOpen(db: Sql, itemId: string): Promise<void> {
    await db.query(
      `UPDATE assignment SET status = $2, updated_at = now() WHERE item_id = $1 AND status = ANY($3::text[])`,
      [itemId, WITHDRAWN, WITHDRAWABLE],
    );
  },

  /**
   * 撤回 below one assignment: every open sub-assignment under it, at any depth (its tree by
   * parent_id, not by org path: a unit below may hold the item on its own), moved the way the state
   * machine's WITHDRAW does, in one statement. Returns the rows as they were (for the roll-up); read
   * through a SELECT, since TypeORM answers a bare UPDATE with [rows, count].
   */
  withdrawOpenBelow(db: Sql, id: string): Promise<AssignmentRow[]> {
    return db.query(
      `WITH RECURSIVE sub AS (
         SELECT id FROM assignment WHERE parent_id = $1
         UNION ALL
         SELECT c.id FROM assignment c JOIN sub ON c.parent_id = sub.id
       ), old AS (
         SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a JOIN sub ON sub.id = a.id
          WHERE a.status = ANY($3::text[]) ORDER BY a.id FOR UPDATE OF a
       ), moved AS (
         UPDATE assignment x SET status = $2, updated_at = now() FROM old WHERE x.id = old.id RETURNING old.*
       )
       SELECT * FROM moved ORDER BY id`,
      [id, WITHDRAWN, WITHDRAWABLE],
    );
  },

  /**
   * 改派: the replacement of assignment `from` — same item, parent, issuer, role, deadline, share and
   * 层层加码 flag — for `unitId`, which must lie strictly below the issuer and not hold the item yet.
   * Returns the new id, or null when the unit did not qualify (checked before; a race lands here).
   */
  async insertReassigned(
    db: Sql,
    from: AssignmentRow,
    unitId: string,
    light: { light: Light; reason: Bilingual },
  ): Promise<string | null> {
    if (!isId(unitId)) return null;
    const [row] = await db.query(
      `INSERT INTO assignment (tenant_id, item_id, parent_id, unit_id, unit_path, issuer_unit_id, issuer_path, role,
                               deadline, target, tightened, light, light_reason_zh, light_reason_en)
       SELECT o.tenant_id, $2, $3::bigint, o.id, o.path, $4, $5::ltree, $6, $7, $8, $9, $10, $11, $12
         FROM org_unit o WHERE o.id = $1 AND o.path <@ $5::ltree AND o.path <> $5::ltree
       ON CONFLICT (item_id, unit_id) DO NOTHING
       RETURNING id`,
      [
        unitId,
        from.itemId,
        from.parentId,
        from.issuerUnitId,
        from.issuerPath,
        from.role,
        from.deadline,
        from.target,
        from.tightened,
        light.light,
        light.reason.zh,
        light.reason.en,
      ],
    );
    return row ? String(row.id) : null;
  },

  /**
   * 编辑: the item's open direct assignments (its units), locked in id order, with each unit's name
   * and whether it ever reported progress (an edit removes only those that did not).
   */
  lockOpenDirect(
    db: Sql,
    itemId: string,
  ): Promise<(AssignmentRow & { unitName: string; progressReported: boolean })[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS}, u.name AS "unitName",
              EXISTS (SELECT 1 FROM progress_update p WHERE p.assignment_id = a.id) AS "progressReported"
         FROM assignment a JOIN org_unit u ON u.id = a.unit_id
        WHERE a.item_id = $1 AND a.parent_id IS NULL AND ${openAssignmentSql('a')}
        ORDER BY a.id FOR UPDATE OF a`,
      [itemId],
    );
  },

  async statusOf(db: Sql, id: string): Promise<AssignmentStatus | null> {
    const [row] = await db.query(`SELECT status FROM assignment WHERE id = $1`, [id]);
    return row?.status ?? null;
  },

  /** Top-level assignments that still hold the item open (open and applicable; see holdsItemOpen). */
  /**
   * 复查复议: the item's applicable assignments its state machine reopens (the done ones, at every
   * level), locked in id order.
   */
  lockReopenable(db: Sql, itemId: string): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.item_id = $1 AND a.status = ANY($2::text[]) AND NOT a.not_applicable
        ORDER BY a.id FOR UPDATE`,
      [itemId, REOPENABLE],
    );
  },

  async topLevelHoldingOpen(db: Sql, itemId: string): Promise<number> {
    const [{ open }] = await db.query(
      `SELECT count(*) FILTER (WHERE ${holdsItemOpenSql()})::int AS open FROM assignment WHERE item_id = $1 AND parent_id IS NULL`,
      [itemId],
    );
    return open;
  },

  byIds(db: Sql, ids: readonly string[], scopePath: string): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE a.id = ANY($1::bigint[]) AND a.unit_path <@ $2::ltree`,
      [ids.filter((id) => isId(id)), scopePath],
    );
  },

  /**
   * One level of an item's tree as the caller sees it, oldest first, with the level's size. With a
   * parent: its children. Without one: the top of the tree in the caller's scope — assignments whose
   * parent is none or lies outside the scope (a township's share of a city item its county split).
   */
  async level(
    db: Sql,
    q: { itemId: string; scopePath: string; parentId: string | null; status: AssignmentStatus | null },
    size: number,
    afterId: string | number | null,
  ): Promise<{ n: number; rows: AssignmentRow[] }> {
    const params: unknown[] = [q.itemId, q.scopePath, q.parentId, q.status];
    const where = `a.item_id = $1 AND a.unit_path <@ $2::ltree AND ($4::text IS NULL OR a.status = $4)
      AND CASE WHEN $3::bigint IS NULL
        THEN a.parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM assignment p WHERE p.id = a.parent_id AND p.unit_path <@ $2::ltree)
        ELSE a.parent_id = $3::bigint END`;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM assignment a WHERE ${where}`, params);
    const rows = await db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE ${where} ${afterId != null ? 'AND a.id > $5' : ''} ORDER BY a.id LIMIT ${size + 1}`,
      afterId != null ? [...params, afterId] : params,
    );
    return { n, rows };
  },

  /** Each item's assignments held by one unit (at most one per item), for the item page's 我的任务. */
  ofUnitForItems(db: Sql, unitId: string, itemIds: readonly string[]): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE a.unit_id = $1 AND a.item_id = ANY($2::bigint[]) ORDER BY a.id`,
      [unitId, itemIds.filter((id) => isId(id))],
    );
  },

  /** A unit's own assignments (待办), filtered, in `order` (newest first unless sorted otherwise). */
  ofUnit(
    db: Sql,
    q: { unitId: string; filter: ListFilter; now: Date },
    page: { order: ListOrder; size: number; after: ListAfter | null },
  ): Promise<{ n: number; rows: AssignmentRow[] }> {
    const params: unknown[] = [q.unitId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['a.unit_id = $1', ...listConditions(q.filter, p, q.now)];
    return pageOf(db, { where, params, ...page });
  },

  /**
   * Every assignment of an item in the caller's scope, at any level of its tree, filtered and in `order`
   * (the item page's table when filtered or sorted; unfiltered it shows the tree level by level).
   */
  ofItem(
    db: Sql,
    q: { itemId: string; scopePath: string; filter: ListFilter; now: Date },
    page: { order: ListOrder; size: number; after: ListAfter | null },
  ): Promise<{ n: number; rows: AssignmentRow[] }> {
    const params: unknown[] = [q.itemId, q.scopePath];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['a.item_id = $1 AND a.unit_path <@ $2::ltree', ...listConditions(q.filter, p, q.now)];
    return pageOf(db, { where, params, ...page });
  },

  /** Sub-assignments still open and applicable, per parent (最多报一次: they hold up its report). */
  openChildCounts(db: Sql, ids: readonly string[]): Promise<{ parentId: string; n: number }[]> {
    return db.query(
      `SELECT parent_id AS "parentId", count(*)::int AS n FROM assignment
        WHERE parent_id = ANY($1::bigint[]) AND ${holdsItemOpenSql()} GROUP BY parent_id`,
      [ids.filter((id) => isId(id))],
    );
  },

  /**
   * A split assignment's sub-assignments as its report reads them. When submitting, share-locked
   * (parent first, then children) so that none is closed, reopened or marked 不适用 meanwhile.
   */
  childrenForReport(
    db: Sql,
    parentId: string,
    opts: { lock: boolean },
  ): Promise<
    {
      id: string;
      unitId: string;
      status: AssignmentStatus;
      notApplicable: boolean;
      declined: boolean;
      reassignedToId: string | null;
    }[]
  > {
    return db.query(
      `SELECT id, unit_id AS "unitId", status, not_applicable AS "notApplicable", declined,
              reassigned_to AS "reassignedToId" FROM assignment
        WHERE parent_id = $1 ORDER BY id${opts.lock ? ' FOR SHARE' : ''}`,
      [parentId],
    );
  },

  childCounts(db: Sql, ids: readonly string[]): Promise<{ parent_id: string; n: number }[]> {
    return db.query(
      `SELECT parent_id, count(*)::int AS n FROM assignment WHERE parent_id = ANY($1::bigint[]) GROUP BY parent_id`,
      [ids],
    );
  },

  /** The next batch of a tenant's open, unsplit assignments after `afterId`, locked (light refresh). */
  openBatch(
    db: Sql,
    tenantId: string,
    afterId: string,
    limit: number,
    itemId: string | null = null,
  ): Promise<AssignmentRow[]> {
    return db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.tenant_id = $1 AND ${openAssignmentSql('a')} AND NOT a.split AND a.id > $2
          AND ($4::bigint IS NULL OR a.item_id = $4)
        ORDER BY a.id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [tenantId, afterId, limit, itemId],
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

  /**
   * The 承办任务 sheet of the 台账 export: the assignments of these items inside the subtree, with the
   * unit, its parent and level, and when the unit last submitted a report.
   */
  ledgerRows(db: Sql, itemIds: string[], scopePath: string): Promise<AssignmentLedgerRow[]> {
    return db.query(
      `SELECT a.item_id::text AS "itemId", o.name AS "unitName", up.name AS "parentName", o.kind::text AS kind,
              o.subtype, a.role, a.status, a.deadline, a.accepted_at AS "acceptedAt",
              (SELECT max(r.submitted_at) FROM report r WHERE r.assignment_id = a.id) AS "reportedAt",
              a.done_at AS "doneAt", a.target::float8 AS target, a.achieved::float8 AS achieved,
              a.progress_percent::float8 AS "progressPercent", a.overdue, a.light,
              a.light_reason_zh AS "lightReasonZh", a.light_reason_en AS "lightReasonEn"
         FROM assignment a JOIN org_unit o ON o.id = a.unit_id LEFT JOIN org_unit up ON up.id = o.parent_id
        WHERE a.item_id = ANY($1::bigint[]) AND a.unit_path <@ $2::ltree
        ORDER BY a.item_id DESC, a.unit_path`,
      [itemIds.filter((id) => isId(id)), scopePath],
    );
  },
};

/** One row of the export's 承办任务 sheet. */
export interface AssignmentLedgerRow {
  itemId: string;
  unitName: string;
  parentName: string | null;
  kind: string;
  subtype: string | null;
  role: 'LEAD' | 'CO';
  status: AssignmentStatus;
  deadline: Date;
  acceptedAt: Date | null;
  reportedAt: Date | null;
  doneAt: Date | null;
  target: number | null;
  achieved: number | null;
  progressPercent: number;
  overdue: boolean;
  light: Light;
  lightReasonZh: string;
  lightReasonEn: string;
}
