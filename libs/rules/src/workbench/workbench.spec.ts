import { Role } from '../identity/role';
import {
  FIRST_VISIT_DAYS,
  orderSections,
  recordVisit,
  sectionUrgent,
  VISIT_GAP_MS,
  visitWindow,
  WorkbenchSectionKind as K,
  workbenchSections,
  type WorkbenchVisit,
} from './workbench';

const kinds = (roles: Role[], acting = false) => workbenchSections(roles, acting).map((s) => s.kind);

describe('workbenchSections', () => {
  it('gives each role its queues, and everyone the unread messages', () => {
    expect(kinds([Role.LIAISON])).toEqual([K.DUE, K.RETURNED, K.TO_ACCEPT, K.IN_PROGRESS, K.MESSAGES]);
    expect(kinds([Role.HEAD])).toEqual([K.DUE, K.RETURNED, K.TO_SIGN, K.MESSAGES]);
    expect(kinds([Role.LEADER])).toEqual([K.RED_LIST, K.CHANGES, K.MESSAGES]);
    expect(kinds([Role.ADMIN])).toEqual([K.MESSAGES]);
    expect(kinds([Role.SUPERVISOR])).toEqual(
      expect.arrayContaining([K.TO_REVIEW, K.EXTENSIONS, K.ESCALATIONS, K.SUBTREE_OVERDUE, K.RECENT_ITEMS]),
    );
  });

  it('shows a head’s or supervisor’s own unit work only when there is some', () => {
    const head = workbenchSections([Role.HEAD]);
    expect(head.find((s) => s.kind === K.TO_SIGN)?.always).toBe(true);
    expect(head.find((s) => s.kind === K.DUE)?.always).toBe(false);
    const supervisor = workbenchSections([Role.SUPERVISOR]);
    expect(supervisor.find((s) => s.kind === K.TO_ACCEPT)?.always).toBe(false);
    expect(supervisor.find((s) => s.kind === K.TO_REVIEW)?.always).toBe(true);
  });

  it('merges several roles: a section any of them always shows is always shown, once', () => {
    const both = workbenchSections([Role.HEAD, Role.LIAISON]);
    expect(both.filter((s) => s.kind === K.DUE)).toEqual([{ kind: K.DUE, always: true }]);
    expect(both.map((s) => s.kind)).toEqual([
      K.DUE,
      K.RETURNED,
      K.TO_SIGN,
      K.TO_ACCEPT,
      K.IN_PROGRESS,
      K.MESSAGES,
    ]);
  });

  it('gives whoever signs for the head today (委托签字) the signing queue', () => {
    expect(kinds([Role.LIAISON])).not.toContain(K.TO_SIGN);
    expect(workbenchSections([Role.LIAISON], true).find((s) => s.kind === K.TO_SIGN)).toEqual({
      kind: K.TO_SIGN,
      always: true,
    });
  });
});

describe('orderSections', () => {
  it('puts red first, then non-empty, then empty, each in the base order', () => {
    const s = (kind: K, count: number, urgent = false) => ({ kind, count, urgent });
    const ordered = orderSections([
      s(K.MESSAGES, 7),
      s(K.TO_ACCEPT, 0),
      s(K.IN_PROGRESS, 3, true),
      s(K.TO_SIGN, 2),
      s(K.DUE, 0),
    ]);
    expect(ordered.map((x) => x.kind)).toEqual([K.IN_PROGRESS, K.TO_SIGN, K.MESSAGES, K.DUE, K.TO_ACCEPT]);
  });
});

describe('sectionUrgent', () => {
  it('is urgent when a row is red, or for the warning sections whenever they hold something, never for news', () => {
    expect(sectionUrgent(K.IN_PROGRESS, 2, ['GREEN', 'RED'])).toBe(true);
    expect(sectionUrgent(K.IN_PROGRESS, 2, ['GREEN', 'YELLOW'])).toBe(false);
    expect(sectionUrgent(K.RED_LIST, 1, [])).toBe(true);
    expect(sectionUrgent(K.RED_LIST, 0, [])).toBe(false);
    expect(sectionUrgent(K.MESSAGES, 3, [null])).toBe(false);
    // News and lists to read are never urgent, red or not.
    expect(sectionUrgent(K.CHANGES, 2, ['RED'])).toBe(false);
    expect(sectionUrgent(K.RECENT_ITEMS, 2, ['RED'])).toBe(false);
  });
});

describe('the since-your-last-visit window', () => {
  const t0 = new Date('2026-06-01T09:00:00+08:00');
  const later = (ms: number) => new Date(t0.getTime() + ms);
  const MIN = 60_000;

  it('looks back FIRST_VISIT_DAYS on a first visit and keeps that window through the visit', () => {
    const first = visitWindow(null, t0);
    expect(FIRST_VISIT_DAYS).toBe(7);
    expect(first).toEqual({ since: new Date('2026-05-25T00:00:00+08:00'), firstVisit: true });
    // The same all day long, so a query and the mark that follows it agree.
    expect(visitWindow(null, new Date('2026-06-01T23:59:59+08:00'))).toEqual(first);
    const stored = recordVisit(null, t0);
    expect(stored).toEqual({ since: first.since, lastSeenAt: t0, firstVisit: true });
    expect(visitWindow(stored, later(10 * MIN))).toEqual(first);
  });

  it('stays put within a visit, however often the page is opened', () => {
    let v: WorkbenchVisit = { since: later(-3 * 86_400_000), lastSeenAt: t0, firstVisit: false };
    for (const m of [5, 20, 45, 70]) {
      expect(visitWindow(v, later(m * MIN)).since).toEqual(later(-3 * 86_400_000));
      v = recordVisit(v, later(m * MIN));
    }
    expect(v.lastSeenAt).toEqual(later(70 * MIN));
  });

  it('starts a new window where the previous visit was last active, after a pause', () => {
    const v: WorkbenchVisit = { since: later(-86_400_000), lastSeenAt: t0, firstVisit: true };
    const next = later(VISIT_GAP_MS + 1);
    expect(visitWindow(v, next)).toEqual({ since: t0, firstVisit: false });
    expect(recordVisit(v, next)).toEqual({ since: t0, lastSeenAt: next, firstVisit: false });
    // Exactly the gap is still the same visit.
    expect(visitWindow(v, later(VISIT_GAP_MS)).since).toEqual(v.since);
  });

  it('never moves the last activity back in time', () => {
    const v: WorkbenchVisit = { since: later(-86_400_000), lastSeenAt: t0, firstVisit: false };
    expect(recordVisit(v, later(-MIN)).lastSeenAt).toEqual(t0);
  });
});
