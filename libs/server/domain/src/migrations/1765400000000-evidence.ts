import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files (佐证材料): one `stored_file` row per uploaded file. The bytes live in the file
 * storage under `storage_key` (and an image's thumbnail under `thumbnail_key`); the row holds what was
 * checked on upload (sanitised name, content type detected from the bytes, size, SHA-256) and the one
 * record the file is attached to (`attached_kind`, `attached_id`), or nothing while it waits.
 *
 * RLS: written in the uploader's subtree only; read there and by the units below the uploader. A
 * township's evidence reaches the offices above it (their subtree holds it); an office's files on an
 * item or a review decision reach the units it assigned (the office is their ancestor). Rows are never
 * deleted by the app.
 */
export class Evidence1765400000000 implements MigrationInterface {
  name = 'Evidence1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE stored_file (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      uploaded_by bigint NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      name varchar(255) NOT NULL,
      content_type varchar(128) NOT NULL,
      size bigint NOT NULL,
      sha256 varchar(64) NOT NULL,
      storage_key varchar(200) NOT NULL,
      thumbnail_key varchar(200),
      attached_kind varchar(24),
      attached_id bigint,
      attached_at timestamptz,
      CONSTRAINT stored_file_storage_key_key UNIQUE (storage_key),
      CONSTRAINT stored_file_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES app_user(id),
      CONSTRAINT stored_file_size_check CHECK (size > 0),
      CONSTRAINT stored_file_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      CONSTRAINT stored_file_attached_check CHECK ((attached_kind IS NULL) = (attached_id IS NULL)
        AND (attached_id IS NULL) = (attached_at IS NULL))
    )`);
    await q.query(
      `CREATE INDEX stored_file_attached_idx ON stored_file (attached_kind, attached_id) WHERE attached_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX stored_file_unit_path_idx ON stored_file USING gist (unit_path)`);
    await q.query(`ALTER TABLE stored_file ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY stored_file_read ON stored_file FOR SELECT
      USING (tenant_id = (SELECT duban_tenant())
        AND (unit_path <@ (SELECT duban_scope_path()) OR unit_path @> (SELECT duban_scope_path())))`);
    await q.query(`CREATE POLICY stored_file_insert ON stored_file FOR INSERT
      WITH CHECK (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
    await q.query(`CREATE POLICY stored_file_update ON stored_file FOR UPDATE
      USING (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))
      WITH CHECK (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
    await q.query(`REVOKE DELETE, TRUNCATE ON stored_file FROM duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stored_file`);
  }
}
