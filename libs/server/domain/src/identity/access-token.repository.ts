import type { DataSource } from 'typeorm';
import { isId, Sql } from '../shared';
import { AccessTokenEntity } from './access-token.entity';

const COLUMNS = `t.id, t.tenant_id AS "tenantId", t.user_id AS "userId", t.org_unit_id AS "orgUnitId",
  t.unit_path::text AS "unitPath", t.name, t.display_prefix AS "displayPrefix", t.read_only AS "readOnly",
  t.expires_at AS "expiresAt", t.created_at AS "createdAt", t.last_used_at AS "lastUsedAt",
  t.revoked_at AS "revokedAt", t.revoked_by AS "revokedBy"`;

/** A token as listed: every column but the hash. */
export type AccessTokenRow = Omit<AccessTokenEntity, 'tokenHash' | 'user' | 'orgUnit' | 'revoker'>;

export interface NewAccessToken {
  tenantId: string;
  userId: string;
  orgUnitId: string;
  unitPath: string;
  name: string;
  tokenHash: string;
  displayPrefix: string;
  expiresAt: Date;
}

/** What `duban_auth_access_token` answers for a hash: the token, its owner now, the token's unit. */
export interface AccessTokenSignIn {
  token_id: string;
  id: string;
  tenant_id: string;
  org_unit_id: string;
  unit_path: string;
  roles: string[] | string;
  locale: string;
  active: boolean;
  within_owner: boolean;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

/** All SQL on personal_access_token (never deleted: a revoked token is kept as a record). */
export const accessTokenRepository = {
  async insert(db: Sql, t: NewAccessToken): Promise<AccessTokenRow> {
    const [row] = await db.query(
      `INSERT INTO personal_access_token AS t (tenant_id, user_id, org_unit_id, unit_path, name, token_hash,
         display_prefix, expires_at)
       VALUES ($1, $2, $3, $4::ltree, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [t.tenantId, t.userId, t.orgUnitId, t.unitPath, t.name, t.tokenHash, t.displayPrefix, t.expiresAt],
    );
    return row;
  },

  /**
   * The token, locked, if the caller's scope holds its unit; `ownerInScope` when it also holds its
   * owner (an administrator above the owner may revoke it).
   */
  async lock(db: Sql, id: string): Promise<(AccessTokenRow & { ownerInScope: boolean }) | null> {
    if (!isId(id)) return null;
    const [row] = await db.query(
      `SELECT ${COLUMNS}, u.id IS NOT NULL AS "ownerInScope"
         FROM personal_access_token t LEFT JOIN app_user u ON u.id = t.user_id
        WHERE t.id = $1 FOR UPDATE OF t`,
      [id],
    );
    return row ?? null;
  },

  async revoke(db: Sql, id: string, by: string): Promise<AccessTokenRow> {
    const [row] = await db.query(
      `WITH t AS (UPDATE personal_access_token SET revoked_at = now(), revoked_by = $2 WHERE id = $1 RETURNING *)
       SELECT ${COLUMNS} FROM t`,
      [id, by],
    );
    return row;
  },

  /** A user's tokens within the caller's scope, newest first. */
  ofUser(db: Sql, userId: string): Promise<AccessTokenRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM personal_access_token t WHERE t.user_id = $1 ORDER BY t.id DESC`,
      [userId],
    );
  },

  /** Tokens of the user neither revoked nor expired. */
  async liveCount(db: Sql, userId: string): Promise<number> {
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM personal_access_token
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [userId],
    );
    return row.n;
  },

  /** The sign-in lookup for TenantSession.openFor: `hash` is 64 hex digits, checked here. */
  signInSql(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('malformed token hash');
    return `SELECT * FROM duban_auth_access_token('${hash}')`;
  },

  /** Stamps last use (at most once a minute, in the function), on its own connection, committed. */
  async touch(dataSource: DataSource, id: string): Promise<void> {
    await dataSource.query(`SELECT duban_touch_access_token($1)`, [id]);
  },
};
