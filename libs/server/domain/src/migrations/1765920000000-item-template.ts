import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 模板与周期事项: an office's item templates. `registration` is what 立项 takes (the registration input
 * without deadline and files, validated by the same DTO before it is stored); the recurrence says when
 * the sweeper registers the next item (China calendar dates; `next_run_on` is null for a plain
 * template and once the end date has passed). `run_as` is the supervisor who last saved it: the
 * sweeper registers as that user, re-read at run time (a user since moved or stripped of the role
 * stops the template and `last_error` says why).
 *
 * item_template_run: one row per template and period ('2026-12', '2026-Q4', '2026'); its primary key
 * is what makes a run happen once, however many sweeps race for it. RLS as everywhere.
 */
export class ItemTemplate1765920000000 implements MigrationInterface {
  name = 'ItemTemplate1765920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE item_template (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      owner_unit_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      name varchar(100) NOT NULL,
      registration jsonb NOT NULL,
      frequency varchar(12) NOT NULL,
      day_of_month smallint,
      month smallint,
      due_working_days smallint NOT NULL,
      start_on date NOT NULL,
      end_on date,
      active boolean NOT NULL DEFAULT true,
      next_run_on date,
      last_run_on date,
      last_error text,
      run_as bigint NOT NULL,
      created_by bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT item_template_owner_unit_id_fkey FOREIGN KEY (owner_unit_id) REFERENCES org_unit(id),
      CONSTRAINT item_template_run_as_fkey FOREIGN KEY (run_as) REFERENCES app_user(id),
      CONSTRAINT item_template_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user(id),
      CONSTRAINT item_template_frequency_check CHECK (frequency IN ('NONE', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
      CONSTRAINT item_template_day_check CHECK (day_of_month BETWEEN 1 AND 28),
      CONSTRAINT item_template_due_check CHECK (due_working_days BETWEEN 1 AND 60),
      CONSTRAINT item_template_end_check CHECK (end_on IS NULL OR end_on >= start_on)
    )`);
    await q.query(`CREATE INDEX item_template_owner_idx ON item_template (owner_unit_id, id)`);
    // The sweeper's candidates: active templates with a run due.
    await q.query(
      `CREATE INDEX item_template_due_idx ON item_template (tenant_id, next_run_on) WHERE active AND next_run_on IS NOT NULL`,
    );
    await q.query(`CREATE TABLE item_template_run (
      template_id bigint NOT NULL,
      period varchar(8) NOT NULL,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      run_on date NOT NULL,
      item_id bigint NOT NULL,
      skipped date[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (template_id, period),
      CONSTRAINT item_template_run_template_id_fkey FOREIGN KEY (template_id) REFERENCES item_template(id) ON DELETE CASCADE,
      CONSTRAINT item_template_run_item_id_fkey FOREIGN KEY (item_id) REFERENCES supervision_item(id)
    )`);
    for (const table of ['item_template', 'item_template_run']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_scope ON ${table}
        USING (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))
        WITH CHECK (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
      await q.query(`REVOKE TRUNCATE ON ${table} FROM duban_app`);
    }
    // A run is a record: never changed, gone only with its template.
    await q.query(`REVOKE UPDATE ON item_template_run FROM duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE item_template_run`);
    await q.query(`DROP TABLE item_template`);
  }
}
