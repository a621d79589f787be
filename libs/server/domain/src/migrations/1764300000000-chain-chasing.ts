import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chasing along the chain: the sweeper chases missing 签收 (assignments still ASSIGNED after the
 * 签收时限), so it reads unsigned assignments per tenant by creation time. A small partial index: an
 * assignment leaves it as soon as it is signed for.
 */
export class ChainChasing1764300000000 implements MigrationInterface {
  name = 'ChainChasing1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX assignment_unsigned_idx ON assignment (tenant_id, created_at) WHERE status = 'ASSIGNED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assignment_unsigned_idx`);
  }
}
