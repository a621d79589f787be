import type { Bilingual } from '../common/bilingual';
import { IllegalTransitionError } from '../common/errors';

/** The lifecycle of a 督查事项 (docs/supervision.md). */
export enum ItemStatus {
  DRAFT = 'DRAFT',
  REGISTERED = 'REGISTERED',
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_FEEDBACK = 'AWAITING_FEEDBACK',
  CONCLUDED = 'CONCLUDED',
  ARCHIVED = 'ARCHIVED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ItemAction {
  REGISTER = 'REGISTER',
  ASSIGN = 'ASSIGN',
  ALL_ASSIGNMENTS_DONE = 'ALL_ASSIGNMENTS_DONE',
  /** An assignment was returned or added after all were done. */
  REOPEN = 'REOPEN',
  /** The result was reported to the leader (件件有结果). */
  FEED_BACK = 'FEED_BACK',
  ARCHIVE = 'ARCHIVE',
  WITHDRAW = 'WITHDRAW',
  /** 复查复议: a concluded item is reopened (a leader's further instruction or the office's 复查). */
  RECHECK = 'RECHECK',
  /** 编辑: the issuing office corrects title, content, requirements, deadline or units while it is open. */
  EDIT = 'EDIT',
}

export const ITEM_STATUS_LABELS: Record<ItemStatus, Bilingual> = {
  [ItemStatus.DRAFT]: { zh: '草稿', en: 'Draft' },
  [ItemStatus.REGISTERED]: { zh: '已立项', en: 'Registered' },
  [ItemStatus.IN_PROGRESS]: { zh: '督办中', en: 'In progress' },
  [ItemStatus.AWAITING_FEEDBACK]: { zh: '待反馈', en: 'Awaiting feedback' },
  [ItemStatus.CONCLUDED]: { zh: '已办结', en: 'Concluded' },
  [ItemStatus.ARCHIVED]: { zh: '已归档', en: 'Archived' },
  [ItemStatus.WITHDRAWN]: { zh: '已撤销', en: 'Withdrawn' },
};

export const ITEM_ACTION_LABELS: Record<ItemAction, Bilingual> = {
  [ItemAction.REGISTER]: { zh: '立项', en: 'Register' },
  [ItemAction.ASSIGN]: { zh: '交办', en: 'Assign' },
  [ItemAction.ALL_ASSIGNMENTS_DONE]: { zh: '全部办结', en: 'All assignments done' },
  [ItemAction.REOPEN]: { zh: '重新督办', en: 'Reopen' },
  [ItemAction.FEED_BACK]: { zh: '结果反馈', en: 'Report result' },
  [ItemAction.ARCHIVE]: { zh: '归档', en: 'Archive' },
  [ItemAction.WITHDRAW]: { zh: '撤销', en: 'Withdraw' },
  [ItemAction.RECHECK]: { zh: '复查复议', en: 'Reopen for re-review' },
  [ItemAction.EDIT]: { zh: '编辑', en: 'Edit' },
};

// The English refusal reads as a sentence ("it cannot be withdrawn"), not a button label.
const CANNOT: Record<ItemAction, string> = {
  [ItemAction.REGISTER]: 'it cannot be registered',
  [ItemAction.ASSIGN]: 'it cannot be assigned',
  [ItemAction.ALL_ASSIGNMENTS_DONE]: 'it cannot be marked as all assignments done',
  [ItemAction.REOPEN]: 'it cannot be reopened',
  [ItemAction.FEED_BACK]: 'its result cannot be reported',
  [ItemAction.ARCHIVE]: 'it cannot be archived',
  [ItemAction.WITHDRAW]: 'it cannot be withdrawn',
  [ItemAction.RECHECK]: 'only a concluded item can be reopened for re-review',
  [ItemAction.EDIT]: 'only an open item can be edited',
};

const S = ItemStatus;
const A = ItemAction;
// An open item can still be withdrawn and corrected (编辑 keeps its state); a closed one is a record.
const open = (s: ItemStatus) => ({ [A.WITHDRAW]: S.WITHDRAWN, [A.EDIT]: s });

/** The only legal moves; anything absent is refused. */
const TRANSITIONS: Record<ItemStatus, Partial<Record<ItemAction, ItemStatus>>> = {
  [S.DRAFT]: { [A.REGISTER]: S.REGISTERED, ...open(S.DRAFT) },
  [S.REGISTERED]: { [A.ASSIGN]: S.IN_PROGRESS, ...open(S.REGISTERED) },
  // Assigning more units while in progress keeps the item in progress.
  [S.IN_PROGRESS]: {
    [A.ASSIGN]: S.IN_PROGRESS,
    [A.ALL_ASSIGNMENTS_DONE]: S.AWAITING_FEEDBACK,
    ...open(S.IN_PROGRESS),
  },
  // New work after everything was done (a unit added or a result returned) reopens the item.
  [S.AWAITING_FEEDBACK]: {
    [A.ASSIGN]: S.IN_PROGRESS,
    [A.REOPEN]: S.IN_PROGRESS,
    [A.FEED_BACK]: S.CONCLUDED,
    ...open(S.AWAITING_FEEDBACK),
  },
  // A result that is not good enough goes back to work (复查复议) until it is archived (归档, also
  // 年度归档); an archived item stays readable and searchable but takes no change at all.
  [S.CONCLUDED]: { [A.ARCHIVE]: S.ARCHIVED, [A.RECHECK]: S.IN_PROGRESS },
  [S.ARCHIVED]: {},
  [S.WITHDRAWN]: {},
};

export function nextItemStatus(from: ItemStatus, action: ItemAction): ItemStatus {
  const to = TRANSITIONS[from]?.[action];
  if (to === undefined) {
    const status = ITEM_STATUS_LABELS[from] ?? { zh: String(from), en: String(from) };
    const verb = ITEM_ACTION_LABELS[action]?.zh ?? String(action);
    throw new IllegalTransitionError(
      {
        zh: `事项当前为“${status.zh}”，不能执行“${verb}”`,
        en: `The item is ${status.en}; ${CANNOT[action] ?? `${String(action)} is not allowed`}`,
      },
      from,
      action,
    );
  }
  return to;
}

/** Actions the UI may offer in a state. */
export function allowedItemActions(from: ItemStatus): ItemAction[] {
  return Object.keys(TRANSITIONS[from] ?? {}) as ItemAction[];
}

/** Open = still being worked on; exactly the states an item can be withdrawn from. */
export function isItemOpen(status: ItemStatus): boolean {
  return TRANSITIONS[status]?.[A.WITHDRAW] !== undefined;
}

export const ITEM_STATUSES: readonly ItemStatus[] = Object.values(ItemStatus);
