import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FileStorage, storageKey, StorageObjectMissing } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

const TENANT = '11111111-1111-4111-8111-111111111111';
const ID = '22222222-2222-4222-8222-222222222222';

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('LocalFileStorage', () => {
  let root: string;
  let storage: FileStorage;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'duban-files-'));
    storage = new LocalFileStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores a stream, reports size and SHA-256 of what it wrote, and reads it back', async () => {
    const key = storageKey(TENANT, 'evidence', ID, new Date('2026-11-27T00:00:00Z'));
    const body = '佐证材料'.repeat(1000);
    const stored = await storage.put(key, Readable.from([Buffer.from(body)]), 'text/plain');
    expect(stored).toEqual({
      size: Buffer.byteLength(body),
      sha256: createHash('sha256').update(body).digest('hex'),
    });
    expect(await text(await storage.get(key))).toBe(body);
    expect(await readdir(path.join(root, TENANT, 'evidence', '2026'))).toEqual([ID]);
  });

  it('replaces an object atomically and leaves no partial file behind', async () => {
    const key = storageKey(TENANT, 'evidence', ID);
    await storage.put(key, Buffer.from('first'), 'text/plain');
    await storage.put(key, Buffer.from('second'), 'text/plain');
    expect(await text(await storage.get(key))).toBe('second');
    const files = await readdir(path.dirname(path.join(root, ...key.split('/'))));
    expect(files.filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('says which object is missing and deletes idempotently', async () => {
    const key = storageKey(TENANT, 'export', ID);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageObjectMissing);
    await storage.put(key, Buffer.from('x'), 'text/plain');
    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageObjectMissing);
  });

  it('refuses keys that could leave the storage root', () => {
    expect(() => storageKey('../../etc', 'evidence', ID)).toThrow('Malformed storage key');
    expect(() => storageKey(TENANT, 'evidence', '../passwd')).toThrow('Malformed storage key');
    return expect(storage.get(`${TENANT}/evidence/2026/../../x`)).rejects.toThrow('Malformed storage key');
  });
});
