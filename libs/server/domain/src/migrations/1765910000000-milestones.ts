import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 年度目标 by phase. The 节点计划 is a jsonb array on the item rather than a table of its own: it is
 * always read and replaced whole together with the item (every light evaluation needs it with the
 * item's row), it inherits the item's row-level security, and @duban/rules validates it before every
 * write; the checks here only keep its shape. A progress report may name the milestone it reports
 * for; 月报/季报 (report_cycle, due on report_due_day) are chased by the sweeper.
 */
export class Milestones1765910000000 implements MigrationInterface {
  name = 'Milestones1765910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision_item
      ADD COLUMN milestones jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN report_cycle varchar(12),
      ADD COLUMN report_due_day smallint,
      ADD CONSTRAINT supervision_item_milestones_check
        CHECK (jsonb_typeof(milestones) = 'array' AND jsonb_array_length(milestones) <= 12),
      ADD CONSTRAINT supervision_item_report_cycle_check
        CHECK (report_cycle IN ('MONTHLY', 'QUARTERLY') AND report_due_day BETWEEN 1 AND 28
               OR report_cycle IS NULL AND report_due_day IS NULL)`);
    await q.query(`ALTER TABLE progress_update ADD COLUMN milestone_seq smallint
      CONSTRAINT progress_update_milestone_seq_check CHECK (milestone_seq >= 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE progress_update DROP COLUMN milestone_seq`);
    await q.query(`ALTER TABLE supervision_item DROP COLUMN milestones, DROP COLUMN report_cycle,
      DROP COLUMN report_due_day`);
  }
}
