import { Readable } from 'node:stream';

/** What an adapter measured while writing an object: the bytes it actually stored. */
export interface StoredObject {
  size: number;
  /** Lower-case hex SHA-256 of the stored bytes. */
  sha256: string;
}

/**
 * The storage port: where file bytes live (evidence, generated forms, exports). Rows in PostgreSQL
 * hold the metadata and the key; adapters hold only bytes. Keys are made by `storageKey` and never
 * come from a client, so an adapter may trust their shape.
 */
export interface FileStorage {
  /** Stores the bytes under a new key and reports their size and hash. */
  put(key: string, body: Readable | Buffer, contentType: string): Promise<StoredObject>;
  /** The object's bytes as a stream; rejects with `StorageObjectMissing` if there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/** Injection token of the configured adapter (`STORAGE_DRIVER`). */
export const FILE_STORAGE = Symbol('FileStorage');

export class StorageObjectMissing extends Error {
  constructor(readonly key: string) {
    super(`No stored object under ${key}`);
  }
}

/**
 * tenant/kind/yyyy/uuid: the tenant's decimal id (tenants are bigint rows) or a UUID, then lower-case
 * ids only, so no key can climb out of its prefix.
 */
const KEY = /^(?:[1-9]\d{0,18}|[0-9a-f-]{36})\/[a-z-]{1,32}\/\d{4}\/[0-9a-f-]{36}$/;

export function storageKey(tenantId: string, kind: string, id: string, at = new Date()): string {
  const key = `${tenantId}/${kind}/${at.getUTCFullYear()}/${id}`;
  assertStorageKey(key);
  return key;
}

export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Malformed storage key: ${key}`);
}
