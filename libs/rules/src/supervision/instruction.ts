import type { Bilingual } from '../common/bilingual';
import { allowedItemActions, ItemAction, ItemStatus } from './item-state';

/** What a leader writes on: the item itself, one report, or the item's 结果反馈. */
export enum InstructionTarget {
  ITEM = 'ITEM',
  REPORT = 'REPORT',
  FEEDBACK = 'FEEDBACK',
}

/** 批示 on an item or report; on the 结果反馈 a 阅示 (圈阅): read, agree, or a further instruction. */
export enum InstructionKind {
  INSTRUCTION = 'INSTRUCTION',
  READ = 'READ',
  AGREE = 'AGREE',
  FURTHER_INSTRUCTION = 'FURTHER_INSTRUCTION',
}

export const INSTRUCTION_TARGET_LABELS: Record<InstructionTarget, Bilingual> = {
  [InstructionTarget.ITEM]: { zh: '事项', en: 'Item' },
  [InstructionTarget.REPORT]: { zh: '办理报告', en: 'Report' },
  [InstructionTarget.FEEDBACK]: { zh: '结果反馈', en: 'Result feedback' },
};

export const INSTRUCTION_KIND_LABELS: Record<InstructionKind, Bilingual> = {
  [InstructionKind.INSTRUCTION]: { zh: '批示', en: 'Instruction' },
  [InstructionKind.READ]: { zh: '已阅（圈阅）', en: 'Read' },
  [InstructionKind.AGREE]: { zh: '同意', en: 'Agreed' },
  [InstructionKind.FURTHER_INSTRUCTION]: { zh: '进一步批示', en: 'Further instruction' },
};

/** The kinds each target takes: a 批示 on an item or report, a 阅示 on the feedback. */
const KINDS: Record<InstructionTarget, readonly InstructionKind[]> = {
  [InstructionTarget.ITEM]: [InstructionKind.INSTRUCTION],
  [InstructionTarget.REPORT]: [InstructionKind.INSTRUCTION],
  [InstructionTarget.FEEDBACK]: [
    InstructionKind.READ,
    InstructionKind.AGREE,
    InstructionKind.FURTHER_INSTRUCTION,
  ],
};

export function instructionKinds(target: InstructionTarget): readonly InstructionKind[] {
  return KINDS[target] ?? [];
}

/** A 批示 and a further instruction say something; 圈阅 and 同意 may stand alone. */
export function instructionNeedsText(kind: InstructionKind): boolean {
  return kind === InstructionKind.INSTRUCTION || kind === InstructionKind.FURTHER_INSTRUCTION;
}

/** A further instruction on the 结果反馈 sends the concluded item back to work (复查复议). */
export function instructionReopens(kind: InstructionKind): boolean {
  return kind === InstructionKind.FURTHER_INSTRUCTION;
}

/** Item states a 批示 on the item is taken in: from registration until it is withdrawn. */
const INSTRUCTABLE: readonly ItemStatus[] = [
  ItemStatus.DRAFT,
  ItemStatus.REGISTERED,
  ItemStatus.IN_PROGRESS,
  ItemStatus.AWAITING_FEEDBACK,
  ItemStatus.CONCLUDED,
  ItemStatus.ARCHIVED,
];

/** Null when `kind` fits `target` (a 批示 on an item or report, a 阅示 on the feedback), else why not. */
export function instructionKindRefusal(target: InstructionTarget, kind: InstructionKind): Bilingual | null {
  if (instructionKinds(target).includes(kind)) return null;
  const t = INSTRUCTION_TARGET_LABELS[target] ?? { zh: String(target), en: String(target) };
  const k = INSTRUCTION_KIND_LABELS[kind] ?? { zh: String(kind), en: String(kind) };
  return {
    zh: `${t.zh}不能作“${k.zh}”：事项和报告作批示，结果反馈作阅示（已阅、同意或进一步批示）`,
    en: `${t.en} cannot take “${k.en}”: items and reports take an instruction, the result feedback a read, agree or further instruction`,
  };
}

/**
 * Null when an item in `status` takes `kind` on `target` now, else why not: a 阅示 needs a result fed
 * back (已办结), a further instruction one the item can still be reopened from, and a withdrawn item
 * takes nothing.
 */
export function instructionStateRefusal(
  target: InstructionTarget,
  kind: InstructionKind,
  status: ItemStatus,
): Bilingual | null {
  if (target === InstructionTarget.FEEDBACK) {
    if (status !== ItemStatus.CONCLUDED && status !== ItemStatus.ARCHIVED)
      return {
        zh: '事项尚未办结反馈，暂不能阅示',
        en: 'The item’s result has not been reported yet; there is nothing to read',
      };
    if (instructionReopens(kind) && !allowedItemActions(status).includes(ItemAction.RECHECK))
      return {
        zh: '事项已归档，不能再作进一步批示重新督办',
        en: 'The item is archived; a further instruction can no longer reopen it',
      };
    return null;
  }
  return INSTRUCTABLE.includes(status)
    ? null
    : { zh: '事项已撤销，不能再作批示', en: 'The item was withdrawn; it takes no more instructions' };
}

/** Both checks: what the admin offers a leader. */
export function instructionRefusal(
  target: InstructionTarget,
  kind: InstructionKind,
  status: ItemStatus,
): Bilingual | null {
  return instructionKindRefusal(target, kind) ?? instructionStateRefusal(target, kind, status);
}

/**
 * 复查复议: the new deadline of a reopened item must lie ahead. Every reopened assignment takes it, so
 * no level gets more time than the level above it (an item has no level above it).
 */
export function reopenDeadlineRefusal(deadline: Date, now: Date): Bilingual | null {
  return Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime()
    ? { zh: '复查复议的新办理时限必须晚于当前时间', en: 'The new deadline must be in the future' }
    : null;
}
