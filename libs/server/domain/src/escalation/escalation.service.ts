import { Injectable } from '@nestjs/common';
import { AssignmentAction, AssignmentOperation, nextAssignmentStatus } from '@duban/rules';
import { conflict, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { AssignmentStore } from '../assignment';
import { OutboxService } from '../outbox';
import { requiredText } from '../shared';
import { escalationRepository } from './escalation.repository';

/** 上报协调: the unit cannot resolve it at its level and asks the assigning office. */
@Injectable()
export class EscalationService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly outbox: OutboxService,
  ) {}

  async escalate(ctx: RequestContext, id: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.ESCALATE, a);
    nextAssignmentStatus(a.status, AssignmentAction.ESCALATE);
    const text = requiredText(reason, 'reason', { zh: '需协调解决的问题', en: 'Reason' });
    if (a.escalated) throw conflict({ zh: '该事项已在上报协调中', en: 'This is already escalated' });
    await escalationRepository.open(em, a, text, actor.userId);
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, escalated: true },
      'assignment.escalated',
      text,
    );
    await this.outbox.emit(em, a.tenantId, a.unitPath, {
      topic: 'assignment.escalated',
      itemId: a.itemId,
      assignmentId: a.id,
      unitId: a.unitId,
      issuerUnitId: a.issuerUnitId,
      reason: text,
      actorId: actor.userId,
    });
    return saved;
  }

  async resolve(ctx: RequestContext, id: string, resolution: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.RESOLVE_ESCALATION, a);
    const text = requiredText(resolution, 'resolution', { zh: '协调结果', en: 'Resolution' });
    if (!a.escalated) throw conflict({ zh: '该事项没有待协调的问题', en: 'Nothing is escalated here' });
    await escalationRepository.resolve(em, a.id);
    return this.store.save(em, actor, a, { ...a, escalated: false }, 'assignment.escalation_resolved', text);
  }
}
