import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 编辑: every change of an item bumps its version, so an edit made on a stale form (the item changed
 * since the editor loaded it) is refused with CONFLICT instead of overwriting the other change.
 */
export class ItemVersion1765930000000 implements MigrationInterface {
  name = 'ItemVersion1765930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision_item ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision_item DROP COLUMN version`);
  }
}
