import { createHash } from 'node:crypto';

/** The fields an audit hash covers; editing any of them afterwards breaks the chain. */
export interface ChainedFields {
  tenantId: string;
  chainKey: string;
  action: string;
  actorId: string | null;
  at: string;
  before: unknown;
  after: unknown;
  text: string | null;
}

/** JSON with sorted keys, so the same content always hashes the same. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  // As JSON.stringify stores it (a Date as its ISO string), or the stored event would not verify.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return canonical((value as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string | null, fields: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonical(fields))
    .digest('hex');
}

export interface StoredEvent extends ChainedFields {
  id: string;
  prevHash: string | null;
  hash: string;
}

/** Walks one chain in id order; returns the id of the first event that does not verify, or null. */
export function firstBrokenLink(events: StoredEvent[]): string | null {
  let prev: string | null = null;
  for (const e of events) {
    if (e.prevHash !== prev) return e.id;
    const { id: _id, prevHash: _p, hash, ...fields } = e;
    if (chainHash(prev, fields) !== hash) return e.id;
    prev = hash;
  }
  return null;
}
