import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Manual light overrides of a roll-up (人工调整灯色): one per (item, unit), always with a reason; the
 * history lives in the audit trail. Scoped like every tenant row: visible in the unit's subtree scope.
 */
export class RollupOverride1764000000000 implements MigrationInterface {
  name = 'RollupOverride1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rollup_override (
      item_id bigint NOT NULL REFERENCES supervision_item(id),
      unit_id bigint NOT NULL REFERENCES org_unit(id),
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      light varchar(8) NOT NULL CHECK (light IN ('GREEN', 'YELLOW', 'RED')),
      reason text NOT NULL CHECK (length(btrim(reason)) > 0),
      created_by bigint NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (item_id, unit_id)
    )`);
    await q.query(`CREATE INDEX rollup_override_unit_idx ON rollup_override (unit_id)`);
    await q.query(`ALTER TABLE rollup_override ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY rollup_override_scope ON rollup_override
      USING (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rollup_override`);
  }
}
