import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 访问令牌: personal access tokens with which leaders' outside tools read progress without a password.
 * A row per token: whose (user), over which unit's subtree (org_unit_id, its path copied to unit_path
 * for RLS as everywhere), a name, the SHA-256 of the secret (the secret itself is shown once and never
 * stored), its first characters for lists, an expiry (always set, at most a year), when it was last
 * used and when and by whom it was revoked. Read-only is the only kind (the check says so: a write
 * token would need its own rules). Never deleted by the app role: a revoked token is a record.
 *
 * Sign-in reads a token by its hash before any scope exists, so `duban_auth_access_token` does it as
 * `duban_auth_session` does for a user: SECURITY DEFINER owned by the owner role, `search_path` pinned,
 * EXECUTE only for duban_app; it answers the token's state and the owner's, the caller decides.
 * `duban_touch_access_token` stamps last_used_at at most once a minute, outside the request's
 * transaction (one statement, no scope needed).
 */
export class AccessToken1765900000000 implements MigrationInterface {
  name = 'AccessToken1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE personal_access_token (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      user_id bigint NOT NULL,
      org_unit_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      name varchar(64) NOT NULL,
      token_hash varchar(64) NOT NULL,
      display_prefix varchar(16) NOT NULL,
      read_only boolean NOT NULL DEFAULT true,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      revoked_by bigint,
      CONSTRAINT personal_access_token_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id),
      CONSTRAINT personal_access_token_org_unit_id_fkey FOREIGN KEY (org_unit_id) REFERENCES org_unit(id),
      CONSTRAINT personal_access_token_revoked_by_fkey FOREIGN KEY (revoked_by) REFERENCES app_user(id),
      CONSTRAINT personal_access_token_read_only_check CHECK (read_only)
    )`);
    await q.query(`CREATE UNIQUE INDEX personal_access_token_hash_key ON personal_access_token (token_hash)`);
    // "My tokens", newest first.
    await q.query(`CREATE INDEX personal_access_token_user_idx ON personal_access_token (user_id, id)`);
    await q.query(`ALTER TABLE personal_access_token ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY personal_access_token_scope ON personal_access_token
      USING (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))
      WITH CHECK (tenant_id = (SELECT duban_tenant()) AND unit_path <@ (SELECT duban_scope_path()))`);
    await q.query(`REVOKE DELETE, TRUNCATE ON personal_access_token FROM duban_app`);

    await q.query(`CREATE FUNCTION duban_auth_access_token(p_hash text)
      RETURNS TABLE (token_id bigint, id bigint, tenant_id bigint, org_unit_id bigint, unit_path ltree,
                     roles user_role[], locale varchar, active boolean, within_owner boolean,
                     expires_at timestamptz, revoked_at timestamptz, last_used_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT t.id, u.id, u.tenant_id, t.org_unit_id, o.path, u.roles, u.locale, u.active,
                   o.tenant_id = u.tenant_id AND o.path <@ uo.path, t.expires_at, t.revoked_at, t.last_used_at
              FROM personal_access_token t
              JOIN app_user u ON u.id = t.user_id
              JOIN org_unit o ON o.id = t.org_unit_id
              JOIN org_unit uo ON uo.id = u.org_unit_id
             WHERE t.token_hash = p_hash $$`);
    await q.query(`CREATE FUNCTION duban_touch_access_token(p_id bigint) RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ UPDATE personal_access_token SET last_used_at = now()
             WHERE id = p_id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') $$`);
    for (const fn of ['duban_auth_access_token(text)', 'duban_touch_access_token(bigint)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO duban_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_touch_access_token(bigint)`);
    await q.query(`DROP FUNCTION duban_auth_access_token(text)`);
    await q.query(`DROP TABLE personal_access_token`);
  }
}
