import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay hands an event over again only when its last job is really gone (lost with Redis, failed,
 * or taken by a consumer that went silent). A job still waiting in the queue behind a backlog is not
 * silent: the relay restarts the event's silence clock instead of adding another job. Without this a
 * backlog longer than OUTBOX_REDELIVER_AFTER_MS (the 07:00 end of quiet hours, a worker catching up)
 * was re-published every timeout, each pass adding one more no-op job per waiting event (found by the
 * chaos suite: 3,507 urge notices released at once were published up to 11 times each).
 */
export class OutboxStillQueued1765950000000 implements MigrationInterface {
  name = 'OutboxStillQueued1765950000000';

  async up(q: QueryRunner): Promise<void> {
    // Names the tenant like the other relay doors: one shard per UPDATE on a distributed outbox.
    await q.query(`CREATE FUNCTION duban_outbox_still_queued(p_tenant bigint, p_ids bigint[])
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET published_at = now()
             WHERE tenant_id = p_tenant AND id = ANY(p_ids) AND delivered_at IS NULL $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_outbox_still_queued(bigint, bigint[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_outbox_still_queued(bigint, bigint[]) TO duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_outbox_still_queued(bigint, bigint[])`);
  }
}
