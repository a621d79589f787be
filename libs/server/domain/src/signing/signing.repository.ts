import { ActingSigner } from '@duban/rules';
import { isId, Sql } from '../shared';
import { SigningDelegationEntity } from './signing-delegation.entity';

/** A delegation as the services read it (dates as 'YYYY-MM-DD' text, never as JS dates). */
export type DelegationRow = Omit<SigningDelegationEntity, 'unit' | 'head' | 'delegate' | 'revoker'>;

const COLUMNS = `d.id, d.tenant_id AS "tenantId", d.unit_id AS "unitId", d.unit_path::text AS "unitPath",
  d.head_id AS "headId", d.delegate_id AS "delegateId", d.valid_from::text AS "validFrom", d.valid_to::text AS "validTo",
  d.reason, d.created_at AS "createdAt", d.revoked_at AS "revokedAt", d.revoked_by AS "revokedBy",
  d.revoke_reason AS "revokeReason"`;

const digits = (ids: readonly string[]) => ids.map(String).filter((id) => isId(id));

/** All SQL on signing_delegation. */
export const signingRepository = {
  async insert(
    db: Sql,
    d: {
      tenantId: string;
      unitId: string;
      unitPath: string;
      headId: string;
      delegateId: string;
      validFrom: string;
      validTo: string;
      reason: string | null;
    },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO signing_delegation (tenant_id, unit_id, unit_path, head_id, delegate_id, valid_from, valid_to, reason)
       VALUES ($1, $2, $3::ltree, $4, $5, $6::date, $7::date, $8) RETURNING id`,
      [d.tenantId, d.unitId, d.unitPath, d.headId, d.delegateId, d.validFrom, d.validTo, d.reason],
    );
    return String(row.id);
  },

  /** Serialises a head's delegations (overlap check, then insert) for the rest of the transaction. */
  async lockHead(db: Sql, headId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('duban.signing_delegation'), hashtext($1::text))`, [
      headId,
    ]);
  },

  /** The head's delegations not revoked and not over before `today` (what a new one may not overlap). */
  pendingOfHead(db: Sql, headId: string, today: string): Promise<DelegationRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM signing_delegation d
        WHERE d.head_id = $1 AND d.revoked_at IS NULL AND d.valid_to >= $2::date ORDER BY d.valid_from`,
      [headId, today],
    );
  },

  async find(db: Sql, id: string, opts: { lock: boolean } = { lock: false }): Promise<DelegationRow | null> {
    if (!isId(String(id))) return null;
    const [row] = await db.query(
      `SELECT ${COLUMNS} FROM signing_delegation d WHERE d.id = $1${opts.lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  },

  async revoke(db: Sql, id: string, by: string, reason: string | null): Promise<void> {
    await db.query(
      `UPDATE signing_delegation SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1`,
      [id, by, reason],
    );
  },

  /**
   * The delegations in force on `today` for each user (not revoked, the day within the period): one
   * statement for any number of users. `lock` share-locks them, so a revocation waits for the signature
   * that relies on it (and a signature after a committed revocation no longer finds it).
   */
  inForce(
    db: Sql,
    userIds: readonly string[],
    today: string,
    opts: { lock: boolean } = { lock: false },
  ): Promise<(ActingSigner & { delegateId: string; validFrom: string; validTo: string })[]> {
    return db.query(
      `SELECT d.id AS "delegationId", d.unit_id::text AS "unitId", d.head_id::text AS "headId",
              d.delegate_id::text AS "delegateId", d.valid_from::text AS "validFrom", d.valid_to::text AS "validTo"
         FROM signing_delegation d
        WHERE d.delegate_id = ANY ($1::bigint[]) AND d.revoked_at IS NULL
          AND d.valid_from <= $2::date AND d.valid_to >= $2::date
        ORDER BY d.id${opts.lock ? ' FOR SHARE' : ''}`,
      [digits(userIds), today],
    );
  },

  /** A unit's delegations, newest first (the head's list). */
  ofUnit(db: Sql, unitId: string, limit: number): Promise<DelegationRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM signing_delegation d WHERE d.unit_id = $1 ORDER BY d.id DESC LIMIT $2`,
      [unitId, limit],
    );
  },

  byIds(db: Sql, ids: readonly string[]): Promise<DelegationRow[]> {
    return db.query(`SELECT ${COLUMNS} FROM signing_delegation d WHERE d.id = ANY ($1::bigint[])`, [
      digits(ids),
    ]);
  },
};
