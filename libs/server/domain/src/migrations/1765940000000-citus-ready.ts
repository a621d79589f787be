import { MigrationInterface, QueryRunner } from 'typeorm';

const CLAIMABLE = `o.delivered_at IS NULL AND o.due_at <= now()
  AND (o.published_at IS NULL OR greatest(o.published_at, o.progressed_at) <= now() - p_silent_for)`;

/**
 * Statements a Citus coordinator can carry (docs/scale-out.md):
 *
 * - `duban_enter_scope`: sets the RLS scope with `SET LOCAL` (which Citus propagates to the worker
 *   nodes with `citus.propagate_set_commands = 'local'`; `set_config` it does not), for the sign-in
 *   path where the scope comes from a looked-up row. The values are quoted by `format('%L')`.
 * - The outbox relay claims per tenant (the distribution column): first the tenants with claimable
 *   rows (a read, no locks), then `FOR UPDATE SKIP LOCKED` within one tenant, one shard per statement;
 *   a multi-shard `FOR UPDATE` is what Citus refuses. Marking, and the consumer's doors (state,
 *   progress, delivered), take the tenant too (the job carries it).
 */
export class CitusReady1765940000000 implements MigrationInterface {
  name = 'CitusReady1765940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION duban_enter_scope(p_tenant bigint, p_path ltree)
      RETURNS boolean LANGUAGE plpgsql VOLATILE SET search_path = public
      AS $$ BEGIN
        EXECUTE format('SET LOCAL duban.tenant_id = %L', p_tenant::text);
        EXECUTE format('SET LOCAL duban.scope_path = %L', p_path::text);
        RETURN true;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_enter_scope(bigint, ltree) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_enter_scope(bigint, ltree) TO duban_app`);

    await q.query(`CREATE INDEX outbox_undelivered_tenant_idx ON outbox (tenant_id, due_at, id)
      WHERE delivered_at IS NULL`);
    await q.query(`CREATE FUNCTION duban_outbox_tenants(p_silent_for interval)
      RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.tenant_id FROM outbox o WHERE ${CLAIMABLE}
             GROUP BY o.tenant_id ORDER BY min(o.due_at) $$`);
    await q.query(`DROP FUNCTION duban_outbox_claim(int, interval)`);
    await q.query(`CREATE FUNCTION duban_outbox_claim(p_tenant bigint, p_limit int, p_silent_for interval)
      RETURNS TABLE (id bigint, tenant_id bigint, topic varchar, payload jsonb, publish_count int, progress bigint)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.id, o.tenant_id, o.topic, o.payload, o.publish_count, o.progress FROM outbox o
             WHERE o.tenant_id = p_tenant AND ${CLAIMABLE}
             ORDER BY o.due_at, o.id LIMIT least(greatest(p_limit, 1), 1000) FOR UPDATE SKIP LOCKED $$`);
    await q.query(`DROP FUNCTION duban_outbox_mark(bigint[])`);
    await q.query(`CREATE FUNCTION duban_outbox_mark(p_tenant bigint, p_ids bigint[])
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET published_at = now(), publish_count = publish_count + 1
             WHERE tenant_id = p_tenant AND id = ANY(p_ids) AND delivered_at IS NULL $$`);
    // The consumer's doors name the tenant too (the job carries it): one shard per FOR UPDATE / UPDATE.
    for (const fn of [
      'duban_outbox_state(bigint)',
      'duban_outbox_progress(bigint, bigint)',
      'duban_outbox_delivered(bigint)',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`CREATE FUNCTION duban_outbox_state(p_tenant bigint, p_id bigint)
      RETURNS TABLE (delivered boolean, progress bigint)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.delivered_at IS NOT NULL, o.progress FROM outbox o
             WHERE o.tenant_id = p_tenant AND o.id = p_id FOR UPDATE $$`);
    await q.query(`CREATE FUNCTION duban_outbox_progress(p_tenant bigint, p_id bigint, p_upto bigint)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET progress = greatest(coalesce(progress, p_upto), p_upto), progressed_at = now()
             WHERE tenant_id = p_tenant AND id = p_id AND delivered_at IS NULL $$`);
    await q.query(`CREATE FUNCTION duban_outbox_delivered(p_tenant bigint, p_id bigint)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET delivered_at = now() WHERE tenant_id = p_tenant AND id = p_id AND delivered_at IS NULL $$`);
    for (const fn of [
      'duban_outbox_tenants(interval)',
      'duban_outbox_claim(bigint, int, interval)',
      'duban_outbox_mark(bigint, bigint[])',
      'duban_outbox_state(bigint, bigint)',
      'duban_outbox_progress(bigint, bigint, bigint)',
      'duban_outbox_delivered(bigint, bigint)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO duban_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of [
      'duban_outbox_state(bigint, bigint)',
      'duban_outbox_progress(bigint, bigint, bigint)',
      'duban_outbox_delivered(bigint, bigint)',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
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
    await q.query(`DROP FUNCTION duban_outbox_mark(bigint, bigint[])`);
    await q.query(`CREATE FUNCTION duban_outbox_mark(p_ids bigint[])
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET published_at = now(), publish_count = publish_count + 1
             WHERE id = ANY(p_ids) AND delivered_at IS NULL $$`);
    await q.query(`DROP FUNCTION duban_outbox_claim(bigint, int, interval)`);
    await q.query(`CREATE FUNCTION duban_outbox_claim(p_limit int, p_silent_for interval)
      RETURNS TABLE (id bigint, tenant_id bigint, topic varchar, payload jsonb, publish_count int, progress bigint)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.id, o.tenant_id, o.topic, o.payload, o.publish_count, o.progress FROM outbox o
             WHERE ${CLAIMABLE}
             ORDER BY o.due_at, o.id LIMIT least(greatest(p_limit, 1), 1000) FOR UPDATE SKIP LOCKED $$`);
    for (const fn of [
      'duban_outbox_claim(int, interval)',
      'duban_outbox_mark(bigint[])',
      'duban_outbox_state(bigint)',
      'duban_outbox_progress(bigint, bigint)',
      'duban_outbox_delivered(bigint)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO duban_app`);
    }
    await q.query(`DROP FUNCTION duban_outbox_tenants(interval)`);
    await q.query(`DROP INDEX outbox_undelivered_tenant_idx`);
    await q.query(`DROP FUNCTION duban_enter_scope(bigint, ltree)`);
  }
}
