import { IllegalTransitionError } from '../common/errors';
import {
  EXTENSION_STATUS_LABELS,
  ExtensionAction as A,
  extensionRoute,
  ExtensionStatus as S,
  nextExtensionStatus,
} from './extension-state';

const DAY = 86_400_000;

describe('extension request state machine', () => {
  it('decides, forwards or cancels a pending request', () => {
    expect(nextExtensionStatus(S.PENDING, A.APPROVE)).toBe(S.APPROVED);
    expect(nextExtensionStatus(S.PENDING, A.REFUSE)).toBe(S.REFUSED);
    expect(nextExtensionStatus(S.PENDING, A.FORWARD)).toBe(S.FORWARDED);
    expect(nextExtensionStatus(S.PENDING, A.CANCEL)).toBe(S.CANCELLED);
  });

  it('a forwarded request follows the decision above, and cannot be forwarded or cancelled again', () => {
    expect(nextExtensionStatus(S.FORWARDED, A.APPROVE)).toBe(S.APPROVED);
    expect(nextExtensionStatus(S.FORWARDED, A.REFUSE)).toBe(S.REFUSED);
    expect(() => nextExtensionStatus(S.FORWARDED, A.FORWARD)).toThrow(/forwarded/);
    expect(() => nextExtensionStatus(S.FORWARDED, A.CANCEL)).toThrow(IllegalTransitionError);
  });

  it('final states refuse everything, each with words a clerk understands', () => {
    for (const from of [S.APPROVED, S.REFUSED])
      for (const action of Object.values(A))
        expect(() => nextExtensionStatus(from, action)).toThrow(/already decided/);
    for (const action of Object.values(A))
      expect(() => nextExtensionStatus(S.CANCELLED, action)).toThrow(/cancelled/);
  });

  it('labels every status in both languages', () => {
    for (const s of Object.values(S))
      expect(EXTENSION_STATUS_LABELS[s].zh && EXTENSION_STATUS_LABELS[s].en).toBeTruthy();
  });
});

describe('extensionRoute', () => {
  const parent = new Date('2026-12-31T15:59:59Z');
  it('lets the assigning office grant up to its own deadline, inclusive', () => {
    expect(extensionRoute(new Date(parent.getTime() - DAY), parent)).toBe('DECIDE');
    expect(extensionRoute(parent, parent)).toBe('DECIDE');
  });

  it('sends anything later to the office above', () => {
    expect(extensionRoute(new Date(parent.getTime() + 1), parent)).toBe('FORWARD');
    expect(extensionRoute(new Date(parent.getTime() + 30 * DAY), parent)).toBe('FORWARD');
  });

  it('lets the issuing office decide a top-level request itself', () => {
    expect(extensionRoute(new Date(parent.getTime() + 30 * DAY), null)).toBe('DECIDE');
  });
});
