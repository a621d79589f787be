import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 批示 and 阅示: what a leader writes on an item, on one report, or on the item's 结果反馈 (已阅, 同意 or a
 * further instruction that reopens the item). A record: written once, never changed or deleted.
 *
 * The leader's name is kept as written (like the audit trail's actor name): the units below read the
 * words of a leader whose user record lies outside their scope.
 *
 * `unit_path` is the path of what was written on: the issuing office for the item and its feedback,
 * the reporting unit for a report (the writer's own scope holds both). Read by RLS like every table,
 * and an instruction on the item or its feedback also wherever the item itself is readable, so the
 * units working on it read the leader's words; one on a report stays with that report's chain.
 */
export class Instruction1765700000000 implements MigrationInterface {
  name = 'Instruction1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE instruction (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      item_id bigint NOT NULL,
      report_id bigint,
      target varchar(8) NOT NULL,
      kind varchar(24) NOT NULL,
      text text,
      leader_id bigint NOT NULL,
      leader_name varchar(64) NOT NULL,
      leader_unit_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      reopen_deadline timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT instruction_item_id_fkey FOREIGN KEY (item_id) REFERENCES supervision_item(id),
      CONSTRAINT instruction_report_id_fkey FOREIGN KEY (report_id) REFERENCES report(id),
      CONSTRAINT instruction_leader_id_fkey FOREIGN KEY (leader_id) REFERENCES app_user(id),
      CONSTRAINT instruction_leader_unit_id_fkey FOREIGN KEY (leader_unit_id) REFERENCES org_unit(id),
      CONSTRAINT instruction_report_target_check CHECK ((target = 'REPORT') = (report_id IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX instruction_item_idx ON instruction (item_id, id)`);
    await q.query(
      `CREATE INDEX instruction_report_idx ON instruction (report_id, id) WHERE report_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX instruction_unit_gist ON instruction USING gist (unit_path)`);
    await q.query(`ALTER TABLE instruction ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY instruction_read ON instruction FOR SELECT USING (
      tenant_id = (SELECT duban_tenant()) AND (unit_path <@ (SELECT duban_scope_path())
        OR (report_id IS NULL AND EXISTS (SELECT 1 FROM supervision_item i WHERE i.id = instruction.item_id))))`);
    await q.query(`CREATE POLICY instruction_write ON instruction FOR INSERT
      WITH CHECK (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON instruction FROM duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE instruction`);
  }
}
