/**
 * A per-process memo of recent reads for at most `ttlMs` (0: off, every call reads). Concurrent callers
 * with the same key share one read; a failed read is not kept. The caller's key must hold everything
 * the read's result depends on (tenant and scope for a read under RLS), so one scope never sees
 * another's result. Bounded: expired entries are swept when it grows past `maxEntries`.
 */
export class RecentReads<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: string, read: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return read();
    const t = this.now();
    const hit = this.entries.get(key);
    if (hit && t - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.sweep(t);
    const value = read();
    this.entries.set(key, { at: t, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  private sweep(t: number): void {
    for (const [k, e] of this.entries) if (t - e.at >= this.ttlMs) this.entries.delete(k);
    // Still full (more distinct keys within one window than allowed): start over rather than grow.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
  }
}
