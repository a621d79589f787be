import { ItemEditFields, ItemStatus, type Milestone } from '@duban/rules';
import { Connection, newestFirstPage, TenantSession } from '@duban/platform';
import { isId, openAssignmentSql, Sql } from '../shared';
import { SupervisionItemFilter } from './item.dto';
import { SupervisionItemEntity } from './supervision-item.entity';

export const ITEM_COLUMNS = `i.id, i.tenant_id AS "tenantId", i.issuer_unit_id AS "issuerUnitId", i.issuer_path::text AS "issuerPath",
  i.reg_year AS "regYear", i.reg_seq AS "regSeq", i.reg_number AS "regNumber", i.title, i.source, i.category,
  i.is_key AS "isKey", i.content, i.requirements, i.instruction, i.deadline, i.deadline_tier AS "deadlineTier",
  i.lead_unit_id AS "leadUnitId", i.co_unit_ids AS "coUnitIds", i.leader_name AS "leaderName",
  i.responsible_person AS "responsiblePerson", i.target::float8 AS target, i.target_unit AS "targetUnit",
  i.rollup_policy AS "rollupPolicy", i.milestones, i.report_cycle AS "reportCycle", i.report_due_day AS "reportDueDay", i.status, i.withdrawn_reason AS "withdrawnReason", i.feedback,
  i.first_concluded_at AS "firstConcludedAt", i.reopen_count AS "reopenCount", i.reopened_at AS "reopenedAt",
  i.reopen_reason AS "reopenReason", i.created_by AS "createdBy", i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.version`;

export interface NewItem {
  tenantId: string;
  issuerUnitId: string;
  issuerPath: string;
  numbering: { year: number; seq: number; number: string } | null;
  title: string;
  source: string;
  category: string | null;
  isKey: boolean;
  content: string;
  requirements: string | null;
  instruction: string | null;
  deadline: Date;
  deadlineTier: string | null;
  leadUnitId: string | null;
  coUnitIds: string[];
  leaderName: string | null;
  responsiblePerson: string | null;
  target: number | null;
  targetUnit: string | null;
  rollupPolicy: string;
  status: ItemStatus;
  createdBy: string;
  plan: ItemPlan;
}

/** An item's 节点计划 (validated by @duban/rules) and its 月报/季报 cycle. */
export interface ItemPlan {
  milestones: readonly Milestone[];
  reportCycle: string | null;
  reportDueDay: number | null;
}

const like = (s?: string | null) => (s?.trim() ? `%${s.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null);

/** 年度归档's rows: the office's ($1) items still concluded, first concluded in year $2 (Beijing time). */
const CONCLUDED_IN_YEAR = `issuer_unit_id = $1 AND status = '${ItemStatus.CONCLUDED}'
  AND first_concluded_at >= make_timestamptz($2::int, 1, 1, 0, 0, 0, 'Asia/Shanghai')
  AND first_concluded_at < make_timestamptz($2::int + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;

/** All SQL on supervision_item. */
export const itemRepository = {
  async insert(db: Sql, n: NewItem): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO supervision_item (tenant_id, issuer_unit_id, issuer_path, reg_year, reg_seq, reg_number, title, source,
         category, is_key, content, requirements, instruction, deadline, deadline_tier, lead_unit_id, co_unit_ids,
         leader_name, responsible_person, target, target_unit, rollup_policy, status, created_by, milestones,
         report_cycle, report_due_day)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::bigint[], $18, $19, $20, $21, $22, $23, $24,
         $25::jsonb, $26, $27)
       RETURNING id`,
      [
        n.tenantId,
        n.issuerUnitId,
        n.issuerPath,
        n.numbering?.year ?? null,
        n.numbering?.seq ?? null,
        n.numbering?.number ?? null,
        n.title,
        n.source,
        n.category,
        n.isKey,
        n.content,
        n.requirements,
        n.instruction,
        n.deadline,
        n.deadlineTier,
        n.leadUnitId,
        n.coUnitIds,
        n.leaderName,
        n.responsiblePerson,
        n.target,
        n.targetUnit,
        n.rollupPolicy,
        n.status,
        n.createdBy,
        JSON.stringify(n.plan.milestones),
        n.plan.reportCycle,
        n.plan.reportDueDay,
      ],
    );
    return row.id;
  },

  async find(db: Sql, id: string): Promise<SupervisionItemEntity | null> {
    if (!isId(id)) return null;
    const [item] = await db.query(`SELECT ${ITEM_COLUMNS} FROM supervision_item i WHERE i.id = $1`, [id]);
    return item ?? null;
  },

  async setDeadline(db: Sql, id: string, deadline: Date): Promise<void> {
    await db.query(
      `UPDATE supervision_item SET deadline = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, deadline],
    );
  },

  /** Replaces the 节点计划 and the reporting cycle. */
  async setPlan(db: Sql, id: string, plan: ItemPlan): Promise<void> {
    await db.query(
      `UPDATE supervision_item SET milestones = $2::jsonb, report_cycle = $3, report_due_day = $4, updated_at = now()
        WHERE id = $1`,
      [id, JSON.stringify(plan.milestones), plan.reportCycle, plan.reportDueDay],
    );
  },

  /** The 节点计划 of each item (for lights: a plan moves 序时进度). */
  async plansOf(db: Sql, ids: readonly string[]): Promise<Map<string, Milestone[]>> {
    const rows: { id: string; milestones: Milestone[] }[] = await db.query(
      `SELECT id::text AS id, milestones FROM supervision_item WHERE id = ANY($1::bigint[])`,
      [[...new Set(ids)].filter((id) => isId(id))],
    );
    return new Map(rows.map((r) => [r.id, r.milestones]));
  },

  async lock(db: Sql, id: string): Promise<void> {
    await db.query(`SELECT 1 FROM supervision_item WHERE id = $1 FOR UPDATE`, [id]);
  },

  /** Writes the new status with whatever else the transition records. */
  async update(
    db: Sql,
    id: string,
    status: ItemStatus,
    extra: {
      numbering?: { year: number; seq: number; number: string };
      feedback?: string;
      withdrawnReason?: string;
    } = {},
  ): Promise<void> {
    await db.query(
      `UPDATE supervision_item SET status = $2::text,
         reg_year = coalesce($3, reg_year), reg_seq = coalesce($4, reg_seq), reg_number = coalesce($5, reg_number),
         feedback = coalesce($6, feedback), withdrawn_reason = coalesce($7, withdrawn_reason),
         first_concluded_at = CASE WHEN $2::text = '${ItemStatus.CONCLUDED}' THEN coalesce(first_concluded_at, now())
                                   ELSE first_concluded_at END,
         updated_at = now(), version = version + 1
       WHERE id = $1`,
      [
        id,
        status,
        extra.numbering?.year ?? null,
        extra.numbering?.seq ?? null,
        extra.numbering?.number ?? null,
        extra.feedback ?? null,
        extra.withdrawnReason ?? null,
      ],
    );
  },

  /** 编辑: the corrected fields, written only when the row still has the version the editor loaded. */
  async edit(db: Sql, id: string, version: number, f: ItemEditFields): Promise<boolean> {
    const rows = await db.query(
      // As a CTE: the driver answers a bare UPDATE … RETURNING with [rows, count].
      `WITH edited AS (
         UPDATE supervision_item SET title = $3, content = $4, requirements = $5, deadline = $6,
           updated_at = now(), version = version + 1
         WHERE id = $1 AND version = $2 RETURNING id)
       SELECT id FROM edited`,
      [id, version, f.title, f.content, f.requirements, f.deadline],
    );
    return rows.length > 0;
  },

  /**
   * 年度归档: every concluded item the office issued whose result was first fed back in `year`
   * (Beijing time), archived in one statement; returns those it moved (none the second time).
   */
  archiveConcluded(
    db: Sql,
    issuerUnitId: string,
    year: number,
  ): Promise<{ id: string; issuerPath: string; title: string }[]> {
    return db.query(
      `WITH moved AS (
         UPDATE supervision_item SET status = '${ItemStatus.ARCHIVED}', updated_at = now(), version = version + 1
         WHERE ${CONCLUDED_IN_YEAR}
         RETURNING id, issuer_path, title)
       SELECT id::text AS id, issuer_path::text AS "issuerPath", title FROM moved ORDER BY id`,
      [issuerUnitId, year],
    );
  },

  /** How many items 年度归档 of `year` would archive now (the admin's confirmation). */
  async countArchivable(db: Sql, issuerUnitId: string, year: number): Promise<number> {
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM supervision_item
        WHERE ${CONCLUDED_IN_YEAR}`,
      [issuerUnitId, year],
    );
    return n;
  },

  /** 复查复议: back to work with a new deadline; counted once more, with when and why. */
  async reopen(db: Sql, id: string, status: ItemStatus, deadline: Date, reason: string): Promise<void> {
    await db.query(
      `UPDATE supervision_item SET status = $2, deadline = $3, reopen_count = reopen_count + 1,
         reopened_at = now(), reopen_reason = $4, updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, status, deadline, reason],
    );
  },

  byIds(db: Sql, ids: readonly string[]): Promise<SupervisionItemEntity[]> {
    return db.query(`SELECT ${ITEM_COLUMNS} FROM supervision_item i WHERE i.id = ANY($1::bigint[])`, [
      ids.filter((id) => isId(id)),
    ]);
  },

  /** 台账: items issued in or assigned into the subtree, filtered, newest first. */
  list(
    db: TenantSession,
    scopePath: string,
    f: SupervisionItemFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<SupervisionItemEntity>> {
    const { where, params } = ledgerWhere(scopePath, f);
    return newestFirstPage<SupervisionItemEntity>(
      db,
      { from: 'supervision_item i', alias: 'i', columns: ITEM_COLUMNS, where, params },
      first,
      after,
    );
  },

  /** How many rows the 台账 has under the filter (the export's total). */
  async ledgerCount(db: Sql, scopePath: string, f: SupervisionItemFilter): Promise<number> {
    const { where, params } = ledgerWhere(scopePath, f);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM supervision_item i WHERE ${where.join(' AND ')}`,
      params,
    );
    return n;
  },

  /** The 台账's rows below `beforeId`, newest first, `limit` at a time: the export walks it this way. */
  ledgerBatch(
    db: Sql,
    scopePath: string,
    f: SupervisionItemFilter,
    beforeId: string | null,
    limit: number,
  ): Promise<SupervisionItemEntity[]> {
    const { where, params } = ledgerWhere(scopePath, f);
    if (beforeId) where.push(`i.id < $${params.push(beforeId)}`);
    return db.query(
      `SELECT ${ITEM_COLUMNS} FROM supervision_item i WHERE ${where.join(' AND ')} ORDER BY i.id DESC LIMIT ${Math.trunc(limit)}`,
      params,
    );
  },
};

/** The 台账's filter as SQL conditions on `i` ($1 is the caller's path): the page and the export share it. */
function ledgerWhere(scopePath: string, f: SupervisionItemFilter): { where: string[]; params: unknown[] } {
  const params: unknown[] = [scopePath];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = [
    `(i.issuer_path <@ $1::ltree OR EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.unit_path <@ $1::ltree))`,
  ];
  if (f.status?.length) where.push(`i.status = ANY(${p(f.status)}::text[])`);
  // 已归档 stays searchable, but out of the everyday 台账 unless asked for (含已归档 or by status).
  else if (!f.includeArchived) where.push(`i.status <> '${ItemStatus.ARCHIVED}'`);
  if (f.source?.length) where.push(`i.source = ANY(${p(f.source)}::text[])`);
  if (f.issuerUnitId) where.push(`i.issuer_unit_id = ${p(f.issuerUnitId)}`);
  if (f.assigneeUnitId)
    where.push(
      `EXISTS (SELECT 1 FROM assignment a JOIN org_unit u ON u.id = ${p(f.assigneeUnitId)} WHERE a.item_id = i.id AND a.unit_path <@ u.path)`,
    );
  if (f.deadlineFrom) where.push(`i.deadline >= ${p(f.deadlineFrom)}`);
  if (f.deadlineTo) where.push(`i.deadline <= ${p(f.deadlineTo)}`);
  if (f.isKey != null) where.push(`i.is_key = ${p(f.isKey)}`);
  if (f.overdue != null)
    where.push(`${f.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.overdue
        AND ${openAssignmentSql('a')} AND a.unit_path <@ $1::ltree)`);
  const kw = like(f.keyword);
  if (kw)
    where.push(
      `(i.title LIKE ${p(kw)} OR i.content LIKE $${params.length} OR i.reg_number LIKE $${params.length})`,
    );
  return { where, params };
}
