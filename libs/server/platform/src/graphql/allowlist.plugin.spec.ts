import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { loadOperationManifest } from './allowlist.plugin';

const dir = mkdtempSync(path.join(tmpdir(), 'allowlist-'));
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const doc = 'query Me { me { __typename id } }';
const sha = createHash('sha256').update(doc).digest('hex');

describe('loadOperationManifest', () => {
  it('reads hash → document pairs', () => {
    const manifest = loadOperationManifest(file('ok.json', JSON.stringify({ [sha]: doc })));
    expect([...manifest]).toEqual([[sha, doc]]);
  });

  it.each([
    ['a missing file', path.join(dir, 'missing.json'), /cannot read/],
    ['not JSON', file('bad.json', '{'), /cannot read/],
    ['an array', file('array.json', '[]'), /not an object/],
    ['an empty list', file('empty.json', '{}'), /lists no operations/],
    ['an edited document', file('edited.json', JSON.stringify({ [sha]: `${doc} ` })), /not the sha256/],
    ['a non-string entry', file('number.json', JSON.stringify({ [sha]: 1 })), /not the sha256/],
  ])('stops the API on %s, naming GRAPHQL_ALLOWLIST', (_, p, problem) => {
    expect(() => loadOperationManifest(p)).toThrow(problem);
    expect(() => loadOperationManifest(p)).toThrow(/^GRAPHQL_ALLOWLIST: /);
  });
});

describe('GRAPHQL_ALLOWLIST', () => {
  const base = {
    DATABASE_URL: 'postgres://u@h:5432/d',
    REDIS_URL: 'redis://h:6379',
    JWT_SECRET: 'x'.repeat(32),
  };
  it('is off unless set to a path', () => {
    expect(loadConfig(base).GRAPHQL_ALLOWLIST).toBeUndefined();
    expect(loadConfig({ ...base, GRAPHQL_ALLOWLIST: '  ' }).GRAPHQL_ALLOWLIST).toBeUndefined();
    expect(loadConfig({ ...base, GRAPHQL_ALLOWLIST: ' /srv/ops.json ' }).GRAPHQL_ALLOWLIST).toBe(
      '/srv/ops.json',
    );
  });
});
