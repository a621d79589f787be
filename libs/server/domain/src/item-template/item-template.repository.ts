import type { RecurrenceRule } from '@duban/rules';
import { isId, Sql } from '../shared';
import type { TemplateRegistrationInput } from './item-template.dto';
import type { ItemTemplateView } from './item-template.view';

const COLUMNS = `t.id::text AS id, t.tenant_id::text AS "tenantId", t.owner_unit_id::text AS "ownerUnitId",
  t.unit_path::text AS "unitPath", t.name, t.registration, t.frequency, t.day_of_month AS "dayOfMonth",
  t.month, t.due_working_days AS "dueWorkingDays", to_char(t.start_on, 'YYYY-MM-DD') AS "startOn",
  to_char(t.end_on, 'YYYY-MM-DD') AS "endOn", t.active, to_char(t.next_run_on, 'YYYY-MM-DD') AS "nextRunOn",
  to_char(t.last_run_on, 'YYYY-MM-DD') AS "lastRunOn", t.last_error AS "lastError", t.run_as::text AS "runAs",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

export interface TemplateFields {
  name: string;
  registration: TemplateRegistrationInput;
  rule: RecurrenceRule;
  nextRunOn: string | null;
  /** Who saved it last: the sweeper registers as this user. */
  runAs: string;
}

/** A template the sweeper should look at, read in the tenant's root scope. */
export interface DueTemplate {
  id: string;
  runAs: string;
  ownerUnitId: string;
}

const ruleParams = (f: TemplateFields) => [
  f.name,
  JSON.stringify(f.registration),
  f.rule.frequency,
  f.rule.dayOfMonth || null,
  f.rule.month ?? null,
  f.rule.dueWorkingDays,
  f.rule.startOn,
  f.rule.endOn ?? null,
  f.nextRunOn,
  f.runAs,
];

/** All SQL on item_template and item_template_run. */
export const itemTemplateRepository = {
  async insert(db: Sql, owner: { tenantId: string; orgUnitId: string; unitPath: string }, f: TemplateFields) {
    const [row] = await db.query(
      `INSERT INTO item_template (name, registration, frequency, day_of_month, month, due_working_days, start_on,
         end_on, next_run_on, run_as, created_by, tenant_id, owner_unit_id, unit_path)
       VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7::date, $8::date, $9::date, $10, $10, $11, $12, $13::ltree)
       RETURNING id::text AS id`,
      [...ruleParams(f), owner.tenantId, owner.orgUnitId, owner.unitPath],
    );
    return row.id as string;
  },

  /** A saved template starts afresh: its error is cleared and its next run recomputed. */
  async update(db: Sql, id: string, f: TemplateFields): Promise<void> {
    await db.query(
      `UPDATE item_template SET name = $1, registration = $2::jsonb, frequency = $3, day_of_month = $4, month = $5,
         due_working_days = $6, start_on = $7::date, end_on = $8::date, next_run_on = $9::date, run_as = $10,
         last_error = NULL, updated_at = now()
       WHERE id = $11`,
      [...ruleParams(f), id],
    );
  },

  async find(db: Sql, id: string): Promise<ItemTemplateView | null> {
    if (!isId(id)) return null;
    const [row] = await db.query(`SELECT ${COLUMNS} FROM item_template t WHERE t.id = $1`, [id]);
    return row ?? null;
  },

  /** Locks the row for a change (and so waits for a run of it in progress). */
  async lock(db: Sql, id: string): Promise<ItemTemplateView | null> {
    if (!isId(id)) return null;
    const [row] = await db.query(`SELECT ${COLUMNS} FROM item_template t WHERE t.id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  },

  ofUnit(db: Sql, unitId: string): Promise<ItemTemplateView[]> {
    return db.query(`SELECT ${COLUMNS} FROM item_template t WHERE t.owner_unit_id = $1 ORDER BY t.id`, [
      unitId,
    ]);
  },

  async setActive(db: Sql, id: string, active: boolean, nextRunOn: string | null): Promise<void> {
    await db.query(
      `UPDATE item_template SET active = $2, next_run_on = $3::date, last_error = NULL, updated_at = now() WHERE id = $1`,
      [id, active, nextRunOn],
    );
  },

  async remove(db: Sql, id: string): Promise<void> {
    await db.query(`DELETE FROM item_template WHERE id = $1`, [id]);
  },

  /** The sweeper's candidates in one tenant (optionally one template), oldest due first. */
  due(db: Sql, tenantId: string, today: string, templateId: string | null): Promise<DueTemplate[]> {
    return db.query(
      `SELECT t.id::text AS id, t.run_as::text AS "runAs", t.owner_unit_id::text AS "ownerUnitId"
         FROM item_template t
        WHERE t.tenant_id = $1 AND t.active AND t.next_run_on IS NOT NULL AND t.next_run_on <= $2::date
          AND ($3::bigint IS NULL OR t.id = $3)
        ORDER BY t.next_run_on, t.id`,
      [tenantId, today, templateId],
    );
  },

  /**
   * The template if it is still due, locked for this run; null when another sweep holds it (SKIP
   * LOCKED: it is being run right now) or has run it already.
   */
  async lockDue(db: Sql, id: string, today: string): Promise<ItemTemplateView | null> {
    const [row] = await db.query(
      `SELECT ${COLUMNS} FROM item_template t
        WHERE t.id = $1 AND t.active AND t.next_run_on <= $2::date FOR UPDATE SKIP LOCKED`,
      [id, today],
    );
    return row ?? null;
  },

  async advance(db: Sql, id: string, lastRunOn: string | null, nextRunOn: string | null): Promise<void> {
    await db.query(
      `UPDATE item_template SET last_run_on = coalesce($2::date, last_run_on), next_run_on = $3::date,
         last_error = NULL WHERE id = $1`,
      [id, lastRunOn, nextRunOn],
    );
  },

  async fail(db: Sql, id: string, error: string): Promise<void> {
    await db.query(`UPDATE item_template SET last_error = $2 WHERE id = $1`, [id, error]);
  },

  async hasRun(db: Sql, templateId: string, period: string): Promise<boolean> {
    const rows = await db.query(`SELECT 1 FROM item_template_run WHERE template_id = $1 AND period = $2`, [
      templateId,
      period,
    ]);
    return rows.length > 0;
  },

  /** The run's record; its key (template, period) refuses a second item for the same period. */
  async recordRun(
    db: Sql,
    t: ItemTemplateView,
    run: { period: string; runOn: string; itemId: string; skipped: string[] },
  ): Promise<void> {
    await db.query(
      `INSERT INTO item_template_run (template_id, period, tenant_id, unit_path, run_on, item_id, skipped)
       VALUES ($1, $2, $3, $4::ltree, $5::date, $6, $7::date[])`,
      [t.id, run.period, t.tenantId, t.unitPath, run.runOn, run.itemId, run.skipped],
    );
  },
};
