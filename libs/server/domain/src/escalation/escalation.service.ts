import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  AssignmentOperation,
  EscalationAction,
  EscalationStatus,
  forwardedEscalationReason,
  nextAssignmentStatus,
  nextEscalationStatus,
  requireEscalationParent,
} from '@duban/rules';
import { Actor, conflict, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { AssignmentRow, AssignmentStore } from '../assignment';
import { orgScope } from '../org';
import { OutboxService } from '../outbox';
import { ClaimedFiles, EvidenceService } from '../evidence';
import { requiredText, withAttachments } from '../shared';
import { escalationRepository, LockedEscalation } from './escalation.repository';

const NOTHING_ESCALATED = { zh: '该事项没有待协调的问题', en: 'Nothing is escalated here' };

/**
 * 上报协调: the unit cannot resolve it at its level and asks the assigning office. That office
 * answers it, or forwards it — adding its opinion, without re-typing the question — to the office
 * above, as an escalation on its own assignment. The answer given at any level settles every
 * escalation forwarded to it, down to the unit that asked, in one transaction.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly outbox: OutboxService,
    private readonly evidence: EvidenceService,
  ) {}

  async escalate(ctx: RequestContext, id: string, reason: string, fileIds?: string[] | null) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.ESCALATE, a);
    const claimed = await this.evidence.claim(em, actor, fileIds);
    nextAssignmentStatus(a.status, AssignmentAction.ESCALATE);
    const text = requiredText(reason, 'reason', { zh: '需协调解决的问题', en: 'Reason' });
    const { saved } = await this.open(em, actor, a, text, claimed);
    return saved;
  }

  /** The assigning office passes the escalation of `id` (its sub-unit's) up, with its opinion. */
  async forward(ctx: RequestContext, id: string, opinion: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.FORWARD_ESCALATION, a);
    const text = requiredText(opinion, 'opinion', { zh: '本级意见', en: 'Opinion' });
    const esc = await this.current(em, a);
    if (!esc) throw conflict(NOTHING_ESCALATED);
    nextEscalationStatus(esc.status, EscalationAction.FORWARD);
    const parent = requireEscalationParent(a.parentId ? await this.store.lock(em, a.parentId) : null);
    if (parent.escalated)
      throw conflict({
        zh: '本单位在该事项上已有上报协调待上级答复，请待答复后再转报',
        en: 'Your office already has an escalation on this item waiting above; forward this one once it is answered',
      });
    const names = await orgScope.names(em, [a.unitId, a.issuerUnitId]);
    const reason = forwardedEscalationReason(esc.reason, text, {
      // The unit's own words are named once, at the first forward; above that they are already composed.
      askedBy: (await escalationRepository.wasForwardedTo(em, esc.id))
        ? null
        : (names.get(String(a.unitId)) ?? '下级单位'),
      office: names.get(String(a.issuerUnitId)) ?? '本级',
    });
    const { escalationId } = await this.open(em, actor, parent, reason);
    await escalationRepository.forward(em, esc.id, escalationId, text);
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, escalationForwarded: true },
      'escalation.forwarded',
      text,
    );
    await this.emit(em, actor, a, { topic: 'escalation.forwarded', opinion: text });
    return saved;
  }

  /** The office the escalation is addressed to answers it; a forwarded one is answered above. */
  async resolve(ctx: RequestContext, id: string, resolution: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.RESOLVE_ESCALATION, a);
    const text = requiredText(resolution, 'resolution', { zh: '协调结果', en: 'Resolution' });
    if (!a.escalated) throw conflict(NOTHING_ESCALATED);
    const esc = await this.current(em, a);
    return this.settle(em, actor, a, esc, EscalationAction.RESOLVE, text);
  }

  /** The escalation waiting on `a`, if its flag says there is one. */
  private async current(em: EntityManager, a: AssignmentRow): Promise<LockedEscalation | null> {
    return a.escalated ? escalationRepository.lockCurrent(em, a.id) : null;
  }

  /** Records an escalation of `a` (by its unit, or forwarded by the office below) and flags it. */
  private async open(
    em: EntityManager,
    actor: Actor,
    a: AssignmentRow,
    reason: string,
    claimed?: ClaimedFiles,
  ) {
    nextAssignmentStatus(a.status, AssignmentAction.ESCALATE);
    if (a.escalated) throw conflict({ zh: '该事项已在上报协调中', en: 'This is already escalated' });
    const escalationId = await escalationRepository.open(em, a, reason, actor.userId);
    const files = claimed
      ? await this.evidence.attachClaimed(em, claimed, { kind: 'escalation', id: escalationId })
      : [];
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, escalated: true },
      'assignment.escalated',
      withAttachments(reason, files),
    );
    await this.outbox.emit(em, a.tenantId, a.unitPath, {
      topic: 'assignment.escalated',
      itemId: a.itemId,
      assignmentId: a.id,
      unitId: a.unitId,
      issuerUnitId: a.issuerUnitId,
      reason,
      actorId: actor.userId,
    });
    return { escalationId, saved };
  }

  /**
   * Answers an escalation and, recursively, every escalation forwarded to it from below: each gets
   * the resolution, its assignment's flags clear, and the unit that asked is told.
   */
  private async settle(
    em: EntityManager,
    actor: Actor,
    a: AssignmentRow,
    esc: LockedEscalation | null,
    action: EscalationAction,
    resolution: string,
  ): Promise<AssignmentRow> {
    if (esc) {
      nextEscalationStatus(esc.status, action);
      await escalationRepository.resolve(em, esc.id, resolution, actor.userId);
    } else if (a.escalationForwarded) {
      // A flag without its row: never settle from here what an office above still holds.
      nextEscalationStatus(EscalationStatus.FORWARDED, action);
    }
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, escalated: false, escalationForwarded: false },
      'assignment.escalation_resolved',
      resolution,
    );
    await this.emit(em, actor, a, { topic: 'escalation.resolved', resolution });
    if (esc)
      for (const below of await escalationRepository.forwardedFrom(em, esc.id))
        await this.settle(
          em,
          actor,
          await this.store.lock(em, below.assignmentId),
          below,
          EscalationAction.SETTLE,
          resolution,
        );
    return saved;
  }

  private emit(
    em: EntityManager,
    actor: Actor,
    a: AssignmentRow,
    e:
      | { topic: 'escalation.forwarded'; opinion: string }
      | { topic: 'escalation.resolved'; resolution: string },
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
