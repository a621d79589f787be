import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official forms (登记单, 催办通知单, 批示件办理情况, 办理情况报告, 督查通报) as issued files.
 *
 * `issued_document` records each PDF or Word file the API generated: which form of which record, the
 * verification code printed on it, the SHA-256 of the exact bytes stored under `storage_key`, who
 * issued it and when, and what the page itself shows (number, title, issuing office) so a reader
 * holding only paper can compare. Scoped like every tenant table, by the issuing user's unit; append
 * only (a record of what left the office is never changed or removed).
 *
 * `urge_notice.office_unit_id`: the office that numbered a notice (the urging user's unit, or the
 * assigning office for the sweeper's), so its printed 版头 names the same office whoever prints it;
 * existing notices are filled the same way.
 *
 * `duban_verify_document(code)` answers the public verification page, which has no scope: one row for
 * an exact code, only the columns the printed page shows plus the record's current status, nothing
 * for an unknown code.
 */
export class IssuedDocument1765500000000 implements MigrationInterface {
  name = 'IssuedDocument1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE issued_document (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      kind varchar(24) NOT NULL,
      subject_id bigint NOT NULL,
      format varchar(8) NOT NULL,
      verification_code char(16) NOT NULL,
      sha256 char(64) NOT NULL,
      size integer NOT NULL,
      storage_key varchar(200) NOT NULL,
      doc_number varchar(60),
      title varchar(200) NOT NULL,
      office_name varchar(120) NOT NULL,
      issued_by bigint NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT issued_document_verification_code_key UNIQUE (verification_code),
      CONSTRAINT issued_document_issued_by_fkey FOREIGN KEY (issued_by) REFERENCES app_user(id),
      CONSTRAINT issued_document_kind_check CHECK (kind IN ('ITEM_REGISTRATION', 'INSTRUCTION_FEEDBACK', 'URGE_NOTICE', 'REPORT', 'BULLETIN')),
      CONSTRAINT issued_document_format_check CHECK (format IN ('PDF', 'DOCX'))
    )`);
    await q.query(
      `CREATE INDEX issued_document_subject_idx ON issued_document (tenant_id, kind, subject_id)`,
    );
    await q.query(`ALTER TABLE issued_document ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY issued_document_scope ON issued_document
      USING (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))
      WITH CHECK (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON issued_document FROM duban_app`);

    await q.query(`ALTER TABLE urge_notice ADD COLUMN office_unit_id bigint
      CONSTRAINT urge_notice_office_unit_id_fkey REFERENCES org_unit(id)`);
    await q.query(`UPDATE urge_notice n SET office_unit_id = coalesce(
      (SELECT u.org_unit_id FROM app_user u WHERE u.id = n.created_by),
      (SELECT a.issuer_unit_id FROM assignment a WHERE a.id = n.assignment_id))`);
    await q.query(`ALTER TABLE urge_notice ALTER COLUMN office_unit_id SET NOT NULL`);

    await q.query(`CREATE FUNCTION duban_verify_document(p_code text)
      RETURNS TABLE (kind varchar, format varchar, sha256 char(64), "docNumber" varchar, title varchar,
                     "officeName" varchar, "issuedAt" timestamptz, "subjectStatus" varchar)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT d.kind, d.format, d.sha256, d.doc_number, d.title, d.office_name, d.issued_at,
               CASE d.kind
                 WHEN 'URGE_NOTICE' THEN (SELECT a.status FROM urge_notice n JOIN assignment a ON a.id = n.assignment_id
                                           WHERE n.id = d.subject_id AND n.tenant_id = d.tenant_id)
                 WHEN 'REPORT' THEN (SELECT r.status FROM report r WHERE r.id = d.subject_id AND r.tenant_id = d.tenant_id)
                 WHEN 'BULLETIN' THEN 'ISSUED'
                 ELSE (SELECT i.status FROM supervision_item i WHERE i.id = d.subject_id AND i.tenant_id = d.tenant_id)
               END::varchar
          FROM issued_document d WHERE d.verification_code = p_code
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_verify_document(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_verify_document(text) TO duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_verify_document(text)`);
    await q.query(`DROP TABLE issued_document`);
    await q.query(`ALTER TABLE urge_notice DROP COLUMN office_unit_id`);
  }
}
