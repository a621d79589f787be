// Over 400 lines on purpose: every operation's standing, refusal and state gate in one table, so the
// whole access policy reads in one place (and access.spec.ts pins it case by case).
import type { Bilingual } from '../common/bilingual';
import { Role } from '../identity/role';
import {
  AssignmentAction,
  AssignmentStatus,
  allowedAssignmentActions,
} from '../supervision/assignment-state';
import { ItemAction, ItemStatus, allowedItemActions } from '../supervision/item-state';
import { ReportAction, ReportStatus, allowedReportActions } from '../supervision/report-state';
import {
  type AssignmentRoleName,
  coUnitsReportRefusal,
  splitReportRefusal,
} from '../supervision/report-chain';
import { applicabilityChangeRefusal } from '../supervision/completion';
import { reassignRefusal } from '../supervision/reassignment';
import { InstructionKind, InstructionTarget, instructionRefusal } from '../supervision/instruction';
import { planChangeRefusal } from '../milestone/milestone';

/**
 * Who may do what, as plain functions. Each operation needs a standing (the caller's unit relative
 * to the record) and a role; the state machines then say whether the record's state allows it.
 * The API enforces these and reports them as `allowedActions`; the admin shows exactly those.
 */

/** The caller as access decisions see them. */
export interface Viewer {
  unitId: string;
  unitPath: string;
  roles: readonly Role[];
  /** The caller's user id (who named a 委托签字 revokes it). */
  userId?: string;
  /**
   * 委托签字 in force today: the units whose reports the caller may sign for their head (loaded per
   * request, set-based; absent = none).
   */
  actingFor?: readonly ActingSigner[];
}

/** One delegation in force: the caller signs `unitId`'s reports for `headId` (委托签字). */
export interface ActingSigner {
  delegationId: string;
  unitId: string;
  headId: string;
}

/** `path` is `ancestor` or lies below it (ltree paths of unit ids, dot-separated). */
export function isWithinPath(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

export enum ItemOperation {
  REGISTER = 'REGISTER',
  ASSIGN = 'ASSIGN',
  FEED_BACK = 'FEED_BACK',
  WITHDRAW = 'WITHDRAW',
  /** 复查: the issuing office reopens a concluded item with a reason and a new deadline. */
  RECHECK = 'RECHECK',
  /** 批示: a leader of the issuing office or an office above it writes on the item. */
  INSTRUCT = 'INSTRUCT',
  /** 阅示/圈阅: such a leader reads the 结果反馈 (read, agree or a further instruction that reopens). */
  READ_FEEDBACK = 'READ_FEEDBACK',
  /** 编辑: the issuing office corrects an open item (fields, deadline, units), audited with a diff. */
  EDIT = 'EDIT',
  /** 归档: the issuing office archives a concluded item (also in bulk: 年度归档). */
  ARCHIVE = 'ARCHIVE',
  /** 节点计划: the issuing office sets or replaces the item's milestones until the work is done. */
  SET_MILESTONES = 'SET_MILESTONES',
}

export enum AssignmentOperation {
  ACCEPT = 'ACCEPT',
  SUBMIT_PROGRESS = 'SUBMIT_PROGRESS',
  SUBMIT_REPORT = 'SUBMIT_REPORT',
  DELEGATE = 'DELEGATE',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  ESCALATE = 'ESCALATE',
  URGE = 'URGE',
  DECIDE_EXTENSION = 'DECIDE_EXTENSION',
  RESOLVE_ESCALATION = 'RESOLVE_ESCALATION',
  /** 转报上级协调: the assigning office passes an escalation, with its opinion, to the office above. */
  FORWARD_ESCALATION = 'FORWARD_ESCALATION',
  SET_NOT_APPLICABLE = 'SET_NOT_APPLICABLE',
  CANCEL_EXTENSION = 'CANCEL_EXTENSION',
  /** 调整分解指标: move quantified shares between the units a split assignment was given to. */
  ADJUST_SHARES = 'ADJUST_SHARES',
  /** 退回交办: before signing for it, the unit returns it to the assigning office (with a reason). */
  DECLINE = 'DECLINE',
  /** 改派: the assigning office gives a returned or withdrawn assignment to another of its units. */
  REASSIGN = 'REASSIGN',
  /** 撤回: the assigning office withdraws one open assignment (and its open sub-assignments). */
  WITHDRAW = 'WITHDRAW',
}

export enum ReportOperation {
  SIGN = 'SIGN',
  REFUSE_SIGNATURE = 'REFUSE_SIGNATURE',
  REVIEW = 'REVIEW',
  /** 批示 on the report: a leader of the reporting unit or of an office above it. */
  INSTRUCT = 'INSTRUCT',
}

/** What access decisions read of an item. */
export interface ItemFacts {
  status: ItemStatus;
  issuerUnitId: string;
  /** The issuing office's path (absent = unknown: no leader may write on it). */
  issuerPath?: string;
}

/** What access decisions read of an assignment. */
export interface AssignmentFacts {
  status: AssignmentStatus;
  unitId: string;
  unitPath: string;
  issuerUnitId: string;
  split: boolean;
  extensionPending: boolean;
  /** The pending request went up to the office above; only that office's decision settles it. */
  extensionForwarded?: boolean;
  escalated: boolean;
  /** The open escalation went up to the office above; only that office's answer settles it. */
  escalationForwarded?: boolean;
  /**
   * The assignment this one was split from; null when the item's own office gave it (nobody above
   * to forward an escalation to). Unknown when absent, and then nothing is forwarded.
   */
  parentId?: string | null;
  deadline: Date | string;
  /**
   * Sub-assignments of a split assignment that are still open and applicable (最多报一次: it is
   * reported only when none is). Unknown when absent, and then a split assignment is not reportable.
   */
  openChildren?: number;
  /** 主办 (LEAD) or 协办 (CO); absent = neither waits for the other. */
  role?: AssignmentRoleName;
  /**
   * For a lead (主办): its co-units (协办, same item and parent) still open and applicable; it reports
   * only when none is. Unknown when absent, and then a lead is not reportable.
   */
  openCoUnits?: number;
  /** 不适用 (absent = applicable). */
  notApplicable?: boolean;
  /** The parent assignment's status, when known: a reported parent keeps a 不适用 child out. */
  parentStatus?: AssignmentStatus | null;
  /** For a co-unit (协办), its lead's status when known: a reported lead keeps a 不适用 co-unit out. */
  leadStatus?: AssignmentStatus | null;
  /** 分解指标 (absent = none). */
  target?: number | null;
  /** 退回交办 by its unit (absent = no). */
  declined?: boolean;
  /** Why it was returned or withdrawn on its own; null when it went with its item or parent. */
  withdrawnReason?: string | null;
  /** 改派: the assignment that replaced it (absent = none). */
  reassignedToId?: string | null;
}

export interface ReportFacts {
  status: ReportStatus;
}

/** The standings an operation can require, each with the refusal a caller without it reads. */
type Standing = (v: Viewer, a: AssignmentFacts) => boolean;

const MEMBER_ROLES = [Role.LIAISON, Role.HEAD, Role.SUPERVISOR];
const has = (v: Viewer, roles: readonly Role[]) => roles.some((r) => v.roles.includes(r));

/** The assigned unit's liaison, supervisor or head. */
const member: Standing = (v, a) => v.unitId === a.unitId && has(v, MEMBER_ROLES);
/** A supervisor of the office that assigned it. */
const issuerSupervisor: Standing = (v, a) => v.unitId === a.issuerUnitId && has(v, [Role.SUPERVISOR]);
/** A supervisor of any office above the assigned unit. */
const supervisorAbove: Standing = (v, a) =>
  has(v, [Role.SUPERVISOR]) && a.unitId !== v.unitId && isWithinPath(a.unitPath, v.unitPath);
/** The assigned unit's head (一把手), or the colleague the head named to sign today (委托签字). */
const unitSigner: Standing = (v, a) =>
  v.unitId === a.unitId && (has(v, [Role.HEAD]) || (v.actingFor ?? []).some((d) => d.unitId === a.unitId));

const REFUSALS = {
  member: {
    zh: '只有承办单位的联络员、督查员或一把手可以办理',
    en: 'Only the assigned unit’s liaison, supervisor or head can do this',
  },
  issuerSupervisor: {
    zh: '只有交办单位的督查员可以审核或审批',
    en: 'Only a supervisor of the assigning office can decide this',
  },
  supervisorAbove: { zh: '只有上级督查员可以催办', en: 'Only a supervisor above this unit can urge it' },
  sign: {
    zh: '只有本单位一把手（或其委托的代签人）可以签字',
    en: 'Only the head of this unit (or the acting signer the head named) can sign its report',
  },
  refuseSignature: {
    zh: '只有本单位一把手（或其委托的代签人）可以退回报告',
    en: 'Only the head of this unit (or the acting signer the head named) can send the report back',
  },
  item: {
    zh: '只有立项单位的督查员可以操作该事项',
    en: 'Only a supervisor of the issuing office can change this item',
  },
  instruct: {
    zh: '只有本单位或上级单位的领导可以批示',
    en: 'Only a leader of this unit or of an office above it can write an instruction on it',
  },
  itemAudit: {
    zh: '只有立项单位或其上级的督查员、领导可以核验该事项的留痕',
    en: 'Only a supervisor or leader of the issuing office or an office above it can verify this item’s audit trail',
  },
} satisfies Record<string, Bilingual>;

interface AssignmentRule {
  standing: Standing;
  refusal: Bilingual;
  /** Whether the record's state and flags allow it (the state machine plus the flags that gate it). */
  allowedIn: (a: AssignmentFacts, now: Date) => boolean;
}

const inState = (action: AssignmentAction) => (a: AssignmentFacts) =>
  allowedAssignmentActions(a.status).includes(action);

const ASSIGNMENT_RULES: Record<AssignmentOperation, AssignmentRule> = {
  [AssignmentOperation.ACCEPT]: {
    standing: member,
    refusal: REFUSALS.member,
    allowedIn: inState(AssignmentAction.ACCEPT),
  },
  [AssignmentOperation.SUBMIT_PROGRESS]: {
    standing: member,
    refusal: REFUSALS.member,
    // A split assignment's progress is the roll-up of its sub-units.
    allowedIn: (a) => inState(AssignmentAction.SUBMIT_PROGRESS)(a) && !a.split,
  },
  [AssignmentOperation.SUBMIT_REPORT]: {
    standing: member,
    refusal: REFUSALS.member,
    // A split assignment only once every sub-unit is done or not applicable (最多报一次); a lead
    // (主办) only once every co-unit (协办) is.
    allowedIn: (a) =>
      inState(AssignmentAction.SUBMIT_REPORT)(a) &&
      splitReportRefusal(a, a.openChildren) === null &&
      coUnitsReportRefusal(a, a.openCoUnits) === null,
  },
  [AssignmentOperation.DELEGATE]: {
    standing: member,
    refusal: REFUSALS.member,
    // A unit marked 不适用 has nothing to pass on.
    allowedIn: (a) => inState(AssignmentAction.DELEGATE)(a) && !a.notApplicable,
  },
  [AssignmentOperation.ADJUST_SHARES]: {
    standing: member,
    refusal: REFUSALS.member,
    // Only a quantified split, while the splitting unit still works on it (as for 分解 itself).
    allowedIn: (a) => inState(AssignmentAction.DELEGATE)(a) && a.split && a.target != null,
  },
  [AssignmentOperation.REQUEST_EXTENSION]: {
    standing: member,
    refusal: REFUSALS.member,
    // Only before the deadline, and one request at a time.
    allowedIn: (a, now) =>
      inState(AssignmentAction.REQUEST_EXTENSION)(a) &&
      !a.extensionPending &&
      now.getTime() <= new Date(a.deadline).getTime(),
  },
  [AssignmentOperation.ESCALATE]: {
    standing: member,
    refusal: REFUSALS.member,
    allowedIn: (a) => inState(AssignmentAction.ESCALATE)(a) && !a.escalated,
  },
  [AssignmentOperation.URGE]: {
    standing: supervisorAbove,
    refusal: REFUSALS.supervisorAbove,
    allowedIn: inState(AssignmentAction.URGE),
  },
  [AssignmentOperation.CANCEL_EXTENSION]: {
    standing: member,
    refusal: REFUSALS.member,
    allowedIn: (a) => a.extensionPending && !a.extensionForwarded,
  },
  [AssignmentOperation.DECIDE_EXTENSION]: {
    standing: issuerSupervisor,
    refusal: REFUSALS.issuerSupervisor,
    allowedIn: (a) => a.extensionPending && !a.extensionForwarded,
  },
  [AssignmentOperation.RESOLVE_ESCALATION]: {
    standing: issuerSupervisor,
    refusal: REFUSALS.issuerSupervisor,
    // Once forwarded, the office above answers it (and its answer settles this one).
    allowedIn: (a) => a.escalated && !a.escalationForwarded,
  },
  [AssignmentOperation.FORWARD_ESCALATION]: {
    standing: issuerSupervisor,
    refusal: REFUSALS.issuerSupervisor,
    // Only where an office above exists: the assigning office holds an assignment of its own.
    allowedIn: (a) => a.escalated && !a.escalationForwarded && a.parentId != null,
  },
  [AssignmentOperation.SET_NOT_APPLICABLE]: {
    standing: issuerSupervisor,
    refusal: REFUSALS.issuerSupervisor,
    // Offered exactly when the toggle would be accepted (see applicabilityChangeRefusal).
    allowedIn: (a) =>
      applicabilityChangeRefusal(
        { ...a, notApplicable: !!a.notApplicable, parentStatus: a.parentStatus ?? null },
        !a.notApplicable,
      ) === null,
  },
  [AssignmentOperation.DECLINE]: {
    standing: member,
    refusal: REFUSALS.member,
    // Only before 签收, and not while a request of the unit waits for the office (延期, 上报协调).
    allowedIn: (a) => inState(AssignmentAction.DECLINE)(a) && !a.extensionPending && !a.escalated,
  },
  [AssignmentOperation.REASSIGN]: {
    standing: issuerSupervisor,
    refusal: REFUSALS.issuerSupervisor,
    // Returned by its unit or withdrawn on its own, not yet given to another unit, still before its
    // deadline, and (when known) under a parent that still takes units, as the API checks.
    allowedIn: (a, now) =>
      reassignRefusal(a) === null &&
      now.getTime() < new Date(a.deadline).getTime() &&
      (a.parentStatus == null ||
        allowedAssignmentActions(a.parentStatus).includes(AssignmentAction.DELEGATE)),
  },
  [AssignmentOperation.WITHDRAW]: {
    standing: issuerSupervisor,
    refusal: REFUSALS.issuerSupervisor,
    allowedIn: inState(AssignmentAction.WITHDRAW),
  },
};

/** Null when the caller's standing and roles allow the operation, else why not (state aside). */
export function assignmentAccessRefusal(
  op: AssignmentOperation,
  viewer: Viewer,
  a: AssignmentFacts,
): Bilingual | null {
  const rule = ASSIGNMENT_RULES[op];
  return rule.standing(viewer, a) ? null : rule.refusal;
}

/** Every operation the caller may take on the assignment now: standing, roles, state and flags. */
export function allowedAssignmentOperations(
  viewer: Viewer,
  a: AssignmentFacts,
  now: Date,
): AssignmentOperation[] {
  return (Object.keys(ASSIGNMENT_RULES) as AssignmentOperation[]).filter((op) => {
    const rule = ASSIGNMENT_RULES[op];
    return rule.standing(viewer, a) && rule.allowedIn(a, now);
  });
}

const REPORT_RULES: Record<
  Exclude<ReportOperation, ReportOperation.INSTRUCT>,
  { standing: Standing; refusal: Bilingual; report: ReportAction; assignment: AssignmentAction }
> = {
  [ReportOperation.SIGN]: {
    standing: unitSigner,
    refusal: REFUSALS.sign,
    report: ReportAction.SIGN,
    assignment: AssignmentAction.SIGN,
  },
  [ReportOperation.REFUSE_SIGNATURE]: {
    standing: unitSigner,
    refusal: REFUSALS.refuseSignature,
    report: ReportAction.REFUSE_SIGNATURE,
    assignment: AssignmentAction.REFUSE_SIGNATURE,
  },
  // The assigning office reviews every report, a co-unit's (协办) too: the lead unit (主办) cites an
  // accepted co-unit report in its own, it does not review it (it sees only its own subtree).
  [ReportOperation.REVIEW]: {
    standing: issuerSupervisor,
    refusal: REFUSALS.issuerSupervisor,
    report: ReportAction.ACCEPT,
    assignment: AssignmentAction.ACCEPT_REPORT,
  },
};

export function reportAccessRefusal(
  op: Exclude<ReportOperation, ReportOperation.INSTRUCT>,
  viewer: Viewer,
  assignment: AssignmentFacts,
): Bilingual | null {
  const rule = REPORT_RULES[op];
  return rule.standing(viewer, assignment) ? null : rule.refusal;
}

/**
 * 批示: a leader whose subtree holds the record (the item's issuing office, or the reporting unit),
 * his own unit's included; a leader elsewhere, or anyone without the leader role, is refused.
 */
export function instructionAccessRefusal(viewer: Viewer, path: string): Bilingual | null {
  return has(viewer, [Role.LEADER]) && isWithinPath(path, viewer.unitPath) ? null : REFUSALS.instruct;
}

export function allowedReportOperations(
  viewer: Viewer,
  report: ReportFacts,
  assignment: AssignmentFacts,
): ReportOperation[] {
  const ops = (Object.keys(REPORT_RULES) as (keyof typeof REPORT_RULES)[]).filter((op) => {
    const rule = REPORT_RULES[op];
    return (
      rule.standing(viewer, assignment) &&
      allowedReportActions(report.status).includes(rule.report) &&
      allowedAssignmentActions(assignment.status).includes(rule.assignment)
    );
  });
  // A report is written on in any state: a leader may comment on a draft as on an accepted one.
  return instructionAccessRefusal(viewer, assignment.unitPath) === null
    ? [...ops, ReportOperation.INSTRUCT]
    : ops;
}

/** The office's own operations on an item, each the state machine's action. */
const ITEM_ACTION: Record<
  | ItemOperation.REGISTER
  | ItemOperation.ASSIGN
  | ItemOperation.FEED_BACK
  | ItemOperation.WITHDRAW
  | ItemOperation.RECHECK
  | ItemOperation.EDIT
  | ItemOperation.ARCHIVE,
  ItemAction
> = {
  [ItemOperation.REGISTER]: ItemAction.REGISTER,
  [ItemOperation.ASSIGN]: ItemAction.ASSIGN,
  [ItemOperation.FEED_BACK]: ItemAction.FEED_BACK,
  [ItemOperation.WITHDRAW]: ItemAction.WITHDRAW,
  [ItemOperation.RECHECK]: ItemAction.RECHECK,
  [ItemOperation.EDIT]: ItemAction.EDIT,
  [ItemOperation.ARCHIVE]: ItemAction.ARCHIVE,
};

/** A leader's operations on an item: the instruction each writes, offered while the item takes it. */
const LEADER_ITEM_OPERATIONS: Record<
  ItemOperation.INSTRUCT | ItemOperation.READ_FEEDBACK,
  { target: InstructionTarget; kind: InstructionKind }
> = {
  [ItemOperation.INSTRUCT]: { target: InstructionTarget.ITEM, kind: InstructionKind.INSTRUCTION },
  [ItemOperation.READ_FEEDBACK]: { target: InstructionTarget.FEEDBACK, kind: InstructionKind.READ },
};

/** Only a supervisor of the issuing office changes an item. */
export function itemAccessRefusal(viewer: Viewer, item: ItemFacts): Bilingual | null {
  return viewer.unitId === item.issuerUnitId && has(viewer, [Role.SUPERVISOR]) ? null : REFUSALS.item;
}

/**
 * 留痕核验: a supervisor or leader of the issuing office or of an office above it. Their subtree holds
 * every event of the item, so a verdict is never drawn from part of its trail.
 */
export function itemAuditRefusal(viewer: Viewer, item: { issuerPath: string }): Bilingual | null {
  return isWithinPath(item.issuerPath, viewer.unitPath) && has(viewer, [Role.SUPERVISOR, Role.LEADER])
    ? null
    : REFUSALS.itemAudit;
}

export function allowedItemOperations(viewer: Viewer, item: ItemFacts): ItemOperation[] {
  const legal = allowedItemActions(item.status);
  const office = itemAccessRefusal(viewer, item)
    ? []
    : [
        ...(Object.keys(ITEM_ACTION) as (keyof typeof ITEM_ACTION)[]).filter((op) =>
          legal.includes(ITEM_ACTION[op]),
        ),
        ...(planChangeRefusal(item.status) ? [] : [ItemOperation.SET_MILESTONES]),
      ];
  const leader =
    item.issuerPath !== undefined && instructionAccessRefusal(viewer, item.issuerPath) === null
      ? (Object.keys(LEADER_ITEM_OPERATIONS) as (keyof typeof LEADER_ITEM_OPERATIONS)[]).filter(
          (op) =>
            instructionRefusal(
              LEADER_ITEM_OPERATIONS[op].target,
              LEADER_ITEM_OPERATIONS[op].kind,
              item.status,
            ) === null,
        )
      : [];
  return [...office, ...leader];
}

/** 委托签字: a head names an acting signer of the same unit for a period, and revokes it. */
export enum SigningDelegationOperation {
  REVOKE = 'REVOKE',
}

const DELEGATION_REFUSALS = {
  delegate: {
    zh: '只有一把手可以委托本单位人员代签',
    en: 'Only a unit head can name an acting signer for the unit',
  },
  revoke: {
    zh: '只有作出委托的一把手可以撤销委托',
    en: 'Only the unit head who named the acting signer can revoke it',
  },
} satisfies Record<string, Bilingual>;

/** Null when the caller may name an acting signer for `unitId` (a head of that unit), else why not. */
export function delegateSigningRefusal(viewer: Viewer, unitId: string): Bilingual | null {
  return viewer.unitId === String(unitId) && has(viewer, [Role.HEAD]) ? null : DELEGATION_REFUSALS.delegate;
}

/** Null when the caller may revoke the delegation (the head who made it, still a head), else why not. */
export function revokeDelegationRefusal(
  viewer: Viewer,
  d: { unitId: string; headId: string },
): Bilingual | null {
  return viewer.userId !== undefined &&
    viewer.userId === String(d.headId) &&
    viewer.unitId === String(d.unitId) &&
    has(viewer, [Role.HEAD])
    ? null
    : DELEGATION_REFUSALS.revoke;
}

/** What the caller may do with a delegation now; `pending` = still to come or running. */
export function allowedDelegationOperations(
  viewer: Viewer,
  d: { unitId: string; headId: string },
  pending: boolean,
): SigningDelegationOperation[] {
  return pending && revokeDelegationRefusal(viewer, d) === null ? [SigningDelegationOperation.REVOKE] : [];
}

/** What the caller may do with an org unit's own settings (the org page offers exactly these). */
export enum OrgUnitOperation {
  /** 机关代字: the prefix of the numbers the office issues (商督〔2026〕12号). */
  SET_OFFICE_PREFIX = 'SET_OFFICE_PREFIX',
  /** 模板与周期事项: the office's templates, which register items as the office. */
  MANAGE_ITEM_TEMPLATES = 'MANAGE_ITEM_TEMPLATES',
  /** 年度归档: archive the office's items concluded in a year (archiveConcludedItems). */
  ARCHIVE_YEAR = 'ARCHIVE_YEAR',
}

const OFFICE_PREFIX_REFUSAL: Bilingual = {
  zh: '只有本单位督查室的督查员可以设置机关代字',
  en: 'Only a supervisor of the office itself can set its number prefix',
};

/** 机关代字: a supervisor of that very office (its 督查室) sets it; nobody above or below does. */
export function officePrefixRefusal(viewer: Viewer, unitId: string): Bilingual | null {
  return viewer.unitId === String(unitId) && has(viewer, [Role.SUPERVISOR]) ? null : OFFICE_PREFIX_REFUSAL;
}

const ITEM_TEMPLATE_REFUSAL: Bilingual = {
  zh: '只有本单位督查室的督查员可以管理和使用本单位的事项模板',
  en: 'Only a supervisor of the office itself can manage and use its item templates',
};

/**
 * 模板与周期事项: a template registers items as its office (立项 numbers them in the office's series), so
 * only a supervisor of that very office keeps or uses it, as for 立项 itself.
 */
export function itemTemplateRefusal(viewer: Viewer, ownerUnitId: string): Bilingual | null {
  return viewer.unitId === String(ownerUnitId) && has(viewer, [Role.SUPERVISOR])
    ? null
    : ITEM_TEMPLATE_REFUSAL;
}

/** What the caller may do with one item template (the templates page offers exactly these). */
export enum ItemTemplateOperation {
  EDIT = 'EDIT',
  /** 停用 / 启用: a stopped template is never run by the sweeper. */
  SET_ACTIVE = 'SET_ACTIVE',
  DELETE = 'DELETE',
  /** 用此模板登记: register one item from it now. */
  REGISTER = 'REGISTER',
}

export function allowedItemTemplateOperations(viewer: Viewer, ownerUnitId: string): ItemTemplateOperation[] {
  return itemTemplateRefusal(viewer, ownerUnitId) === null ? Object.values(ItemTemplateOperation) : [];
}

/** 年度归档 changes the office's own items: exactly who changes any of them (itemAccessRefusal). */
export function yearArchiveRefusal(viewer: Viewer, unitId: string): Bilingual | null {
  return itemAccessRefusal(viewer, { status: ItemStatus.CONCLUDED, issuerUnitId: String(unitId) });
}

export function allowedOrgUnitOperations(viewer: Viewer, unitId: string): OrgUnitOperation[] {
  return [
    ...(officePrefixRefusal(viewer, unitId) === null ? [OrgUnitOperation.SET_OFFICE_PREFIX] : []),
    ...(itemTemplateRefusal(viewer, unitId) === null ? [OrgUnitOperation.MANAGE_ITEM_TEMPLATES] : []),
    ...(yearArchiveRefusal(viewer, unitId) === null ? [OrgUnitOperation.ARCHIVE_YEAR] : []),
  ];
}

const LIGHT_OVERRIDE_REFUSAL: Bilingual = {
  zh: '只有本级或上级的督查员、领导可以人工调整灯色',
  en: 'Only a supervisor or leader of this unit or an office above it can set its light by hand',
};

/** 人工调整灯色: a supervisor or leader, for a roll-up in their own subtree (their own unit's included). */
export function lightOverrideRefusal(viewer: Viewer, unitPath: string): Bilingual | null {
  return isWithinPath(unitPath, viewer.unitPath) && has(viewer, [Role.SUPERVISOR, Role.LEADER])
    ? null
    : LIGHT_OVERRIDE_REFUSAL;
}

/** What the caller may do with spreadsheets (the ledger and import pages offer exactly these). */
export enum SpreadsheetOperation {
  /** 导出台账: everyone who reads the ledger. */
  EXPORT_LEDGER = 'EXPORT_LEDGER',
  /** 导入年度目标任务分解表. */
  IMPORT_TARGETS = 'IMPORT_TARGETS',
}

const TARGET_IMPORT_REFUSAL: Bilingual = {
  zh: '只有可以立项的督查员才能导入年度目标任务',
  en: 'Only a supervisor who may register items can import annual targets',
};

/** 导入年度目标任务: each row is registered (立项) and assigned as the caller's office, so the same role. */
export function targetImportRefusal(viewer: Viewer): Bilingual | null {
  return has(viewer, [Role.SUPERVISOR]) ? null : TARGET_IMPORT_REFUSAL;
}

export function allowedSpreadsheetOperations(viewer: Viewer): SpreadsheetOperation[] {
  return [
    SpreadsheetOperation.EXPORT_LEDGER,
    ...(targetImportRefusal(viewer) === null ? [SpreadsheetOperation.IMPORT_TARGETS] : []),
  ];
}
