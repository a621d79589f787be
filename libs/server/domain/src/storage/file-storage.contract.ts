import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { FileStorage, storageKey, StorageObjectMissing } from './file-storage';

const TENANT = '11111111-1111-4111-8111-111111111111';

export async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks);
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/**
 * What every FileStorage adapter must do, one spec body for all of them: each adapter's spec calls
 * this with a factory for a fresh, empty store.
 */
export function fileStorageContract(name: string, make: () => Promise<FileStorage> | FileStorage): void {
  describe(`${name} (FileStorage contract)`, () => {
    let storage: FileStorage;
    beforeEach(async () => {
      storage = await make();
    });

    it('stores a stream, reports size and SHA-256 of what it wrote, and reads it back', async () => {
      const key = storageKey(TENANT, 'evidence', randomUUID(), new Date('2026-11-27T00:00:00Z'));
      const body = '佐证材料'.repeat(1000);
      const stored = await storage.put(key, Readable.from([Buffer.from(body)]), 'text/plain');
      expect(stored).toEqual({ size: Buffer.byteLength(body), sha256: sha256(body) });
      expect((await bytesOf(await storage.get(key))).toString('utf8')).toBe(body);
    });

    it('streams an object larger than one upload part in many small chunks', async () => {
      const key = storageKey('7', 'export', randomUUID());
      const body = randomBytes(11 * 1024 * 1024 + 17);
      const chunks = Array.from({ length: Math.ceil(body.length / 65_536) }, (_, i) =>
        body.subarray(i * 65_536, (i + 1) * 65_536),
      );
      const stored = await storage.put(key, Readable.from(chunks), 'application/octet-stream');
      expect(stored).toEqual({ size: body.length, sha256: sha256(body) });
      expect(sha256(await bytesOf(await storage.get(key)))).toBe(sha256(body));
    });

    it('stores a buffer and replaces an object under the same key', async () => {
      const key = storageKey(TENANT, 'evidence', randomUUID());
      await storage.put(key, Buffer.from('first'), 'text/plain');
      expect(await storage.put(key, Buffer.from('second'), 'text/plain')).toEqual({
        size: 6,
        sha256: sha256('second'),
      });
      expect((await bytesOf(await storage.get(key))).toString()).toBe('second');
    });

    it('says which object is missing and deletes idempotently', async () => {
      const key = storageKey(TENANT, 'export', randomUUID());
      await expect(storage.get(key)).rejects.toBeInstanceOf(StorageObjectMissing);
      await storage.put(key, Buffer.from('x'), 'text/plain');
      await storage.delete(key);
      await storage.delete(key);
      await expect(storage.get(key)).rejects.toBeInstanceOf(StorageObjectMissing);
    });

    it('refuses keys that could leave their prefix, before touching the store', async () => {
      const id = randomUUID();
      expect(() => storageKey('../../etc', 'evidence', id)).toThrow('Malformed storage key');
      expect(() => storageKey(TENANT, 'evidence', '../passwd')).toThrow('Malformed storage key');
      await expect(storage.get(`${TENANT}/evidence/2026/../../x`)).rejects.toThrow('Malformed storage key');
      await expect(
        storage.put(`${TENANT}/evidence/2026/../${id}`, Buffer.from('x'), 'text/plain'),
      ).rejects.toThrow('Malformed storage key');
      await expect(storage.delete(`/${TENANT}/evidence/2026/${id}`)).rejects.toThrow('Malformed storage key');
    });
  });
}
