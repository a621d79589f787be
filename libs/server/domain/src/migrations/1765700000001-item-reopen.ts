import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 复查复议: a concluded item can be reopened. The item keeps when it was first concluded (the year its
 * closing counts in), how often and when it was last reopened, and why: 复查复议率 = items reopened ÷
 * items closed per issuing office and year. Items concluded before take their first 结果反馈 time from
 * the audit trail.
 */
export class ItemReopen1765700000001 implements MigrationInterface {
  name = 'ItemReopen1765700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision_item
      ADD COLUMN first_concluded_at timestamptz,
      ADD COLUMN reopen_count int NOT NULL DEFAULT 0,
      ADD COLUMN reopened_at timestamptz,
      ADD COLUMN reopen_reason text`);
    await q.query(`UPDATE supervision_item i SET first_concluded_at = coalesce(
        (SELECT min(e.at) FROM audit_event e WHERE e.item_id = i.id AND e.action = 'item.feedback'), i.updated_at)
      WHERE i.status IN ('CONCLUDED', 'ARCHIVED')`);
    await q.query(`CREATE INDEX supervision_item_concluded_idx ON supervision_item (tenant_id, first_concluded_at)
      WHERE first_concluded_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX supervision_item_concluded_idx`);
    await q.query(`ALTER TABLE supervision_item DROP COLUMN first_concluded_at, DROP COLUMN reopen_count,
      DROP COLUMN reopened_at, DROP COLUMN reopen_reason`);
  }
}
