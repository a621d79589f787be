import { Injectable } from '@nestjs/common';
import {
  AssignmentAction,
  AssignmentOperation,
  checkApplicabilityChange,
  checkReportedMilestone,
  nextAssignmentStatus,
} from '@duban/rules';
import { badInput, conflict, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { EvidenceService } from '../evidence';
import { itemRepository } from '../item';
import { allOrNothing, batchIds, checkPercent, requiredText, withAttachments } from '../shared';
import { ProgressInput } from './assignment.dto';
import { assignmentRepository } from './assignment.repository';
import { coUnitsRepository } from './co-units.repository';
import { AssignmentStore } from './assignment.store';
import { ItemCompletion } from './item-completion.service';
import { progressRepository } from './progress.repository';

/** The assigned unit's own work on its assignment: 签收, 报送进展; and the issuer's 不适用. */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly completion: ItemCompletion,
    private readonly evidence: EvidenceService,
  ) {}

  async accept(ctx: RequestContext, id: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.ACCEPT, a);
    const status = nextAssignmentStatus(a.status, AssignmentAction.ACCEPT);
    return this.store.save(em, actor, a, { ...a, status, acceptedAt: new Date() }, 'assignment.accepted');
  }

  /**
   * 批量签收: 签收 of each assignment through the same path as one (lock, policy, state machine, save), in
   * one transaction; the first one refused stops the batch, naming its unit, and nothing is signed for.
   */
  async acceptMany(ctx: RequestContext, ids: readonly string[]) {
    const batch = batchIds(ids);
    return allOrNothing(await ctx.db.manager(), batch, (id) => this.accept(ctx, id));
  }

  async submitProgress(ctx: RequestContext, id: string, input: ProgressInput) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.SUBMIT_PROGRESS, a);
    const claimed = await this.evidence.claim(em, actor, input.fileIds);
    nextAssignmentStatus(a.status, AssignmentAction.SUBMIT_PROGRESS);
    if (a.split)
      throw conflict({
        zh: '已分解的任务进度由下级单位汇总，不能直接填报',
        en: 'A split assignment’s progress comes from its sub-units',
      });
    const text = requiredText(input.text, 'text', { zh: '进展情况', en: 'Progress text' });
    checkPercent(input.percent, 'percent');
    if (input.achieved != null && input.achieved < 0)
      throw badInput({ zh: '完成量不能为负数', en: 'Achieved cannot be negative' }, 'achieved');
    if (input.milestoneSeq != null) {
      const plans = await itemRepository.plansOf(em, [String(a.itemId)]);
      checkReportedMilestone(plans.get(String(a.itemId)) ?? [], input.milestoneSeq);
    }
    const progressId = await progressRepository.insert(em, a, {
      percent: input.percent,
      achieved: input.achieved ?? null,
      text,
      by: actor.userId,
      milestoneSeq: input.milestoneSeq ?? null,
    });
    const files = await this.evidence.attachClaimed(em, claimed, { kind: 'progress_update', id: progressId });
    if (files.length) await progressRepository.setAttachments(em, progressId, files);
    return this.store.save(
      em,
      actor,
      a,
      { ...a, progressPercent: input.percent, achieved: input.achieved ?? a.achieved },
      'assignment.progress',
      withAttachments(text, files),
    );
  }

  /**
   * 不适用: the unit drops out of the roll-up rates and of the item's completion (logged with its
   * reason). Marking the last open top-level unit completes the item (待反馈); making one applicable
   * again reopens it.
   */
  async setNotApplicable(ctx: RequestContext, id: string, notApplicable: boolean, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.SET_NOT_APPLICABLE, a);
    const text = requiredText(reason, 'reason', { zh: '理由', en: 'Reason' });
    // Read after the lock: a parent's report share-locks its children, so its status is settled here.
    const parentStatus = a.parentId ? await assignmentRepository.statusOf(em, a.parentId) : null;
    // A co-unit (协办) likewise once its lead has reported (the lead share-locks it while composing).
    const [lead] = a.role === 'CO' ? await coUnitsRepository.leadStatuses(em, [a.id]) : [];
    checkApplicabilityChange({ ...a, parentStatus, leadStatus: lead?.status ?? null }, notApplicable);
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, notApplicable },
      notApplicable ? 'assignment.not_applicable' : 'assignment.applicable',
      text,
    );
    await this.completion.sync(em, actor, saved);
    return saved;
  }
}
