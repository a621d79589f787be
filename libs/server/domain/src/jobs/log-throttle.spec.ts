import { heldBackNote, LogThrottle } from './log-throttle';

describe('LogThrottle', () => {
  it('logs the first error, holds the rest back for the quiet time, then says how many it held', () => {
    const throttle = new LogThrottle(30_000);
    expect(throttle.next(1_000)).toEqual({ log: true, heldBack: 0 });
    expect(throttle.next(2_000)).toEqual({ log: false, heldBack: 1 });
    expect(throttle.next(30_999)).toEqual({ log: false, heldBack: 2 });
    expect(throttle.next(31_000)).toEqual({ log: true, heldBack: 2 });
    expect(throttle.next(31_001)).toEqual({ log: false, heldBack: 1 });
  });

  it('words the held-back count, and nothing when none was held', () => {
    expect(heldBackNote(0)).toBe('');
    expect(heldBackNote(3)).toBe(' (3 similar errors since the last line)');
  });
});
