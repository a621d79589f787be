import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  AssignmentOperation,
  ExtensionAction,
  extensionRoute,
  ExtensionStatus,
  nextAssignmentStatus,
  nextExtensionStatus,
} from '@duban/rules';
import { Actor, badInput, conflict, notFound, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { AssignmentRow, AssignmentStore } from '../assignment';
import { ItemService } from '../item';
import { OutboxService } from '../outbox';
import { requiredText } from '../shared';
import { extensionRepository, LockedExtension } from './extension.repository';

const EXTENSION = { zh: '延期申请', en: 'Extension request' };

/**
 * 延期申请: asked by the unit before its deadline, decided by the assigning office — which may grant
 * at most its own deadline. Anything later is forwarded, with its opinion, to the office above; that
 * office's decision then settles every request forwarded to it, down the chain, in one transaction.
 */
@Injectable()
export class ExtensionService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly items: ItemService,
    private readonly outbox: OutboxService,
  ) {}

  async request(ctx: RequestContext, id: string, reason: string, newDeadline: Date) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.REQUEST_EXTENSION, a);
    nextAssignmentStatus(a.status, AssignmentAction.REQUEST_EXTENSION);
    const text = requiredText(reason, 'reason', { zh: '延期理由', en: 'Reason' });
    const requestId = await this.open(em, actor, a, text, new Date(newDeadline));
    return extensionRepository.find(em, requestId);
  }

  async decide(ctx: RequestContext, requestId: string, approve: boolean, comment?: string | null) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const req = await this.lock(em, requestId);
    const a = await this.store.lock(em, req.assignmentId);
    requireAssignmentAccess(actor, AssignmentOperation.DECIDE_EXTENSION, a);
    // Only a pending request is this office's to decide; the state machine words every other case.
    if (req.status !== ExtensionStatus.PENDING) nextExtensionStatus(req.status, ExtensionAction.FORWARD);
    const opinion = comment?.trim() || null;
    if (!approve) {
      if (!opinion) throw badInput({ zh: '不同意延期须写明理由', en: 'A refusal needs a reason' }, 'comment');
      nextExtensionStatus(req.status, ExtensionAction.REFUSE);
      await this.settle(em, actor, req, a, false, opinion);
      return extensionRepository.find(em, requestId);
    }
    const requested = new Date(req.requestedDeadline);
    const parent = a.parentId ? await this.store.lock(em, a.parentId) : null;
    if (extensionRoute(requested, parent ? new Date(parent.deadline) : null) === 'FORWARD')
      await this.forward(em, actor, req, a, parent!, opinion);
    else {
      nextExtensionStatus(req.status, ExtensionAction.APPROVE);
      // A top-level assignment's parent is the item: its issuing office moves the item's deadline too.
      if (!parent)
        await this.items.extendDeadline(em, actor, a.itemId, requested, `延期申请批准：${req.reason}`);
      await this.settle(em, actor, req, a, true, opinion);
    }
    return extensionRepository.find(em, requestId);
  }

  /** The unit withdraws its own request before anyone decided it. */
  async cancel(ctx: RequestContext, requestId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const req = await this.lock(em, requestId);
    const a = await this.store.lock(em, req.assignmentId);
    requireAssignmentAccess(actor, AssignmentOperation.CANCEL_EXTENSION, a);
    const status = nextExtensionStatus(req.status, ExtensionAction.CANCEL);
    await extensionRepository.decide(em, req.id, status, actor.userId, null);
    await this.store.save(em, actor, a, { ...a, extensionPending: false }, 'extension.cancelled', req.reason);
    await this.emit(em, actor, a, { topic: 'extension.cancelled' });
    return extensionRepository.find(em, requestId);
  }

  /** Validates and records a request on `a` (by its unit, or forwarded by the office below). */
  private async open(em: EntityManager, actor: Actor, a: AssignmentRow, reason: string, requested: Date) {
    nextAssignmentStatus(a.status, AssignmentAction.REQUEST_EXTENSION);
    if (Date.now() > new Date(a.deadline).getTime())
      throw conflict({
        zh: '已超过办理时限，不能再申请延期，请尽快办理或上报协调',
        en: 'The deadline has passed; an extension can no longer be requested',
      });
    if (Number.isNaN(requested.getTime()) || requested.getTime() <= new Date(a.deadline).getTime())
      throw badInput(
        { zh: '申请的新时限必须晚于现有时限', en: 'The new deadline must be later than the current one' },
        'newDeadline',
      );
    if (a.extensionPending)
      throw conflict({ zh: '已有一项延期申请正在审批', en: 'An extension request is already pending' });
    const requestId = await extensionRepository.insert(em, a, reason, requested, actor.userId);
    await this.store.save(em, actor, a, { ...a, extensionPending: true }, 'extension.requested', reason);
    await this.emit(em, actor, a, { topic: 'extension.requested', reason });
    return requestId;
  }

  /**
   * The assigning office agrees but may not grant beyond its own deadline: the request goes to the
   * office above as a request on the office's own assignment, carrying the unit's reason and the
   * office's opinion. Refused there if the office's own assignment cannot ask (e.g. already asking).
   */
  private async forward(
    em: EntityManager,
    actor: Actor,
    req: LockedExtension,
    a: AssignmentRow,
    parent: AssignmentRow,
    opinion: string | null,
  ) {
    nextExtensionStatus(req.status, ExtensionAction.FORWARD);
    const reason = `下级单位申请延期：${req.reason}${opinion ? `；本级意见：${opinion}` : ''}`;
    const upward = await this.open(em, actor, parent, reason, new Date(req.requestedDeadline));
    await extensionRepository.forward(em, req.id, upward, opinion);
    await this.store.save(em, actor, a, { ...a, extensionForwarded: true }, 'extension.forwarded', opinion);
    await this.emit(em, actor, a, { topic: 'extension.forwarded', opinion });
  }

  /** Decides a request and, recursively, every request forwarded to it from below. */
  private async settle(
    em: EntityManager,
    actor: Actor,
    req: LockedExtension,
    a: AssignmentRow,
    approve: boolean,
    comment: string | null,
  ) {
    const status = nextExtensionStatus(
      req.status,
      approve ? ExtensionAction.APPROVE : ExtensionAction.REFUSE,
    );
    await extensionRepository.decide(em, req.id, status, actor.userId, comment);
    const deadline = approve ? new Date(req.requestedDeadline) : new Date(a.deadline);
    await this.store.save(
      em,
      actor,
      a,
      {
        ...a,
        extensionPending: false,
        extensionForwarded: false,
        deadline,
        overdue: approve ? deadline.getTime() < Date.now() : a.overdue,
        reminderStage: approve ? 'NONE' : a.reminderStage,
      },
      approve ? 'extension.approved' : 'extension.refused',
      comment,
    );
    await this.emit(em, actor, a, {
      topic: 'extension.decided',
      approved: approve,
      deadline: deadline.toISOString(),
      comment,
    });
    for (const below of await extensionRepository.forwardedFrom(em, req.id))
      await this.settle(em, actor, below, await this.store.lock(em, below.assignmentId), approve, comment);
  }

  private async lock(em: EntityManager, id: string) {
    const req = await extensionRepository.lock(em, id);
    if (!req) throw notFound(EXTENSION, id);
    return req;
  }

  private emit(
    em: EntityManager,
    actor: Actor,
    a: AssignmentRow,
    e:
      | { topic: 'extension.requested'; reason: string }
      | { topic: 'extension.forwarded'; opinion: string | null }
      | { topic: 'extension.cancelled' }
      | { topic: 'extension.decided'; approved: boolean; deadline: string; comment: string | null },
  ) {
    return this.outbox.emit(em, a.tenantId, a.unitPath, {
      ...e,
      itemId: a.itemId,
      assignmentId: a.id,
      unitId: a.unitId,
      issuerUnitId: a.issuerUnitId,
      actorId: actor.userId,
    });
  }
}
