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
});
