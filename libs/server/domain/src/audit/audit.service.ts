import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@duban/platform';
import { chainHash } from './audit-chain';

export interface AuditInput {
  /** One chain per entity, e.g. `item:12` or `assignment:345`. */
  chainKey: string;
  /** Needed when there is no actor (the sweeper); otherwise the actor's tenant. */
  tenantId?: string;
  unitPath: string;
  itemId?: string | null;
  assignmentId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  text?: string | null;
}

/**
 * 全流程留痕: append-only and hash-chained. Callers hold the entity's row lock while appending,
 * so each chain grows strictly in order.
 */
@Injectable()
export class AuditService {
  async append(em: EntityManager, actor: Actor | null, e: AuditInput): Promise<void> {
    const [prev] = await em.query(
      `SELECT hash FROM audit_event WHERE chain_key = $1 ORDER BY id DESC LIMIT 1`,
      [e.chainKey],
    );
    const prevHash: string | null = prev?.hash ?? null;
    const at = new Date().toISOString();
    const fields = {
      tenantId: actor?.tenantId ?? e.tenantId ?? '',
      chainKey: e.chainKey,
      action: e.action,
      actorId: actor?.userId ?? null,
      at,
      before: e.before ?? null,
      after: e.after ?? null,
      text: e.text ?? null,
    };
    await em.query(
      `INSERT INTO audit_event (tenant_id, unit_path, chain_key, item_id, assignment_id, action, actor_id, actor_name, at,
         before, after, text, prev_hash, hash)
       VALUES ($1, $2::ltree, $3, $4, $5, $6, $7, (SELECT display_name FROM app_user WHERE id = $7), $8, $9, $10, $11, $12, $13)`,
      [
        fields.tenantId,
        e.unitPath,
        e.chainKey,
        e.itemId ?? null,
        e.assignmentId ?? null,
        e.action,
        fields.actorId,
        at,
        JSON.stringify(fields.before),
        JSON.stringify(fields.after),
        fields.text,
        prevHash,
        chainHash(prevHash, fields),
      ],
    );
  }
}
