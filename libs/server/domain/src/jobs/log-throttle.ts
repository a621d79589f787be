/**
 * While Redis is away every retry fails the same way; one line per `quietMs` is enough. `next` says
 * whether to log now and, if so, how many lines were held back since the last one.
 */
export class LogThrottle {
  private last = Number.NEGATIVE_INFINITY;
  private held = 0;

  constructor(private readonly quietMs = 30_000) {}

  next(now = Date.now()): { log: boolean; heldBack: number } {
    if (now - this.last < this.quietMs) {
      this.held++;
      return { log: false, heldBack: this.held };
    }
    const heldBack = this.held;
    this.last = now;
    this.held = 0;
    return { log: true, heldBack };
  }
}

/** ` (n similar errors since the last line)`, or nothing. */
export const heldBackNote = (n: number) => (n ? ` (${n} similar errors since the last line)` : '');
