import { shanghaiDayNumber, startOfShanghaiDay } from '../common/time';
import { Role } from '../identity/role';
import type { Light } from '../rollup/light';
import { ItemStatus } from '../supervision/item-state';

/**
 * 工作台, the page every user lands on after login: one section per queue or list of the caller's roles,
 * each with its count and first rows. Which sections a role gets, their order and the "since your
 * last visit" window are decided here; the API fills the sections, the admin draws them.
 */
export enum WorkbenchSectionKind {
  /** 待签收: the unit's assignments not yet signed for. */
  TO_ACCEPT = 'TO_ACCEPT',
  /** 办理中: the unit's assignments at work, soonest deadline first. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** 临期/逾期: the unit's open assignments due within the reminder window, or past their deadline. */
  DUE = 'DUE',
  /** 退回重办: the unit's assignments whose report the reviewing office sent back. */
  RETURNED = 'RETURNED',
  /** 待签字: the unit's reports waiting for its head (or for whoever signs for the head today). */
  TO_SIGN = 'TO_SIGN',
  /** 待审核: signed reports on assignments the office gave out. */
  TO_REVIEW = 'TO_REVIEW',
  /** 延期申请 addressed to the office, not yet decided. */
  EXTENSIONS = 'EXTENSIONS',
  /** 上报协调 addressed to the office, not yet answered or forwarded. */
  ESCALATIONS = 'ESCALATIONS',
  /** 逾期 anywhere in the office's subtree (what the roll-up counts as overdue). */
  SUBTREE_OVERDUE = 'SUBTREE_OVERDUE',
  /** The office's own items, newest first. */
  RECENT_ITEMS = 'RECENT_ITEMS',
  /** 红灯: the units directly below whose roll-up light is red (the cockpit's red list). */
  RED_LIST = 'RED_LIST',
  /** What changed in the subtree since the previous visit. */
  CHANGES = 'CHANGES',
  /** 未读消息. */
  MESSAGES = 'MESSAGES',
}

/** What happened since the previous visit (read from the audit trail's before/after snapshots). */
export enum WorkbenchChangeKind {
  /** An assignment's light turned red. */
  TURNED_RED = 'TURNED_RED',
  /** An assignment was marked overdue. */
  TURNED_OVERDUE = 'TURNED_OVERDUE',
  /** A report was accepted (办结): its assignment is done. */
  REPORT_ACCEPTED = 'REPORT_ACCEPTED',
  /** An item's assignments are all done (待反馈) or its result was reported (已办结). */
  ITEM_COMPLETED = 'ITEM_COMPLETED',
}

/** The item states that count as completed for ITEM_COMPLETED. */
export const COMPLETED_ITEM_STATUSES: readonly ItemStatus[] = [
  ItemStatus.AWAITING_FEEDBACK,
  ItemStatus.CONCLUDED,
];

const K = WorkbenchSectionKind;
/** The unit's own work: a liaison's job; a supervisor's or head's office may hold work of its own too. */
const OWN_WORK = [K.TO_ACCEPT, K.IN_PROGRESS, K.DUE, K.RETURNED];

/** Per role: the sections always shown, and those shown only when they hold something. */
const BY_ROLE: Record<Role, { always: WorkbenchSectionKind[]; ifAny: WorkbenchSectionKind[] }> = {
  [Role.LIAISON]: { always: OWN_WORK, ifAny: [] },
  [Role.HEAD]: { always: [K.TO_SIGN], ifAny: [K.DUE, K.RETURNED] },
  [Role.SUPERVISOR]: {
    always: [K.TO_REVIEW, K.EXTENSIONS, K.ESCALATIONS, K.SUBTREE_OVERDUE, K.RECENT_ITEMS],
    ifAny: OWN_WORK,
  },
  [Role.LEADER]: { always: [K.RED_LIST, K.CHANGES], ifAny: [] },
  [Role.ADMIN]: { always: [], ifAny: [] },
};

export interface PlannedSection {
  kind: WorkbenchSectionKind;
  /** False: shown only when it holds something. */
  always: boolean;
}

/**
 * The sections of a user holding `roles` (all of them, merged; a section any role always shows is
 * always shown). Whoever signs for the head today (委托签字) gets 待签字 too; everyone gets 未读消息.
 */
export function workbenchSections(roles: readonly Role[], actingSigner = false): PlannedSection[] {
  const always = new Set<WorkbenchSectionKind>([K.MESSAGES]);
  const ifAny = new Set<WorkbenchSectionKind>();
  for (const role of roles) {
    BY_ROLE[role].always.forEach((k) => always.add(k));
    BY_ROLE[role].ifAny.forEach((k) => ifAny.add(k));
  }
  if (actingSigner) always.add(K.TO_SIGN);
  return PRIORITY.filter((k) => always.has(k) || ifAny.has(k)).map((kind) => ({
    kind,
    always: always.has(kind),
  }));
}

/** Base order, most urgent kind of work first. */
const PRIORITY: readonly WorkbenchSectionKind[] = [
  K.DUE,
  K.RETURNED,
  K.TO_SIGN,
  K.TO_ACCEPT,
  K.TO_REVIEW,
  K.ESCALATIONS,
  K.EXTENSIONS,
  K.RED_LIST,
  K.SUBTREE_OVERDUE,
  K.CHANGES,
  K.IN_PROGRESS,
  K.MESSAGES,
  K.RECENT_ITEMS,
];

/** Sections whose content is a warning by nature: anything in them is urgent. */
const ALWAYS_URGENT = new Set([K.RETURNED, K.SUBTREE_OVERDUE, K.RED_LIST]);
/** Sections to read rather than work through: a red light in them does not put them first. */
const NEVER_URGENT = new Set([K.CHANGES, K.RECENT_ITEMS, K.MESSAGES]);

/** A section is urgent when it holds something red (or is a warning by nature), unless it is news. */
export function sectionUrgent(
  kind: WorkbenchSectionKind,
  count: number,
  lights: readonly (Light | null | undefined)[],
): boolean {
  if (count === 0 || NEVER_URGENT.has(kind)) return false;
  return ALWAYS_URGENT.has(kind) || lights.includes('RED');
}

/**
 * Most urgent first: sections with something red, then the others with something in them, then the
 * empty ones; within each group the base order (overdue and returned work, signatures, …).
 */
export function orderSections<T extends { kind: WorkbenchSectionKind; count: number; urgent: boolean }>(
  sections: readonly T[],
): T[] {
  const rank = (s: T) => (s.urgent ? 0 : s.count > 0 ? 1 : 2);
  return [...sections].sort(
    (a, b) => rank(a) - rank(b) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
}

/** A pause longer than this ends a visit; the next one starts a new "since your last visit" window. */
export const VISIT_GAP_MS = 30 * 60_000;
/** A first visit looks back this many China days (from the start of the day, so it holds all day). */
export const FIRST_VISIT_DAYS = 7;

/** A user's visits as stored: the window shown during the current visit, and when it was last active. */
export interface WorkbenchVisit {
  since: Date;
  lastSeenAt: Date;
  /** Still the first visit (its window looks back FIRST_VISIT_DAYS, not to a visit). */
  firstVisit: boolean;
}

/**
 * The "since your last visit" window a visit at `now` shows. Within a visit (pauses shorter than
 * VISIT_GAP_MS) it stays where it was, so reloading or coming back to the page keeps the same list;
 * a new visit starts where the previous one was last active.
 */
export function visitWindow(visit: WorkbenchVisit | null, now: Date): { since: Date; firstVisit: boolean } {
  if (!visit)
    return { since: startOfShanghaiDay(shanghaiDayNumber(now) - FIRST_VISIT_DAYS), firstVisit: true };
  if (now.getTime() - visit.lastSeenAt.getTime() > VISIT_GAP_MS)
    return { since: visit.lastSeenAt, firstVisit: false };
  return { since: visit.since, firstVisit: visit.firstVisit };
}

/** The stored visit after the user looked at the page at `now` (never moves back in time). */
export function recordVisit(visit: WorkbenchVisit | null, now: Date): WorkbenchVisit {
  const window = visitWindow(visit, now);
  const last = visit && visit.lastSeenAt.getTime() > now.getTime() ? visit.lastSeenAt : now;
  return { since: window.since, lastSeenAt: last, firstVisit: window.firstVisit };
}
