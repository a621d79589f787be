import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions along the chain: a request beyond the deciding office's own deadline is forwarded to
 * the office above (`forwarded_to`, with the forwarding office's opinion), and the assignment shows
 * that its pending request now waits upstairs. A unit may cancel its own pending request.
 */
export class ExtensionChain1764400000000 implements MigrationInterface {
  name = 'ExtensionChain1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignment ADD COLUMN extension_forwarded boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE extension_request ADD COLUMN forwarded_to bigint REFERENCES extension_request(id)`,
    );
    await q.query(`ALTER TABLE extension_request ADD COLUMN forward_opinion text`);
    await q.query(
      `CREATE INDEX extension_request_forwarded_to_idx ON extension_request (forwarded_to) WHERE forwarded_to IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX extension_request_forwarded_to_idx`);
    await q.query(`ALTER TABLE extension_request DROP COLUMN forward_opinion`);
    await q.query(`ALTER TABLE extension_request DROP COLUMN forwarded_to`);
    await q.query(`ALTER TABLE assignment DROP COLUMN extension_forwarded`);
  }
}
