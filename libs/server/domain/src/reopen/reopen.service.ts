import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  ItemAction,
  nextAssignmentStatus,
  nextItemStatus,
  reopenDeadlineRefusal,
} from '@duban/rules';
import { Actor, badInput, RequestContext } from '@duban/platform';
import { AssignmentStore, assignmentRepository } from '../assignment';
import { AuditService } from '../audit';
import { itemRepository, ItemService, SupervisionItemEntity } from '../item';
import { OutboxService } from '../outbox';
import { requiredText } from '../shared';

export const REOPEN_REASON = { zh: '复查复议理由', en: 'Reason for reopening' };

/** What a reopen needs, checked before anything is written. */
export interface ReopenRequest {
  reason: string;
  deadline: Date;
}

/**
 * 复查复议: a concluded item goes back to work with a reason and a new deadline, decided by its office
 * (复查) or by a leader's further instruction on the 结果反馈. Every done assignment of the item
 * reopens through the state machine on the normal write path (row, light, audit, roll-up) and its
 * unit is told; the item counts once more as reopened for the 复查复议率.
 */
@Injectable()
export class ReopenService {
  constructor(
    private readonly items: ItemService,
    private readonly store: AssignmentStore,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** 复查 by a supervisor of the issuing office. */
  async recheck(ctx: RequestContext, itemId: string, reason: string, deadline: Date) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const request = this.validate(reason, deadline);
    const item = await this.items.lock(em, actor, itemId);
    await this.reopen(em, actor, item, request);
    return this.items.get(em, itemId);
  }

  /** Trims the reason and checks the deadline; BAD_USER_INPUT before any write. */
  validate(
    reason: string | null | undefined,
    deadline: Date | null | undefined,
    now = new Date(),
  ): ReopenRequest {
    const text = requiredText(reason, 'reason', REOPEN_REASON);
    if (!deadline)
      throw badInput({ zh: '请填写复查复议的新办理时限', en: 'Give the new deadline' }, 'deadline');
    const refusal = reopenDeadlineRefusal(new Date(deadline), now);
    if (refusal) throw badInput(refusal, 'deadline');
    return { reason: text, deadline: new Date(deadline) };
  }

  /**
   * Reopens a locked item the caller may reopen (checked by the caller) with a validated request.
   * The state machine refuses anything but a concluded item (CONFLICT) before a row is written.
   * Returns how many assignments went back to work.
   */
  async reopen(
    em: EntityManager,
    actor: Actor,
    item: SupervisionItemEntity,
    { reason, deadline }: ReopenRequest,
  ): Promise<number> {
    const next = nextItemStatus(item.status, ItemAction.RECHECK);
    await itemRepository.reopen(em, item.id, next, deadline, reason);
    await this.audit.append(em, actor, {
      chainKey: `item:${item.id}`,
      unitPath: item.issuerPath,
      itemId: item.id,
      action: 'item.rechecked',
      before: { status: item.status, deadline: new Date(item.deadline).toISOString() },
      after: { status: next, deadline: deadline.toISOString(), reopenCount: item.reopenCount + 1 },
      text: reason,
    });
    const done = await assignmentRepository.lockReopenable(em, item.id);
    for (const a of done) {
      await this.store.save(
        em,
        actor,
        a,
        {
          ...a,
          status: nextAssignmentStatus(a.status, AssignmentAction.REOPEN),
          deadline,
          doneAt: null,
          doneLate: false,
          overdue: false,
          // The chase starts afresh against the new deadline.
          reminderStage: 'NONE',
          overdueNotices: 0,
          lastOverdueNoticeAt: null,
        },
        'assignment.reopened',
        reason,
      );
      await this.outbox.emit(em, a.tenantId, a.unitPath, {
        topic: 'assignment.reopened',
        itemId: String(a.itemId),
        assignmentId: String(a.id),
        unitId: String(a.unitId),
        issuerUnitId: String(a.issuerUnitId),
        actorId: actor.userId,
        reason,
        deadline: deadline.toISOString(),
      });
    }
    return done.length;
  }
}
