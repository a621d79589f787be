import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 工作台: "since your last visit" for a leader.
 *
 * `workbench_visit` keeps, per user and unit, the window the current visit shows (`since`) and when
 * the user was last on the page (`last_seen_at`); a pause longer than the rules' VISIT_GAP_MS starts
 * a new window (see visitWindow in @duban/rules). Keyed by unit as well: a user moved to another unit
 * starts afresh there, and the row stays inside the scope it was written under (RLS as everywhere;
 * the queries add user_id = caller, as for notifications). Not audited: it is UI state of one
 * user, like a read receipt, and changes no supervision record.
 *
 * What changed is read from the audit trail's before/after snapshots within the window, scoped to
 * the leader's subtree: an index on (tenant_id, at) lets that read start from the window instead of
 * the whole trail.
 */
export class Workbench1764900000000 implements MigrationInterface {
  name = 'Workbench1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE workbench_visit (
      user_id bigint NOT NULL,
      org_unit_id bigint NOT NULL,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      since timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      first_visit boolean NOT NULL,
      CONSTRAINT workbench_visit_pkey PRIMARY KEY (user_id, org_unit_id),
      CONSTRAINT workbench_visit_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
      CONSTRAINT workbench_visit_org_unit_id_fkey FOREIGN KEY (org_unit_id) REFERENCES org_unit(id)
    )`);
    await q.query(`ALTER TABLE workbench_visit ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY workbench_visit_scope ON workbench_visit
      USING (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())`);
    await q.query(`REVOKE DELETE, TRUNCATE ON workbench_visit FROM duban_app`);

    await q.query(`CREATE INDEX audit_event_tenant_at_idx ON audit_event (tenant_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_tenant_at_idx`);
    await q.query(`DROP TABLE workbench_visit`);
  }
}
