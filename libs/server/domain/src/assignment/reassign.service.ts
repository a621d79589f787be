import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  AssignmentOperation,
  checkReassignable,
  checkReassignedShare,
  ItemAction,
  nextAssignmentStatus,
  nextItemStatus,
} from '@duban/rules';
import { Actor, badInput, conflict, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { AuditService } from '../audit';
import { ItemService } from '../item';
import { orgScope } from '../org';
import { OutboxService } from '../outbox';
import { RollupService } from '../rollup';
import { requiredText } from '../shared';
import { assignmentRepository } from './assignment.repository';
import { AssignmentRow } from './assignment.row';
import { AssignmentStore, freshLight } from './assignment.store';
import { ItemCompletion } from './item-completion.service';
import { requireTargetsInScope } from './targets.sql';

const REASON = { zh: '理由', en: 'Reason' };

const WAITING_FOR_OFFICE = {
  zh: '本单位的延期申请或上报协调尚待交办单位答复，答复后再退回交办',
  en: 'An extension request or escalation of your unit is still waiting for the assigning office; return the assignment once it is answered',
};
const DEADLINE_PASSED = {
  zh: '该任务的办理时限已过，不能改派；请重新交办或分解并确定新的时限',
  en: 'The deadline of this assignment has passed; assign the work again with a new deadline instead',
};
const NOT_APPLICABLE_PARENT = {
  zh: '本单位的任务已标为不适用，不能改派下级任务',
  en: 'Your own assignment is marked not applicable; there is nothing to reassign',
};
const UNIT_HOLDS_ITEM = {
  zh: '所选单位已承办本事项（含已退回或已撤回的任务），请选择其他单位',
  en: 'The chosen unit already holds this item (perhaps returned or withdrawn); choose another unit',
};

/**
 * 退回交办, 改派 and 撤回 of single assignments. The unit returns a new assignment before signing for it;
 * the assigning office gives a returned or withdrawn one to another of its units, or withdraws one
 * open assignment with its open sub-assignments. Every step is audited, notified and kept in the
 * roll-up; the item's completion follows.
 */
@Injectable()
export class ReassignService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly items: ItemService,
    private readonly completion: ItemCompletion,
    private readonly rollup: RollupService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * 退回交办: before 签收 the unit returns the assignment as not its responsibility. It leaves the
   * roll-up's open work (withdrawn) but still holds its item — and its parent's report — open until
   * the assigning office reassigns it or marks it 不适用 (`awaitsReassignment`), exactly as it did
   * while it waited for 签收: the item's completion does not move, so nothing above the unit's scope
   * is written.
   */
  async decline(ctx: RequestContext, id: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.DECLINE, a);
    const status = nextAssignmentStatus(a.status, AssignmentAction.DECLINE);
    if (a.extensionPending || a.escalated) throw conflict(WAITING_FOR_OFFICE);
    const text = requiredText(reason, 'reason', { zh: '退回理由', en: 'Reason' }, 2000);
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, status, declined: true, withdrawnReason: text },
      'assignment.declined',
      text,
    );
    const names = await orgScope.names(em, [a.unitId]);
    await this.emit(em, actor, saved, {
      topic: 'assignment.declined',
      reason: text,
      unitName: names.get(String(a.unitId)) ?? '',
    });
    return saved;
  }

  /**
   * 改派: the assigning office gives a returned (or withdrawn-on-its-own) assignment to another unit
   * strictly below itself that does not hold the item yet: one new row under the same parent with the
   * same share, role and deadline; the old row points at it. Refused whole otherwise.
   */
  async reassign(ctx: RequestContext, id: string, unitId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const now = new Date();
    const old = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.REASSIGN, old);
    checkReassignable(old);
    // The place it goes back into must still take units: the office's own split, or the item.
    const parentTarget = await this.requireOpenParent(em, actor, old);
    if (new Date(old.deadline).getTime() <= now.getTime()) throw conflict(DEADLINE_PASSED);
    await requireTargetsInScope(em, old.issuerPath, [unitId], []);
    if ((await assignmentRepository.holding(em, old.itemId, [unitId])).length)
      throw badInput(UNIT_HOLDS_ITEM, 'unitId');
    const given = await assignmentRepository.shares(em, old.itemId, old.parentId);
    checkReassignedShare(
      parentTarget,
      given.map((s) => s.target),
      old.target,
    );
    const light = freshLight(now, new Date(old.deadline));
    const newId = await assignmentRepository.insertReassigned(em, old, unitId, light);
    if (!newId) throw badInput(UNIT_HOLDS_ITEM, 'unitId');
    const fresh = await this.store.lock(em, newId);
    const names = await orgScope.names(em, [old.unitId, unitId]);
    const from = names.get(String(old.unitId)) ?? '';
    const to = names.get(String(unitId)) ?? '';
    await this.audit.append(em, actor, {
      chainKey: `assignment:${fresh.id}`,
      unitPath: fresh.unitPath,
      itemId: fresh.itemId,
      assignmentId: fresh.id,
      action: 'assignment.reassigned_in',
      after: { reassignedFrom: String(old.id), unitId: String(unitId), target: fresh.target },
      text: `由${from}改派`,
    });
    await this.store.save(
      em,
      actor,
      old,
      { ...old, reassignedToId: fresh.id },
      'assignment.reassigned',
      `改派给${to}`,
    );
    // A withdrawn top-level share given out again may reopen an item that waited for feedback.
    await this.completion.sync(em, actor, fresh);
    const item = await this.items.get(em, old.itemId);
    await this.emit(em, actor, fresh, {
      topic: 'assignment.reassigned',
      itemTitle: item.title,
      fromAssignmentId: String(old.id),
    });
    // Last: the ancestors' roll-up rows are the most contended locks.
    await this.rollup.applyChange(em, fresh.itemId, fresh.unitPath, null, fresh);
    return fresh;
  }

  /**
   * 撤回: the assigning office withdraws one open assignment, and with it every open sub-assignment
   * below it (set-based, through the state machine's WITHDRAW). The reason is kept on the row; the
   * roll-up follows the change of every row; the item's completion is re-synced.
   */
  async withdraw(ctx: RequestContext, id: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.WITHDRAW, a);
    const status = nextAssignmentStatus(a.status, AssignmentAction.WITHDRAW);
    const text = requiredText(reason, 'reason', REASON, 2000);
    const below = await assignmentRepository.withdrawOpenBelow(em, a.id);
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, status, withdrawnReason: text },
      'assignment.withdrawn',
      below.length ? `${text}（含下级任务${below.length}项）` : text,
    );
    await this.completion.sync(em, actor, saved);
    await this.emit(em, actor, saved, { topic: 'assignment.withdrawn', reason: text });
    await this.rollup.applyChanges(
      em,
      a.itemId,
      below.map((b) => ({ unitPath: b.unitPath, before: b, after: { ...b, status } })),
    );
    return saved;
  }

  /**
   * The target under which a replacement goes (the parent's 分解指标, or the item's 量化目标), after
   * checking that the parent still takes units: the office's split while it works on it (as for 分解),
   * or the item while it can be assigned.
   */
  private async requireOpenParent(em: EntityManager, actor: Actor, a: AssignmentRow) {
    if (a.parentId) {
      const parent = await this.store.lock(em, a.parentId);
      nextAssignmentStatus(parent.status, AssignmentAction.DELEGATE);
      if (parent.notApplicable) throw conflict(NOT_APPLICABLE_PARENT);
      return parent.target;
    }
    const item = await this.items.lock(em, actor, a.itemId);
    nextItemStatus(item.status, ItemAction.ASSIGN);
    return item.target;
  }

  private emit(
    em: EntityManager,
    actor: Actor,
    a: AssignmentRow,
    e:
      | { topic: 'assignment.declined'; reason: string; unitName: string }
      | { topic: 'assignment.reassigned'; itemTitle: string; fromAssignmentId: string }
      | { topic: 'assignment.withdrawn'; reason: string },
  ) {
    return this.outbox.emit(em, a.tenantId, a.unitPath, {
      ...e,
      itemId: String(a.itemId),
      assignmentId: String(a.id),
      unitId: String(a.unitId),
      issuerUnitId: String(a.issuerUnitId),
      actorId: actor.userId,
    });
  }
}
