import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spreadsheet jobs: the 台账 export and the 年度目标任务 import run in the worker; a row per job holds
 * who asked (tenant, unit path, user), what (kind and parameters: the ledger filter or the uploaded
 * file), how far it got (done/total), and the result (the stored workbook, the items created) or why
 * it failed (a bilingual text, or every bad row). RLS as everywhere; the queries add
 * requested_by = caller, as for notifications. Never deleted by the app role: a job is a record of
 * who exported or imported what.
 */
export class SpreadsheetJobs1765600000000 implements MigrationInterface {
  name = 'SpreadsheetJobs1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE spreadsheet_job (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      requested_by bigint NOT NULL,
      kind text NOT NULL,
      status text NOT NULL DEFAULT 'QUEUED',
      done integer NOT NULL DEFAULT 0,
      total integer NOT NULL DEFAULT 0,
      parameters jsonb NOT NULL DEFAULT '{}',
      result_key text,
      result_name text,
      result jsonb,
      error_zh text,
      error_en text,
      row_errors jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      CONSTRAINT spreadsheet_job_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES app_user(id),
      CONSTRAINT spreadsheet_job_kind_check CHECK (kind IN ('LEDGER_EXPORT', 'TARGET_IMPORT')),
      CONSTRAINT spreadsheet_job_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
    )`);
    // "My recent jobs", newest first.
    await q.query(`CREATE INDEX spreadsheet_job_requester_idx ON spreadsheet_job (requested_by, id)`);
    await q.query(`ALTER TABLE spreadsheet_job ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY spreadsheet_job_scope ON spreadsheet_job
      USING (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))
      WITH CHECK (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
    await q.query(`REVOKE DELETE, TRUNCATE ON spreadsheet_job FROM duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE spreadsheet_job`);
  }
}
