import { Injectable } from '@nestjs/common';
import { AssignmentAction, AssignmentOperation, nextAssignmentStatus, UrgeKind } from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { AssignmentStore } from '../assignment';
import { AuditService } from '../audit';
import { nextNumber } from '../numbering';
import { orgScope } from '../org';
import { OutboxService } from '../outbox';
import { allOrNothing, batchIds } from '../shared';
import { urgeNoticeRepository } from './urge-notice.repository';

/** 催办: a numbered notice, recorded, sent to the unit (manual; the sweeper sends the automatic ones). */
@Injectable()
export class UrgeService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * 批量催办: a numbered notice to each assignment through the same path as one, with one text, in one
   * transaction; the first one the caller may not urge now stops the batch, naming its unit, and none is sent.
   */
  async urgeMany(ctx: RequestContext, ids: readonly string[], text?: string | null) {
    const batch = batchIds(ids);
    return allOrNothing(await ctx.db.manager(), batch, (id) => this.urge(ctx, id, text));
  }

  async urge(ctx: RequestContext, id: string, text?: string | null) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.URGE, a);
    nextAssignmentStatus(a.status, AssignmentAction.URGE);
    const n = await nextNumber(em, actor, 'URGE', new Date());
    // The notice carries its number; the text does not repeat it.
    const body = text?.trim() || '请抓紧办理，按时限报送办理情况';
    const kind = a.overdue ? UrgeKind.OVERDUE_NOTICE : UrgeKind.REMINDER;
    const notice = await urgeNoticeRepository.insert(em, a, {
      number: n.number,
      kind,
      target: 'LIAISON',
      text: body,
      createdBy: actor.userId,
    });
    await this.audit.append(em, actor, {
      chainKey: `assignment:${a.id}`,
      unitPath: a.unitPath,
      itemId: a.itemId,
      assignmentId: a.id,
      action: 'assignment.urged',
      after: { number: n.number, kind },
      text: body,
    });
    // The offices between the urging office and the unit hear of it too (see notificationWording).
    const names = await orgScope.names(em, [actor.orgUnitId, a.unitId]);
    await this.outbox.emit(em, a.tenantId, a.unitPath, {
      topic: 'assignment.urged',
      itemId: a.itemId,
      assignmentId: a.id,
      unitId: a.unitId,
      issuerUnitId: a.issuerUnitId,
      source: 'MANUAL',
      number: n.number,
      text: { zh: body, en: body },
      target: 'LIAISON',
      actorId: actor.userId,
      urgerUnitId: String(actor.orgUnitId),
      urgerUnitName: names.get(String(actor.orgUnitId)),
      unitName: names.get(String(a.unitId)),
    });
    return notice;
  }
}
