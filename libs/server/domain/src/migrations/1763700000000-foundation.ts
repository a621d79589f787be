import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Org tree, users and the row-level-security core.
 * Scope travels in two transaction-local settings (duban.tenant_id, duban.scope_path); empty or
 * missing settings become NULL, so a forgotten scope matches no row (fail closed). The subtree
 * predicate lives inside the policies, where the GiST index on path can still be used.
 */
export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS ltree`);
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'duban_app') THEN
        CREATE ROLE duban_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
      END IF; END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO duban_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO duban_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO duban_app`);

    await q.query(`CREATE FUNCTION duban_tenant() RETURNS bigint LANGUAGE sql STABLE
      AS $$ SELECT NULLIF(current_setting('duban.tenant_id', true), '')::bigint $$`);
    await q.query(`CREATE FUNCTION duban_scope_path() RETURNS ltree LANGUAGE sql STABLE
      AS $$ SELECT NULLIF(current_setting('duban.scope_path', true), '')::ltree $$`);

    await q.query(`CREATE TYPE org_kind AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'DEPARTMENT')`);
    await q.query(`CREATE TABLE org_unit (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      parent_id bigint REFERENCES org_unit(id),
      path ltree NOT NULL,
      kind org_kind NOT NULL,
      subtype varchar(16),
      name varchar(100) NOT NULL,
      code varchar(32) NOT NULL,
      depth smallint NOT NULL,
      sort int NOT NULL DEFAULT 0
    )`);
    await q.query(`CREATE UNIQUE INDEX org_unit_code_key ON org_unit (code)`);
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_id, sort)`);
    await q.query(`CREATE INDEX org_unit_path_gist ON org_unit USING gist (path)`);
    await q.query(`CREATE INDEX org_unit_tenant_kind_idx ON org_unit (tenant_id, kind)`);
    await q.query(`ALTER TABLE org_unit ENABLE ROW LEVEL SECURITY`);
    // Own subtree plus own ancestors (breadcrumbs); siblings stay invisible.
    await q.query(`CREATE POLICY org_unit_read ON org_unit FOR SELECT USING (
      tenant_id = duban_tenant() AND (path <@ duban_scope_path() OR path @> duban_scope_path()))`);
    await q.query(`CREATE POLICY org_unit_write ON org_unit FOR ALL USING (
      tenant_id = duban_tenant() AND path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND path <@ duban_scope_path())`);

    await q.query(`CREATE TYPE user_role AS ENUM ('ADMIN', 'LEADER', 'SUPERVISOR', 'HEAD', 'LIAISON')`);
    await q.query(`CREATE TABLE app_user (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      org_unit_id bigint NOT NULL REFERENCES org_unit(id),
      unit_path ltree NOT NULL,
      username varchar(64) NOT NULL,
      display_name varchar(64) NOT NULL,
      password_hash text NOT NULL,
      roles user_role[] NOT NULL,
      locale varchar(8) NOT NULL DEFAULT 'zh-CN',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX app_user_username_key ON app_user (username)`);
    await q.query(`CREATE INDEX app_user_org_unit_idx ON app_user (org_unit_id)`);
    await q.query(`CREATE INDEX app_user_path_gist ON app_user USING gist (unit_path)`);
    await q.query(`ALTER TABLE app_user ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY app_user_scope ON app_user USING (
      tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())`);

    // Login and token checks happen before any scope exists: narrow definer functions, not a policy hole.
    await q.query(`CREATE FUNCTION duban_auth_by_username(p_username text)
      RETURNS TABLE (id bigint, password_hash text, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT id, password_hash, active FROM app_user WHERE username = p_username $$`);
    await q.query(`CREATE FUNCTION duban_auth_session(p_user_id bigint)
      RETURNS TABLE (id bigint, tenant_id bigint, org_unit_id bigint, unit_path ltree, roles user_role[], locale varchar, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT u.id, u.tenant_id, u.org_unit_id, o.path, u.roles, u.locale, u.active
            FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = p_user_id $$`);
    for (const fn of ['duban_auth_by_username(text)', 'duban_auth_session(bigint)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO duban_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_auth_session(bigint)`);
    await q.query(`DROP FUNCTION duban_auth_by_username(text)`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TYPE user_role`);
    await q.query(`DROP TABLE org_unit`);
    await q.query(`DROP TYPE org_kind`);
    await q.query(`DROP FUNCTION duban_scope_path()`);
    await q.query(`DROP FUNCTION duban_tenant()`);
  }
}
