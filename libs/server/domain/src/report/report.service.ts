import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  ItemAction,
  ItemStatus,
  nextAssignmentStatus,
  nextReportStatus,
  ReportAction,
  ReportOperation,
} from '@duban/rules';
import { Actor, badInput, notFound, RequestContext } from '@duban/platform';
import { AssignmentOperation, requireAssignmentAccess, requireReportAccess } from '../access';
import { assignmentRepository, AssignmentRow, AssignmentStore } from '../assignment';
import { ItemService } from '../item';
import { OutboxService } from '../outbox';
import { checkPercent, requiredText } from '../shared';
import { ReportInput, ReviewChecklist, ReviewDecision } from './report.dto';
import { reportRepository } from './report.repository';

const REPORT = { zh: '办理情况报告', en: 'Report' };

/** 办理情况报告: submitted by the unit, signed by its head (一把手), reviewed by the assigning office. */
@Injectable()
export class ReportService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly items: ItemService,
    private readonly outbox: OutboxService,
  ) {}

  async submit(ctx: RequestContext, assignmentId: string, input: ReportInput) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, assignmentId);
    requireAssignmentAccess(actor, AssignmentOperation.SUBMIT_REPORT, a);
    const status = nextAssignmentStatus(a.status, AssignmentAction.SUBMIT_REPORT);
    const content = requiredText(input.content, 'content', { zh: '报告内容', en: 'Report content' });
    const percent = input.progressPercent ?? 100;
    checkPercent(percent, 'progressPercent');
    const id = await reportRepository.insert(em, {
      tenantId: a.tenantId,
      assignmentId: a.id,
      itemId: a.itemId,
      unitPath: a.unitPath,
      content,
      achieved: input.achieved ?? a.achieved,
      progressPercent: percent,
      attachments: input.attachments ?? [],
      by: actor.userId,
    });
    // A resubmission after 退回重办 clears the "returned" flag: the rework is back with the head.
    await this.store.save(
      em,
      actor,
      a,
      {
        ...a,
        status,
        returned: false,
        progressPercent: a.split ? a.progressPercent : percent,
        achieved: input.achieved ?? a.achieved,
      },
      'report.submitted',
      content,
    );
    await this.emit(em, actor, a, { topic: 'report.submitted' });
    return this.get(em, id);
  }

  async sign(ctx: RequestContext, reportId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const report = await this.lock(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    requireReportAccess(actor, ReportOperation.SIGN, a);
    const reportStatus = nextReportStatus(report.status, ReportAction.SIGN);
    const status = nextAssignmentStatus(a.status, AssignmentAction.SIGN);
    await reportRepository.signed(em, reportId, reportStatus, actor.userId);
    // The signed text itself goes into the hash chain: it cannot be altered later without detection.
    await this.store.save(em, actor, a, { ...a, status }, 'report.signed', report.content);
    await this.emit(em, actor, a, { topic: 'report.signed' });
    return this.get(em, reportId);
  }

  async refuseSignature(ctx: RequestContext, reportId: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = requiredText(reason, 'reason', { zh: '退回理由', en: 'Reason' });
    const report = await this.lock(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    requireReportAccess(actor, ReportOperation.REFUSE_SIGNATURE, a);
    const reportStatus = nextReportStatus(report.status, ReportAction.REFUSE_SIGNATURE);
    const status = nextAssignmentStatus(a.status, AssignmentAction.REFUSE_SIGNATURE);
    await reportRepository.signatureRefused(em, reportId, reportStatus, text);
    await this.store.save(em, actor, a, { ...a, status }, 'report.signature_refused', text);
    await this.emit(em, actor, a, { topic: 'report.signature_refused', reason: text });
    return this.get(em, reportId);
  }

  /** 审理: 办结 only with all 四看 ticked; 退回重办 only with a reason. */
  async review(
    ctx: RequestContext,
    reportId: string,
    decision: ReviewDecision,
    checklist: ReviewChecklist,
    comment?: string | null,
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const report = await this.lock(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    requireReportAccess(actor, ReportOperation.REVIEW, a);
    const accept = decision === ReviewDecision.ACCEPT;
    const reportStatus = nextReportStatus(report.status, accept ? ReportAction.ACCEPT : ReportAction.RETURN);
    const now = new Date();
    const reason = comment?.trim() || null;
    let after: AssignmentRow;
    if (accept) {
      if (Object.values(checklist).some((ok) => !ok))
        throw badInput(
          {
            zh: '“四看”未全部通过，不能办结；请退回重办并写明理由',
            en: 'Not all four checks passed; return the report with a reason instead',
          },
          'checklist',
        );
      after = {
        ...a,
        status: nextAssignmentStatus(a.status, AssignmentAction.ACCEPT_REPORT),
        doneAt: now,
        doneLate: now.getTime() > new Date(a.deadline).getTime(),
        overdue: false,
        returned: false,
        progressPercent: 100,
        achieved: report.achieved ?? a.achieved,
      };
    } else {
      if (!reason) throw badInput({ zh: '退回重办必须写明理由', en: 'A return needs a reason' }, 'comment');
      after = { ...a, status: nextAssignmentStatus(a.status, AssignmentAction.RETURN), returned: true };
    }
    await reportRepository.reviewed(em, reportId, {
      status: reportStatus,
      by: actor.userId,
      checklist,
      comment: reason,
    });
    await this.store.save(em, actor, a, after, accept ? 'report.accepted' : 'report.returned', reason);
    if (accept && !a.parentId) await this.completeItemIfAllDone(em, actor, a.itemId);
    await this.emit(
      em,
      actor,
      a,
      accept ? { topic: 'report.accepted' } : { topic: 'report.returned', reason: reason ?? '' },
    );
    return this.get(em, reportId);
  }

  /** When every top-level assignment is closed, the item waits for feedback to the leader (待反馈). */
  private async completeItemIfAllDone(em: EntityManager, actor: Actor, itemId: string) {
    if ((await assignmentRepository.openTopLevel(em, itemId)) > 0) return;
    const item = await this.items.lock(em, actor, itemId);
    if (item.status !== ItemStatus.IN_PROGRESS) return;
    await this.items.transition(em, actor, item, ItemAction.ALL_ASSIGNMENTS_DONE, { event: 'item.all_done' });
  }

  private async lock(em: EntityManager, id: string) {
    const report = await reportRepository.lock(em, id);
    if (!report) throw notFound(REPORT, id);
    return report;
  }

  async get(em: EntityManager, id: string) {
    const report = await reportRepository.find(em, id);
    if (!report) throw notFound(REPORT, id);
    return report;
  }

  private emit(
    em: EntityManager,
    actor: Actor,
    a: AssignmentRow,
    e:
      | { topic: 'report.submitted' | 'report.signed' | 'report.accepted' }
      | { topic: 'report.signature_refused' | 'report.returned'; reason: string },
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
