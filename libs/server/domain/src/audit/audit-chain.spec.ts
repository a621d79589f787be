import { chainHash, firstBrokenLink, type ChainedFields } from './audit-chain';

const fields = (after: unknown): ChainedFields => ({
  tenantId: '1',
  chainKey: 'access_token:7',
  action: 'access_token.created',
  actorId: '2',
  at: '2026-03-01T02:03:04.567Z',
  before: null,
  after,
  text: null,
});

describe('chainHash', () => {
  it('hashes a Date as the ISO string the stored event holds, so the event verifies when read back', () => {
    const written = fields({ name: '周报工具', expiresAt: new Date('2026-06-01T00:00:00.000Z') });
    const hash = chainHash(null, written);
    // What verification reads from the database: the JSON the event was stored as.
    const stored = JSON.parse(JSON.stringify(written)) as ChainedFields;
    expect(stored.after).toEqual({ name: '周报工具', expiresAt: '2026-06-01T00:00:00.000Z' });
    expect(firstBrokenLink([{ ...stored, id: '1', prevHash: null, hash }])).toBeNull();
    // Another date is another hash.
    expect(chainHash(null, fields({ name: '周报工具', expiresAt: new Date(0) }))).not.toBe(hash);
  });
});
