import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storageKey } from './file-storage';
import { bytesOf, fileStorageContract } from './file-storage.contract';
import { LocalFileStorage } from './local-file-storage';

const TENANT = '11111111-1111-4111-8111-111111111111';
const ID = '22222222-2222-4222-8222-222222222222';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

async function freshRoot() {
  const root = await mkdtemp(path.join(tmpdir(), 'duban-files-'));
  roots.push(root);
  return root;
}

fileStorageContract('LocalFileStorage', async () => new LocalFileStorage(await freshRoot()));

describe('LocalFileStorage on disk', () => {
  it('lays objects out by key and leaves no partial file behind a replacement', async () => {
    const root = await freshRoot();
    const storage = new LocalFileStorage(root);
    const key = storageKey(TENANT, 'evidence', ID, new Date('2026-11-27T00:00:00Z'));
    await storage.put(key, Buffer.from('first'));
    await storage.put(key, Buffer.from('second'));
    expect((await bytesOf(await storage.get(key))).toString()).toBe('second');
    expect(await readdir(path.join(root, TENANT, 'evidence', '2026'))).toEqual([ID]);
  });
});
