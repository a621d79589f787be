import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, INVALID_CURSOR, setCursorKey } from './pagination';

const SECRET = 'a-test-secret-of-32-characters!!';

function refusal(cursor: string, arity = 1): AppError {
  try {
    decodeCursor(cursor, arity);
  } catch (e) {
    return e as AppError;
  }
  throw new Error(`cursor ${cursor} was accepted`);
}

describe('signed page cursors', () => {
  beforeEach(() => setCursorKey(SECRET));

  it('round-trips the sort key tuple, and an absent cursor means the first page', () => {
    const c = encodeCursor([3, '2026-05-01', 42]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(decodeCursor(c, 3)).toEqual([3, '2026-05-01', 42]);
    expect(decodeCursor(encodeCursor(['17']), 1)).toEqual(['17']);
    expect(decodeCursor(null, 1)).toBeNull();
    expect(decodeCursor(undefined, 1)).toBeNull();
    expect(decodeCursor('', 1)).toBeNull();
  });

  it('stays valid across processes that share the secret', () => {
    const c = encodeCursor([99]);
    setCursorKey(SECRET);
    expect(decodeCursor(c, 1)).toEqual([99]);
  });

  const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const valid = () => encodeCursor([100]);

  it.each<[string, () => string]>([
    ['an unsigned cursor (the old format)', () => forged([100])],
    ['a forged payload with the mac of another', () => `${forged([1e9])}.${valid().split('.')[1]}`],
    ['a payload with a made-up mac', () => `${forged([100])}.${'A'.repeat(22)}`],
    ['a truncated mac', () => valid().slice(0, -1)],
    ['a truncated payload', () => valid().slice(1)],
    ['no mac', () => `${valid().split('.')[0]}.`],
    [
      'a re-encoded payload (base64 with padding)',
      () => {
        const [p, m] = valid().split('.');
        return `${Buffer.from(p, 'base64url').toString('base64')}.${m}`;
      },
    ],
    ['an extra segment', () => `${valid()}.x`],
    ['garbage', () => "'; DROP TABLE org_unit; --"],
    ['SQL in a signed-looking shape', () => `${forged(['1 OR 1=1'])}.${valid().split('.')[1]}`],
  ])('refuses %s with BAD_USER_INPUT on `after`', (_, make) => {
    const e = refusal(make());
    expect(e).toBeInstanceOf(AppError);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(e.text).toEqual(INVALID_CURSOR);
  });

  it('refuses a cursor signed with another key', () => {
    const c = encodeCursor([5]);
    setCursorKey('another-secret-of-32-characters!');
    expect(refusal(c).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a genuine cursor of another connection shape (wrong arity)', () => {
    expect(refusal(encodeCursor([1, 2]), 1).extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal(encodeCursor([1]), 3).extensions.code).toBe('BAD_USER_INPUT');
  });
});
