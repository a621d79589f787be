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
    await this.appendMany(em, actor, [e]);
  }

  /**
   * One event on each of many chains (distinct keys, e.g. 年度归档 of many items) in two statements:
   * the chains' last hashes, then one INSERT of every event linked to its own chain's last.
   */
  async appendMany(em: EntityManager, actor: Actor | null, events: readonly AuditInput[]): Promise<void> {
    if (!events.length) return;
    const keys = events.map((e) => e.chainKey);
    if (new Set(keys).size !== keys.length) throw new Error('appendMany: one event per chain');
    const prevRows: { chainKey: string; hash: string }[] = await em.query(
      `SELECT DISTINCT ON (chain_key) chain_key AS "chainKey", hash FROM audit_event
        WHERE chain_key = ANY($1::text[]) ORDER BY chain_key, id DESC`,
      [keys],
    );
    const prev = new Map(prevRows.map((r) => [r.chainKey, r.hash]));
    const at = new Date().toISOString();
    const rows = events.map((e) => {
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
      const prevHash = prev.get(e.chainKey) ?? null;
      return {
        ...fields,
        unitPath: e.unitPath,
        itemId: e.itemId ?? null,
        assignmentId: e.assignmentId ?? null,
        before: JSON.stringify(fields.before),
        after: JSON.stringify(fields.after),
        prevHash,
        hash: chainHash(prevHash, fields),
      };
    });
    await em.query(
      `INSERT INTO audit_event (tenant_id, unit_path, chain_key, item_id, assignment_id, action, actor_id, actor_name, at,
         before, after, text, prev_hash, hash)
       SELECT r."tenantId"::bigint, r."unitPath"::ltree, r."chainKey", r."itemId"::bigint, r."assignmentId"::bigint,
              r.action, r."actorId"::bigint, (SELECT display_name FROM app_user WHERE id = r."actorId"::bigint),
              r.at::timestamptz, r.before::jsonb, r.after::jsonb, r.text, r."prevHash", r.hash
         FROM jsonb_to_recordset($1::jsonb) AS r("tenantId" text, "unitPath" text, "chainKey" text, "itemId" text,
              "assignmentId" text, action text, "actorId" text, at text, before text, after text, text text,
              "prevHash" text, hash text)
        ORDER BY r."chainKey"`,
      [JSON.stringify(rows)],
    );
  }
}
