import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentStatus,
  computeLight,
  DEFAULT_SIGN_WITHIN_WORKING_DAYS,
  type Milestone,
} from '@duban/rules';
import { Actor, AppConfig, notFound } from '@duban/platform';
import { AuditService } from '../audit';
import { CONFIG } from '../config.token';
import { itemRepository } from '../item';
import { RollupService } from '../rollup';
import { assignmentRepository } from './assignment.repository';
import { AssignmentRow } from './assignment.row';

export const ASSIGNMENT = { zh: '交办任务', en: 'Assignment' };

/**
 * Reads and writes single assignments. Every write goes through save(): new light, one UPDATE,
 * the roll-up delta for every ancestor and a chained audit event, all in the caller's transaction.
 */
@Injectable()
export class AssignmentStore {
  /** 签收时限 in working days (config SIGN_WITHIN_WORKING_DAYS): unsigned beyond it is yellow. */
  readonly signWithinWorkingDays: number;

  constructor(
    private readonly audit: AuditService,
    private readonly rollup: RollupService,
    @Optional() @Inject(CONFIG) config?: Pick<AppConfig, 'SIGN_WITHIN_WORKING_DAYS'>,
  ) {
    this.signWithinWorkingDays = config?.SIGN_WITHIN_WORKING_DAYS ?? DEFAULT_SIGN_WITHIN_WORKING_DAYS;
  }

  /**
   * The light the row would get if saved now (the light refresh compares it with the stored one);
   * `plan` is its item's 节点计划.
   */
  lightOf(
    a: AssignmentRow,
    previous: AssignmentRow | null,
    now: Date,
    plan: readonly Milestone[],
  ): AssignmentRow {
    return withLight(a, previous, now, this.signWithinWorkingDays, plan);
  }

  /** The 节点计划 of the items of some assignments, by item id (what lightOf needs for a batch). */
  plansOf(em: EntityManager, rows: readonly AssignmentRow[]): Promise<Map<string, Milestone[]>> {
    return itemRepository.plansOf(
      em,
      rows.map((a) => String(a.itemId)),
    );
  }

  async lock(em: EntityManager, id: string): Promise<AssignmentRow> {
    const row = await assignmentRepository.lock(em, id);
    if (!row) throw notFound(ASSIGNMENT, id);
    return row;
  }

  async save(
    em: EntityManager,
    actor: Actor | null,
    before: AssignmentRow,
    after: AssignmentRow,
    action: string,
    text?: string | null,
    now = new Date(),
  ): Promise<AssignmentRow> {
    // The item's 节点计划 moves 序时进度 (one primary-key read; the plan may have just been replaced).
    const plan = (await itemRepository.plansOf(em, [String(after.itemId)])).get(String(after.itemId)) ?? [];
    const next = withLight(after, before, now, this.signWithinWorkingDays, plan);
    await assignmentRepository.update(em, next);
    await this.audit.append(em, actor, {
      chainKey: `assignment:${next.id}`,
      tenantId: String(next.tenantId),
      unitPath: next.unitPath,
      itemId: next.itemId,
      assignmentId: next.id,
      action,
      before: snapshot(before),
      after: snapshot(next),
      text: text ?? null,
    });
    // Last: the ancestors' roll-up rows are the most contended locks (every report of an item
    // touches the root's row), so take them as late as possible in the transaction.
    await this.rollup.applyChange(em, next.itemId, next.unitPath, before, next);
    return next;
  }
}

/** The light always follows the facts; a withdrawn assignment keeps its last light. */
/** A new assignment's light (cascade, delegation, reassignment): nothing is late yet. */
export const freshLight = (now: Date, deadline: Date) =>
  computeLight({ now, start: now, deadline, progressPercent: 0, done: false, returned: false });

export function withLight(
  a: AssignmentRow,
  previous: AssignmentRow | null,
  now: Date,
  signWithinWorkingDays = DEFAULT_SIGN_WITHIN_WORKING_DAYS,
  plan: readonly Milestone[] = [],
): AssignmentRow {
  if (a.status === AssignmentStatus.WITHDRAWN) return a;
  const { light, reason } = computeLight({
    now,
    start: new Date(a.createdAt),
    deadline: new Date(a.deadline),
    progressPercent: a.progressPercent,
    done: a.status === AssignmentStatus.DONE,
    doneAt: a.doneAt ? new Date(a.doneAt) : undefined,
    returned: a.returned,
    previous: previous?.light,
    // 待签收 since it was handed down (created).
    unsigned: a.status === AssignmentStatus.ASSIGNED,
    signWithinWorkingDays,
    escalated: a.escalated,
    plan,
  });
  return { ...a, light, lightReasonZh: reason.zh, lightReasonEn: reason.en };
}

/** What the audit trail keeps of an assignment: the business state, not bookkeeping columns. */
function snapshot(a: AssignmentRow) {
  return {
    status: a.status,
    deadline: new Date(a.deadline).toISOString(),
    progressPercent: a.progressPercent,
    achieved: a.achieved,
    target: a.target,
    overdue: a.overdue,
    returned: a.returned,
    extensionPending: a.extensionPending,
    extensionForwarded: a.extensionForwarded,
    escalated: a.escalated,
    escalationForwarded: a.escalationForwarded,
    split: a.split,
    notApplicable: a.notApplicable,
    declined: a.declined,
    reassignedTo: a.reassignedToId,
    light: a.light,
  };
}
