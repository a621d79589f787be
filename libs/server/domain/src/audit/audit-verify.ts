import { firstBrokenLink, StoredEvent } from './audit-chain';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface AuditVerification {
  chains: number;
  events: number;
  /** Chains whose stored history no longer hashes to what was written, with the first bad event. */
  broken: { chainKey: string; eventId: string }[];
}

/** The columns of `audit_event e` a chain is re-hashed from, named as StoredEvent's fields. */
export const STORED_EVENT_COLUMNS = `e.id::text AS id, e.tenant_id::text AS "tenantId", e.chain_key AS "chainKey",
  e.action, e.actor_id::text AS "actorId", e.at, e.before, e.after, e.text, e.prev_hash AS "prevHash", e.hash`;

/** A row selected with STORED_EVENT_COLUMNS as the hash saw it (char(64) padding trimmed). */
export function storedEvent(r: Record<string, unknown>): StoredEvent {
  return {
    id: String(r.id),
    tenantId: String(r.tenantId),
    chainKey: String(r.chainKey),
    action: String(r.action),
    actorId: r.actorId == null ? null : String(r.actorId),
    at: new Date(r.at as string).toISOString(),
    before: r.before ?? null,
    after: r.after ?? null,
    text: (r.text as string | null) ?? null,
    prevHash: (r.prevHash as string | null)?.trim() ?? null,
    hash: String(r.hash).trim(),
  };
}

/**
 * Re-hashes every audit chain (owner connection: all tenants). An edited, deleted or reordered event
 * shows up as the first link that no longer verifies.
 */
export function verifyAuditChains(query: Query, batch = 5000): Promise<AuditVerification> {
  return verifyChains(query, '', [], batch);
}

/**
 * Re-hashes every chain that has an event of the item (留痕核验), whole, as the caller's scope sees
 * it. Chains are picked by key, so an event whose item_id was edited away still counts in its chain.
 */
export function verifyItemChains(query: Query, itemId: string, batch = 5000): Promise<AuditVerification> {
  return verifyChains(
    query,
    'AND e.chain_key IN (SELECT chain_key FROM audit_event WHERE item_id = $3)',
    [itemId],
    batch,
  );
}

/** The one walk both verifiers share: each chain in id order, through firstBrokenLink. */
async function verifyChains(
  query: Query,
  filter: string,
  params: unknown[],
  batch: number,
): Promise<AuditVerification> {
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
      `SELECT ${STORED_EVENT_COLUMNS}
         FROM audit_event e WHERE (e.chain_key, e.id) > ($1, $2::bigint) ${filter}
        ORDER BY e.chain_key, e.id LIMIT ${batch}`,
      [...after, ...params],
    );
    for (const r of rows) {
      const event = storedEvent(r);
      if (current?.key !== event.chainKey) {
        close();
        current = { key: event.chainKey, events: [] };
      }
      result.events++;
      current.events.push(event);
    }
    if (rows.length < batch) break;
    const last = rows[rows.length - 1];
    after = [String(last.chainKey), String(last.id)];
  }
  close();
  return result;
}
