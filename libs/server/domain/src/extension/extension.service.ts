import { Injectable } from '@nestjs/common';
import { AssignmentAction, AssignmentOperation, nextAssignmentStatus } from '@duban/rules';
import { badInput, conflict, notFound, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { AssignmentStore } from '../assignment';
import { OutboxService } from '../outbox';
import { requiredText } from '../shared';
import { extensionRepository } from './extension.repository';
import { ExtensionStatusEnum } from './extension.view';

const EXTENSION = { zh: '延期申请', en: 'Extension request' };

/** 延期申请: asked by the unit before its deadline, decided by the assigning office. */
@Injectable()
export class ExtensionService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly outbox: OutboxService,
  ) {}

  async request(ctx: RequestContext, id: string, reason: string, newDeadline: Date) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.REQUEST_EXTENSION, a);
    nextAssignmentStatus(a.status, AssignmentAction.REQUEST_EXTENSION);
    const text = requiredText(reason, 'reason', { zh: '延期理由', en: 'Reason' });
    if (Date.now() > new Date(a.deadline).getTime())
      throw conflict({
        zh: '已超过办理时限，不能再申请延期，请尽快办理或上报协调',
        en: 'The deadline has passed; an extension can no longer be requested',
      });
    const requested = new Date(newDeadline);
    if (Number.isNaN(requested.getTime()) || requested.getTime() <= new Date(a.deadline).getTime())
      throw badInput(
        { zh: '申请的新时限必须晚于现有时限', en: 'The new deadline must be later than the current one' },
        'newDeadline',
      );
    if (a.extensionPending)
      throw conflict({ zh: '已有一项延期申请正在审批', en: 'An extension request is already pending' });
    const requestId = await extensionRepository.insert(em, a, text, requested, actor.userId);
    await this.store.save(em, actor, a, { ...a, extensionPending: true }, 'extension.requested', text);
    await this.outbox.emit(em, a.tenantId, a.unitPath, {
      topic: 'extension.requested',
      itemId: a.itemId,
      assignmentId: a.id,
      unitId: a.unitId,
      issuerUnitId: a.issuerUnitId,
      reason: text,
      actorId: actor.userId,
    });
    return extensionRepository.find(em, requestId);
  }

  async decide(ctx: RequestContext, requestId: string, approve: boolean, comment?: string | null) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const req = await extensionRepository.lock(em, requestId);
    if (!req) throw notFound(EXTENSION, requestId);
    const a = await this.store.lock(em, req.assignmentId);
    requireAssignmentAccess(actor, AssignmentOperation.DECIDE_EXTENSION, a);
    if (req.status !== ExtensionStatusEnum.PENDING)
      throw conflict({ zh: '该延期申请已经审批过', en: 'This extension request was already decided' });
    const reason = comment?.trim() || null;
    if (!approve && !reason)
      throw badInput({ zh: '不同意延期须写明理由', en: 'A refusal needs a reason' }, 'comment');
    await extensionRepository.decide(
      em,
      requestId,
      approve ? ExtensionStatusEnum.APPROVED : ExtensionStatusEnum.REFUSED,
      actor.userId,
      reason,
    );
    const deadline = approve ? new Date(req.requestedDeadline) : new Date(a.deadline);
    const overdue = approve ? deadline.getTime() < Date.now() : a.overdue;
    await this.store.save(
      em,
      actor,
      a,
      { ...a, extensionPending: false, deadline, overdue, reminderStage: approve ? 'NONE' : a.reminderStage },
      approve ? 'extension.approved' : 'extension.refused',
      reason,
    );
    await this.outbox.emit(em, a.tenantId, a.unitPath, {
      topic: 'extension.decided',
      itemId: a.itemId,
      assignmentId: a.id,
      unitId: a.unitId,
      issuerUnitId: a.issuerUnitId,
      approved: approve,
      deadline: deadline.toISOString(),
      comment: reason,
      actorId: actor.userId,
    });
    return extensionRepository.find(em, requestId);
  }
}
