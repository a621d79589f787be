import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox lag for the metrics endpoint: how many events are due and not confirmed, and how long the
 * oldest has waited. Across tenants (no scope sees them all), so a narrow definer function that
 * returns two numbers and nothing of any event.
 */
export class OutboxLag1765800000001 implements MigrationInterface {
  name = 'OutboxLag1765800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION duban_outbox_lag()
      RETURNS TABLE (pending bigint, lag_seconds double precision)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT count(*), coalesce(extract(epoch FROM now() - min(due_at)), 0)::double precision
              FROM outbox WHERE delivered_at IS NULL AND due_at <= now() $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_outbox_lag() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_outbox_lag() TO duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_outbox_lag()`);
  }
}
