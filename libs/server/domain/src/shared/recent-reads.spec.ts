import { RecentReads } from './recent-reads';

describe('RecentReads', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 0));

  it('serves a key from its read until the window ends, then reads again', async () => {
    const memo = new RecentReads<number>(250, 10, now);
    let reads = 0;
    const read = async () => ++reads;
    expect(await memo.get('t1|1|5', read)).toBe(1);
    clock = 249;
    expect(await memo.get('t1|1|5', read)).toBe(1);
    clock = 250;
    expect(await memo.get('t1|1|5', read)).toBe(2);
  });

  it('never answers one key (tenant, scope, unit) with another key’s read', async () => {
    const memo = new RecentReads<string>(250, 10, now);
    expect(await memo.get('1|1|5', async () => 'province scope')).toBe('province scope');
    expect(await memo.get('1|1.7|5', async () => 'county scope')).toBe('county scope');
    expect(await memo.get('2|1|5', async () => 'other tenant')).toBe('other tenant');
  });

  it('does not keep a failed read, and reads every time when off', async () => {
    const memo = new RecentReads<number>(250, 10, now);
    await expect(memo.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await memo.get('k', async () => 7)).toBe(7);
    const off = new RecentReads<number>(0, 10, now);
    let reads = 0;
    await off.get('k', async () => ++reads);
    expect(await off.get('k', async () => ++reads)).toBe(2);
  });

  it('stays within its bound', async () => {
    const memo = new RecentReads<number>(250, 3, now);
    for (let i = 0; i < 10; i++) await memo.get(`k${i}`, async () => i);
    expect((memo as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(3);
  });

  const settled = () => new Promise((r) => setImmediate(r));

  it('answers peek with a recent put until the window ends or the key is forgotten', async () => {
    const memo = new RecentReads<string>(250, 10, now);
    expect(memo.peek('u1')).toBeUndefined();
    memo.put('u1', Promise.resolve('row'));
    await settled();
    clock = 249;
    expect(await memo.peek('u1')).toBe('row');
    memo.forget('u1');
    expect(memo.peek('u1')).toBeUndefined();
    memo.put('u1', Promise.resolve('row'));
    await settled();
    clock = 499;
    expect(memo.peek('u1')).toBeUndefined();
    const off = new RecentReads<string>(0, 10, now);
    off.put('u1', Promise.resolve('row'));
    await settled();
    expect(off.peek('u1')).toBeUndefined();
    expect(off.enabled).toBe(false);
  });

  it('shares a read in flight, except with a caller that holds a connection', async () => {
    const memo = new RecentReads<string>(250, 10, now);
    let release!: (v: string) => void;
    const first = memo.get('k', () => new Promise<string>((r) => (release = r)));
    const joined = memo.get('k', async () => 'never read');
    // The first read may be waiting for a pooled connection this caller holds: it reads on its own.
    expect(await memo.get('k', async () => 'own read', true)).toBe('own read');
    release('first read');
    expect(await first).toBe('first read');
    expect(await joined).toBe('first read');
    // Finished reads are shared with everyone.
    expect(await memo.get('k', async () => 'again', true)).toBe('own read');
  });
});
