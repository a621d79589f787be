import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 最多报一次 (report once): a report's hash, fixed when its unit head signs, and the citations of a
 * split assignment's composed report (the sub-units' accepted reports it reuses).
 *
 * Citations are rows, not a jsonb column on report: foreign keys make every citation point at a
 * real report, "where is this report cited" is an indexed lookup, the app role may only insert them
 * (a citation records what was composed, like the audit trail), and each row carries the RLS path
 * of the office that composed it. The unit name, signer, signing time, hash and result are a
 * snapshot of what was cited, so a later rename does not rewrite a signed report.
 */
export class ReportChain1764100000000 implements MigrationInterface {
  name = 'ReportChain1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report ADD COLUMN hash varchar(64)`);

    await q.query(`CREATE TABLE report_citation (
      report_id bigint NOT NULL REFERENCES report(id),
      cited_report_id bigint NOT NULL REFERENCES report(id),
      position int NOT NULL,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      cited_assignment_id bigint NOT NULL REFERENCES assignment(id),
      cited_unit_id bigint NOT NULL REFERENCES org_unit(id),
      cited_unit_name text NOT NULL,
      signed_by bigint NOT NULL REFERENCES app_user(id),
      signer_name text NOT NULL,
      signed_at timestamptz NOT NULL,
      report_hash varchar(64),
      achieved numeric,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (report_id, cited_report_id)
    )`);
    await q.query(`CREATE INDEX report_citation_cited_idx ON report_citation (cited_report_id)`);
    await q.query(`CREATE INDEX report_citation_unit_gist ON report_citation USING gist (unit_path)`);

    // Append-only for the app: a citation is part of what the head signed.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON report_citation FROM duban_app`);

    // Visible with the composed report: in the subtree of the office that composed it (which holds
    // the cited sub-units too), so the reviewer above reads the citations and opens each cited report.
    await q.query(`ALTER TABLE report_citation ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY report_citation_scope ON report_citation
      USING (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_citation`);
    await q.query(`ALTER TABLE report DROP COLUMN hash`);
  }
}
