import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 退回交办, 改派 and 撤回 (refuse and reassign). A unit may return a new assignment before signing
 * for it: the row is withdrawn with `declined` and its reason (`withdrawn_reason`, which also holds
 * the reason of a single assignment the assigning office withdrew on its own). The office gives a
 * returned or withdrawn assignment to another unit: a new row, and the old one points at it
 * (`reassigned_to`). No roll-up counter changes: a returned row counts as withdrawn.
 */
export class Reassignment1764600000000 implements MigrationInterface {
  name = 'Reassignment1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignment ADD COLUMN declined boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE assignment ADD COLUMN withdrawn_reason text`);
    await q.query(
      `ALTER TABLE assignment ADD COLUMN reassigned_to bigint CONSTRAINT assignment_reassigned_to_fkey REFERENCES assignment(id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignment DROP COLUMN reassigned_to`);
    await q.query(`ALTER TABLE assignment DROP COLUMN withdrawn_reason`);
    await q.query(`ALTER TABLE assignment DROP COLUMN declined`);
  }
}
