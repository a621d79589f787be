import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery is confirmed in PostgreSQL, not assumed from Redis. Until now an outbox row was done once
 * the relay had handed it to the queue (`published_at`); a job lost with Redis, or failed for good,
 * lost its event. Now:
 *
 * - `due_at`: when the event may go out (quiet hours set it later). The relay claims only due rows, so
 *   delayed work waits in PostgreSQL, not as a delayed job in Redis.
 * - `delivered_at`: set by the consumer in the transaction that commits its effect; only then is the
 *   event done.
 * - `progress` / `progressed_at`: how far a chunked fan-out got (the last assignment id notified) and
 *   when, committed with each chunk, so a redelivered job resumes there.
 * - `publish_count`: how often the relay handed it to the queue (each re-publish gets a new job id).
 *
 * The relay claims rows not delivered, due, and either never published or silent (no publish or
 * progress) for longer than its redelivery timeout.
 */
export class OutboxDelivery1765800000000 implements MigrationInterface {
  name = 'OutboxDelivery1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox
      ADD COLUMN due_at timestamptz,
      ADD COLUMN delivered_at timestamptz,
      ADD COLUMN progress bigint,
      ADD COLUMN progressed_at timestamptz,
      ADD COLUMN publish_count int NOT NULL DEFAULT 0`);
    // Rows published before this change count as delivered: their consumers ran on the old contract.
    await q.query(`UPDATE outbox SET due_at = coalesce((payload->>'deliverAfter')::timestamptz, created_at),
      delivered_at = published_at`);
    await q.query(
      `ALTER TABLE outbox ALTER COLUMN due_at SET DEFAULT now(), ALTER COLUMN due_at SET NOT NULL`,
    );
    await q.query(`DROP INDEX outbox_pending_idx`);
    await q.query(`CREATE INDEX outbox_undelivered_idx ON outbox (due_at, id) WHERE delivered_at IS NULL`);

    await q.query(`DROP FUNCTION duban_outbox_claim(int)`);
    await q.query(`CREATE FUNCTION duban_outbox_claim(p_limit int, p_silent_for interval)
      RETURNS TABLE (id bigint, tenant_id bigint, topic varchar, payload jsonb, publish_count int, progress bigint)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.id, o.tenant_id, o.topic, o.payload, o.publish_count, o.progress FROM outbox o
             WHERE o.delivered_at IS NULL AND o.due_at <= now()
               AND (o.published_at IS NULL OR greatest(o.published_at, o.progressed_at) <= now() - p_silent_for)
             ORDER BY o.due_at, o.id LIMIT least(greatest(p_limit, 1), 1000) FOR UPDATE SKIP LOCKED $$`);
    await q.query(`CREATE OR REPLACE FUNCTION duban_outbox_mark(p_ids bigint[])
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET published_at = now(), publish_count = publish_count + 1
             WHERE id = ANY(p_ids) AND delivered_at IS NULL $$`);
    // The consumer's doors, called in the transaction of its effect: where a chunked fan-out stands,
    // and that the event is done. Both only move forward.
    // Locks the row: two consumers of one event (a redelivery while the first still runs) take turns
    // chunk by chunk instead of notifying the same chunk twice over.
    await q.query(`CREATE FUNCTION duban_outbox_state(p_id bigint)
      RETURNS TABLE (delivered boolean, progress bigint)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.delivered_at IS NOT NULL, o.progress FROM outbox o WHERE o.id = p_id FOR UPDATE $$`);
    await q.query(`CREATE FUNCTION duban_outbox_progress(p_id bigint, p_upto bigint)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET progress = greatest(coalesce(progress, p_upto), p_upto), progressed_at = now()
             WHERE id = p_id AND delivered_at IS NULL $$`);
    await q.query(`CREATE FUNCTION duban_outbox_delivered(p_id bigint)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET delivered_at = now() WHERE id = p_id AND delivered_at IS NULL $$`);
    for (const fn of [
      'duban_outbox_claim(int, interval)',
      'duban_outbox_state(bigint)',
      'duban_outbox_progress(bigint, bigint)',
      'duban_outbox_delivered(bigint)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO duban_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of [
      'duban_outbox_claim(int, interval)',
      'duban_outbox_state(bigint)',
      'duban_outbox_progress(bigint, bigint)',
      'duban_outbox_delivered(bigint)',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`CREATE OR REPLACE FUNCTION duban_outbox_mark(p_ids bigint[])
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET published_at = now() WHERE id = ANY(p_ids) AND published_at IS NULL $$`);
    await q.query(`CREATE FUNCTION duban_outbox_claim(p_limit int)
      RETURNS TABLE (id bigint, tenant_id bigint, topic varchar, payload jsonb)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.id, o.tenant_id, o.topic, o.payload FROM outbox o WHERE o.published_at IS NULL
            ORDER BY o.id LIMIT least(greatest(p_limit, 1), 1000) FOR UPDATE SKIP LOCKED $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_outbox_claim(int) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_outbox_claim(int) TO duban_app`);
    await q.query(`DROP INDEX outbox_undelivered_idx`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE published_at IS NULL`);
    await q.query(`ALTER TABLE outbox DROP COLUMN due_at, DROP COLUMN delivered_at, DROP COLUMN progress,
      DROP COLUMN progressed_at, DROP COLUMN publish_count`);
  }
}
