import { firstBrokenLink, StoredEvent } from './audit-chain';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface AuditVerification {
  chains: number;
  events: number;
  /** Chains whose stored history no longer hashes to what was written, with the first bad event. */
  broken: { chainKey: string; eventId: string }[];
}

/**
 * Re-hashes every audit chain (owner connection: all tenants). An edited, deleted or reordered event
 * shows up as the first link that no longer verifies.
 */
export async function verifyAuditChains(query: Query, batch = 5000): Promise<AuditVerification> {
  const result: AuditVerification = { chains: 0, events: 0, broken: [] };
  let current = null as { key: string; events: StoredEvent[] } | null;
  const close = () => {
    if (!current) return;
    result.chains++;
    const bad = firstBrokenLink(current.events);
    if (bad) result.broken.push({ chainKey: current.key, eventId: bad });
  };
  let after: [string, string] = ['', '0'];
  for (;;) {
    // Keyset over (chain_key, id) keeps memory flat on millions of events. Order by the bigint column,
    // not the text alias of the same name (which would put 138 before 28).
    const rows = await query(
      `SELECT e.id::text AS id, e.tenant_id::text AS "tenantId", chain_key AS "chainKey", action, actor_id::text AS "actorId",
              at, before, after, text, prev_hash AS "prevHash", hash
         FROM audit_event e WHERE (e.chain_key, e.id) > ($1, $2::bigint) ORDER BY e.chain_key, e.id LIMIT ${batch}`,
      after,
    );
    for (const r of rows) {
      const key = String(r.chainKey);
      if (current?.key !== key) {
        close();
        current = { key, events: [] };
      }
      result.events++;
      current.events.push({
        id: String(r.id),
        tenantId: String(r.tenantId),
        chainKey: key,
        action: String(r.action),
        actorId: r.actorId == null ? null : String(r.actorId),
        at: new Date(r.at as string).toISOString(),
        before: r.before ?? null,
        after: r.after ?? null,
        text: (r.text as string | null) ?? null,
        prevHash: (r.prevHash as string | null)?.trim() ?? null,
        hash: String(r.hash).trim(),
      });
    }
    if (rows.length < batch) break;
    const last = rows[rows.length - 1];
    after = [String(last.chainKey), String(last.id)];
  }
  close();
  return result;
}
