import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Token revocation: `app_user.tokens_valid_after` is set when a user is deactivated or their password
 * is reset; a token whose `iat` is earlier is refused (the comparison, with JWT's whole seconds, is
 * `tokenRevoked` in @duban/rules). Reactivation leaves it alone, so old tokens stay dead.
 *
 * `duban_auth_session` returns the new column. Its result type changes, which `CREATE OR REPLACE`
 * cannot do, so it is dropped and created again in this transaction, with the same security
 * properties: SECURITY DEFINER owned by the owner role, `search_path` pinned, STABLE, EXECUTE only
 * for duban_app.
 */
export class TokenRevocation1764800000000 implements MigrationInterface {
  name = 'TokenRevocation1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN tokens_valid_after timestamptz`);
    await q.query(`DROP FUNCTION duban_auth_session(bigint)`);
    await q.query(`CREATE FUNCTION duban_auth_session(p_user_id bigint)
      RETURNS TABLE (id bigint, tenant_id bigint, org_unit_id bigint, unit_path ltree, roles user_role[],
                     locale varchar, active boolean, tokens_valid_after timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT u.id, u.tenant_id, u.org_unit_id, o.path, u.roles, u.locale, u.active, u.tokens_valid_after
            FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = p_user_id $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_auth_session(bigint) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_auth_session(bigint) TO duban_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_auth_session(bigint)`);
    await q.query(`CREATE FUNCTION duban_auth_session(p_user_id bigint)
      RETURNS TABLE (id bigint, tenant_id bigint, org_unit_id bigint, unit_path ltree, roles user_role[], locale varchar, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT u.id, u.tenant_id, u.org_unit_id, o.path, u.roles, u.locale, u.active
            FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = p_user_id $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_auth_session(bigint) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_auth_session(bigint) TO duban_app`);
    await q.query(`ALTER TABLE app_user DROP COLUMN tokens_valid_after`);
  }
}
