import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 消息通知: one row per (outbox event, recipient), written by the event consumer, read by the recipient.
 * Plus the relay's claim function, which locks pending outbox rows across tenants.
 */
export class Notification1763900000000 implements MigrationInterface {
  name = 'Notification1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      user_id bigint NOT NULL REFERENCES app_user(id),
      unit_path ltree NOT NULL,
      event_id bigint NOT NULL,
      topic varchar(60) NOT NULL,
      title_zh text NOT NULL,
      title_en text NOT NULL,
      item_id bigint,
      assignment_id bigint,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      CONSTRAINT notification_event_id_user_id_key UNIQUE (event_id, user_id)
    )`);
    // The inbox (newest first, a backward scan) and the unread badge; both start from the user id,
    // an equality RLS does not stop the planner from using.
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, id)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);

    // RLS knows tenant and subtree, not users: the policy bounds what a session can touch at all, and
    // every application query adds user_id = caller on top (a colleague's rows stay filtered out).
    await q.query(`ALTER TABLE notification ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY notification_scope ON notification
      USING (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())`);
    // A read receipt is the only change a recipient may make.
    await q.query(`REVOKE UPDATE ON notification FROM duban_app`);
    await q.query(`GRANT UPDATE (read_at) ON notification TO duban_app`);

    /*
     * The relay serves every tenant, so no single scope can see all pending rows through RLS, and
     * widening the outbox policy would expose other tenants' events to every session. This definer
     * function is the narrow door: it only returns and row-locks the oldest pending rows, in the
     * caller's transaction (SKIP LOCKED lets several relays share the work); duban_outbox_mark then
     * sets published_at in that same transaction, after the queue has accepted the jobs.
     */
    await q.query(`CREATE FUNCTION duban_outbox_claim(p_limit int)
      RETURNS TABLE (id bigint, tenant_id bigint, topic varchar, payload jsonb)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ SELECT o.id, o.tenant_id, o.topic, o.payload FROM outbox o WHERE o.published_at IS NULL
            ORDER BY o.id LIMIT least(greatest(p_limit, 1), 1000) FOR UPDATE SKIP LOCKED $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_outbox_claim(int) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_outbox_claim(int) TO duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_outbox_claim(int)`);
    await q.query(`DROP TABLE notification`);
  }
}
