import type { Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';
import { formatShanghaiDate } from '../common/time';
import { AssignmentStatus } from './assignment-state';

/** The fields of an item that 编辑 changes, as the audit records them (deadline as ISO time). */
export interface ItemEditFields {
  title: string;
  content: string;
  requirements: string | null;
  deadline: string;
}

export type ItemEditField = keyof ItemEditFields;

/** One changed field: what it read before and after (long texts whole; the admin shows the diff). */
export interface ItemFieldChange {
  field: ItemEditField;
  before: string | null;
  after: string | null;
}

const FIELDS: readonly ItemEditField[] = ['title', 'content', 'requirements', 'deadline'];

/** The fields that differ, in a fixed order; empty when the edit changes nothing. */
export function itemEditDiff(before: ItemEditFields, after: ItemEditFields): ItemFieldChange[] {
  return FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

/** An open direct assignment the edited deadline has to cover. */
export interface ChildDeadline {
  unitName: string;
  deadline: Date;
}

/**
 * An edited item deadline: in the future, and no earlier than any of its open direct assignments'
 * deadlines — a child never ends after its parent, so shortening below one is refused, naming the
 * units (their deadlines are theirs to change, not silently clamped).
 */
export function checkEditedItemDeadline(deadline: Date, now: Date, children: readonly ChildDeadline[]): void {
  if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime())
    throw new RuleViolation(
      { zh: '办理时限必须晚于当前时间', en: 'The deadline must be in the future' },
      'deadline',
    );
  const later = children.filter((c) => c.deadline.getTime() > deadline.getTime());
  if (!later.length) return;
  const list = later.map((c) => `${c.unitName}（${formatShanghaiDate(c.deadline)}）`).join('、');
  const listEn = later.map((c) => `${c.unitName} (${formatShanghaiDate(c.deadline)})`).join(', ');
  throw new RuleViolation(
    {
      zh: `新的办理时限早于以下承办单位的时限，下级时限不得晚于上级：${list}`,
      en: `The new deadline is earlier than these units' deadlines, and no child may end after its parent: ${listEn}`,
    },
    'deadline',
  );
}

/** A direct assignment an edit would remove from the item. */
export interface RemovedAssignment {
  unitName: string;
  status: AssignmentStatus;
  /** Any 报送进展 written on it. */
  progressReported: boolean;
}

const UNTOUCHED = [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS];

/**
 * Removing a unit by 编辑 withdraws its assignment; only one whose work has not started showing —
 * not yet reported on (no progress, no report) and still open. Anything else has a record the
 * office would erase; it goes through 撤回 with a reason instead.
 */
export function unitRemovalRefusal(a: RemovedAssignment): Bilingual | null {
  if (UNTOUCHED.includes(a.status) && !a.progressReported) return null;
  return {
    zh: `${a.unitName}已报送办理情况或已办结，不能在编辑中移除；如确需撤回，请在该单位的任务上使用“撤回”并说明理由`,
    en: `${a.unitName} has already reported or finished; it cannot be removed by an edit — withdraw its assignment with a reason instead`,
  };
}
