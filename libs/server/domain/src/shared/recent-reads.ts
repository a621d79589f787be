/**
 * A per-process memo of recent reads for at most `ttlMs` (0: off, every call reads), counted from when
 * the read started. Concurrent callers with the same key share one read, except that a caller holding a
 * pooled connection never waits for a read still in flight: that read may be waiting for a connection
 * itself, and once every connection were held by such waiters nothing would move. A failed read is not
 * kept. The caller's key must hold everything
 * the read's result depends on (tenant and scope for a read under RLS), so one scope never sees
 * another's result. Bounded: expired entries are swept when it grows past `maxEntries`.
 */
export class RecentReads<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T>; settled: boolean }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** `holdsConnection`: the caller's own session has a connection, so it reads rather than wait. */
  get(key: string, read: () => Promise<T>, holdsConnection = false): Promise<T> {
    return this.peek(key, holdsConnection) ?? this.put(key, read());
  }

  /** The key's read if it is recent enough (and, for `settledOnly`, finished), else undefined. */
  peek(key: string, settledOnly = false): Promise<T> | undefined {
    if (this.ttlMs <= 0) return undefined;
    const hit = this.entries.get(key);
    if (!hit || this.now() - hit.at >= this.ttlMs || (settledOnly && !hit.settled)) return undefined;
    return hit.value;
  }

  /** Remembers a read the caller made itself (e.g. one that also opened a transaction); returns it. */
  put(key: string, value: Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return value;
    const t = this.now();
    if (this.entries.size >= this.maxEntries) this.sweep(t);
    const entry = { at: t, value, settled: false };
    this.entries.set(key, entry);
    value.then(
      () => (entry.settled = true),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }

  /** Drops the key's read: the next caller reads again (a change this process made). */
  forget(key: string): void {
    this.entries.delete(key);
  }

  private sweep(t: number): void {
    for (const [k, e] of this.entries) if (t - e.at >= this.ttlMs) this.entries.delete(k);
    // Still full (more distinct keys within one window than allowed): start over rather than grow.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
  }
}
