import {
  ActingSigner,
  allowedAccessTokenOperations,
  revokeAccessTokenRefusal,
  allowedSpreadsheetOperations,
  targetImportRefusal,
  allowedOrgUnitOperations,
  lightOverrideRefusal,
  officePrefixRefusal,
  itemTemplateRefusal,
  allowedItemTemplateOperations,
  yearArchiveRefusal,
  allowedDelegationOperations,
  AssignmentFacts,
  AssignmentOperation,
  allowedAssignmentOperations,
  allowedItemOperations,
  allowedReportOperations,
  assignmentAccessRefusal,
  ItemFacts,
  itemAccessRefusal,
  itemAuditRefusal,
  instructionAccessRefusal,
  ReportFacts,
  ReportOperation,
  reportAccessRefusal,
  delegateSigningRefusal,
  revokeDelegationRefusal,
  Viewer,
} from '@duban/rules';
import { Actor, forbidden } from '@duban/platform';

/**
 * The one place access to supervision records is decided. Who may do what is written in
 * @duban/rules (standing + roles); this turns the caller into a viewer, refuses with FORBIDDEN and
 * answers `allowedActions`. The state machines add CONFLICT for the right person at the wrong time.
 */
export function viewerOf(actor: Actor, actingFor?: readonly ActingSigner[]): Viewer {
  return {
    unitId: String(actor.orgUnitId),
    unitPath: actor.unitPath,
    roles: actor.roles,
    userId: String(actor.userId),
    ...(actingFor ? { actingFor } : {}),
  };
}

export function requireItemAccess(actor: Actor, item: ItemFacts): void {
  const refusal = itemAccessRefusal(viewerOf(actor), ids(item));
  if (refusal) throw forbidden(refusal);
}

/** 留痕核验: the issuing office or one above it, as supervisor or leader (see itemAuditRefusal). */
export function requireItemAuditAccess(actor: Actor, item: { issuerPath: string }): void {
  const refusal = itemAuditRefusal(viewerOf(actor), item);
  if (refusal) throw forbidden(refusal);
}

/** 批示 / 阅示: a leader whose subtree holds `path` (the issuing office, or the reporting unit). */
export function requireInstructionAccess(actor: Actor, path: string): void {
  const refusal = instructionAccessRefusal(viewerOf(actor), path);
  if (refusal) throw forbidden(refusal);
}

export function requireAssignmentAccess(actor: Actor, op: AssignmentOperation, a: AssignmentFacts): void {
  const refusal = assignmentAccessRefusal(op, viewerOf(actor), ids(a));
  if (refusal) throw forbidden(refusal);
}

/** `actingFor`: the caller's 委托签字 in force today (signing and refusing to sign rely on it). */
export function requireReportAccess(
  actor: Actor,
  op: Exclude<ReportOperation, ReportOperation.INSTRUCT>,
  a: AssignmentFacts,
  actingFor?: readonly ActingSigner[],
): void {
  const refusal = reportAccessRefusal(op, viewerOf(actor, actingFor), ids(a));
  if (refusal) throw forbidden(refusal);
}

export const itemOperations = (actor: Actor, item: ItemFacts) =>
  allowedItemOperations(viewerOf(actor), ids(item));

export const assignmentOperations = (actor: Actor, a: AssignmentFacts, now = new Date()) =>
  allowedAssignmentOperations(viewerOf(actor), ids(a), now);

export const reportOperations = (
  actor: Actor,
  r: ReportFacts,
  a: AssignmentFacts,
  actingFor?: readonly ActingSigner[],
) => allowedReportOperations(viewerOf(actor, actingFor), r, ids(a));

/** 委托签字: only a head names an acting signer, for the head's own unit. */
export function requireDelegateSigning(actor: Actor): void {
  const refusal = delegateSigningRefusal(viewerOf(actor), String(actor.orgUnitId));
  if (refusal) throw forbidden(refusal);
}

/** 委托签字: only the head who named the acting signer revokes it. */
export function requireRevokeDelegation(actor: Actor, d: { unitId: string; headId: string }): void {
  const refusal = revokeDelegationRefusal(viewerOf(actor), d);
  if (refusal) throw forbidden(refusal);
}

export const delegationOperations = (actor: Actor, d: { unitId: string; headId: string }, pending: boolean) =>
  allowedDelegationOperations(viewerOf(actor), d, pending);

/** 机关代字: a supervisor of the office itself (see officePrefixRefusal). */
export function requireOfficePrefixAccess(actor: Actor): void {
  const refusal = officePrefixRefusal(viewerOf(actor), String(actor.orgUnitId));
  if (refusal) throw forbidden(refusal);
}

/** 年度归档: a supervisor of the office whose items they are (see yearArchiveRefusal). */
export function requireYearArchiveAccess(actor: Actor): void {
  const refusal = yearArchiveRefusal(viewerOf(actor), String(actor.orgUnitId));
  if (refusal) throw forbidden(refusal);
}

export const orgUnitOperations = (actor: Actor, unitId: string) =>
  allowedOrgUnitOperations(viewerOf(actor), String(unitId));

/** 人工调整灯色: a supervisor or leader, for a roll-up in their own subtree (see lightOverrideRefusal). */
export function requireLightOverride(actor: Actor, unitPath: string): void {
  const refusal = lightOverrideRefusal(viewerOf(actor), unitPath);
  if (refusal) throw forbidden(refusal);
}

export const mayOverrideLight = (actor: Actor, unitPath: string) =>
  lightOverrideRefusal(viewerOf(actor), unitPath) === null;

/** 导入年度目标任务: whoever may register items (see targetImportRefusal). */
export function requireTargetImportAccess(actor: Actor): void {
  const refusal = targetImportRefusal(viewerOf(actor));
  if (refusal) throw forbidden(refusal);
}

/** 模板与周期事项: a supervisor of the owning office itself (see itemTemplateRefusal). */
export function requireItemTemplateAccess(actor: Actor, ownerUnitId: string): void {
  const refusal = itemTemplateRefusal(viewerOf(actor), String(ownerUnitId));
  if (refusal) throw forbidden(refusal);
}

export const itemTemplateOperations = (actor: Actor, ownerUnitId: string) =>
  allowedItemTemplateOperations(viewerOf(actor), String(ownerUnitId));

export const spreadsheetOperations = (actor: Actor) => allowedSpreadsheetOperations(viewerOf(actor));

/** bigint columns can arrive as numbers from some drivers' paths; compare ids as strings. */
function ids<T extends { issuerUnitId: string; unitId?: string }>(x: T): T {
  return {
    ...x,
    issuerUnitId: String(x.issuerUnitId),
    ...(x.unitId === undefined ? {} : { unitId: String(x.unitId) }),
  };
}

/** 撤销访问令牌: its user, or an administrator over that user (see revokeAccessTokenRefusal). */
export function requireAccessTokenRevoke(actor: Actor, t: { userId: string; ownerInScope: boolean }): void {
  const refusal = revokeAccessTokenRefusal(actor, t);
  if (refusal) throw forbidden(refusal);
}

/** Nothing through an access token itself: it runs no mutation. */
export const accessTokenOperations = (
  actor: Actor,
  t: { userId: string; ownerInScope: boolean; revokedAt: Date | null },
) => (actor.accessTokenId ? [] : allowedAccessTokenOperations(actor, t));
