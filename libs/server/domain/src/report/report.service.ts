import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  actingSignatureNote,
  AssignmentAction,
  checkCoUnitsReportable,
  checkSplitReportable,
  CitationKind,
  checkTypedAchieved,
  composeAchieved,
  countOpenChildren,
  nextAssignmentStatus,
  nextReportStatus,
  ReportAction,
  ReportOperation,
  Role,
} from '@duban/rules';
import { Actor, badInput, notFound, RequestContext } from '@duban/platform';
import { AssignmentOperation, requireAssignmentAccess, requireReportAccess } from '../access';
import {
  assignmentRepository,
  AssignmentRow,
  AssignmentStore,
  coUnitsRepository,
  ItemCompletion,
} from '../assignment';
import { IdentityService } from '../identity';
import { OutboxService } from '../outbox';
import { EvidenceService } from '../evidence';
import { checkPercent, requiredText, withAttachments } from '../shared';
import { SigningService } from '../signing';
import { reportHash, signedAuditText } from './report-hash';
import { ReportInput, ReviewChecklist, ReviewDecision } from './report.dto';
import { CitableReport, reportRepository } from './report.repository';

export const REPORT = { zh: '办理情况报告', en: 'Report' };

/** 办理情况报告: submitted by the unit, signed by its head (一把手), reviewed by the assigning office. */
@Injectable()
export class ReportService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly completion: ItemCompletion,
    private readonly outbox: OutboxService,
    private readonly signing: SigningService,
    private readonly identity: IdentityService,
    private readonly evidence: EvidenceService,
  ) {}

  async submit(ctx: RequestContext, assignmentId: string, input: ReportInput) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, assignmentId);
    requireAssignmentAccess(actor, AssignmentOperation.SUBMIT_REPORT, a);
    const claimed = await this.evidence.claim(em, actor, input.fileIds);
    const status = nextAssignmentStatus(a.status, AssignmentAction.SUBMIT_REPORT);
    const content = requiredText(input.content, 'content', { zh: '报告内容', en: 'Report content' });
    const percent = input.progressPercent ?? 100;
    checkPercent(percent, 'progressPercent');
    // 最多报一次: a split assignment waits for every sub-unit, cites their accepted reports and takes
    // its figure from them. What is cited is chosen here, never by the client.
    let achieved = input.achieved ?? a.achieved;
    let cited: CitableReport[] = [];
    if (a.split) {
      const children = await assignmentRepository.childrenForReport(em, a.id, { lock: true });
      checkSplitReportable(a, countOpenChildren(children));
      cited = await reportRepository.citable(em, a.id);
      achieved = composeAchieved(cited);
      checkTypedAchieved(input.achieved, achieved);
    }
    // 主办/协办: a lead waits for its co-units the same way and cites their accepted reports too.
    let coCited: CitableReport[] = [];
    if (a.role === 'LEAD') {
      const coUnits = await coUnitsRepository.ofLead(em, a.id, { lock: true });
      checkCoUnitsReportable(a, countOpenChildren(coUnits));
      if (coUnits.length) coCited = await reportRepository.citable(em, a.id, CitationKind.CO_UNIT);
    }
    const id = await reportRepository.insert(em, {
      tenantId: a.tenantId,
      assignmentId: a.id,
      itemId: a.itemId,
      unitPath: a.unitPath,
      content,
      achieved,
      progressPercent: percent,
      by: actor.userId,
    });
    const files = await this.evidence.attachClaimed(em, claimed, { kind: 'report', id });
    if (files.length) await reportRepository.setAttachments(em, id, files);
    await reportRepository.insertCitations(em, {
      reportId: id,
      tenantId: a.tenantId,
      unitPath: a.unitPath,
      parentAssignmentId: a.id,
      cited: cited.map((c) => String(c.citedReportId)),
    });
    await reportRepository.insertCitations(em, {
      reportId: id,
      tenantId: a.tenantId,
      unitPath: a.unitPath,
      parentAssignmentId: a.id,
      cited: coCited.map((c) => String(c.citedReportId)),
      kind: CitationKind.CO_UNIT,
      after: cited.length,
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
        achieved,
      },
      'report.submitted',
      withAttachments(content, files),
    );
    await this.emit(em, actor, a, { topic: 'report.submitted' });
    return this.get(em, id);
  }

  async sign(ctx: RequestContext, reportId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const report = await this.lock(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    // 委托签字: an acting signer signs for the head under a delegation in force today (share-locked).
    const actingFor = await this.signing.inForceFor(em, actor);
    requireReportAccess(actor, ReportOperation.SIGN, a, actingFor);
    const reportStatus = nextReportStatus(report.status, ReportAction.SIGN);
    const status = nextAssignmentStatus(a.status, AssignmentAction.SIGN);
    const acting = actor.roles.includes(Role.HEAD)
      ? null
      : (actingFor.find((d) => d.unitId === String(a.unitId)) ?? null);
    // The signature seals the report: its hash covers the content, the figures, the attachments, the
    // signer (and the head signed for) and the instant, and the hashes of the reports it cites (one
    // chain from township to city).
    const full = await this.get(em, reportId);
    const citations = await reportRepository.citationsOf(em, [reportId]);
    const at = new Date();
    const hash = reportHash({
      ...full,
      signedBy: actor.userId,
      signedForId: acting?.headId ?? null,
      signedAt: at,
      citations,
    });
    await reportRepository.signed(em, reportId, { status: reportStatus, by: actor.userId, at, hash, acting });
    // The signed text and its hash go into the audit chain: neither can be altered later undetected.
    await this.store.save(
      em,
      actor,
      a,
      { ...a, status },
      'report.signed',
      signedAuditText(report.content, hash, acting ? await this.actingNote(ctx, actor, acting) : null),
    );
    await this.emit(em, actor, a, { topic: 'report.signed' });
    return this.get(em, reportId);
  }

  async refuseSignature(ctx: RequestContext, reportId: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = requiredText(reason, 'reason', { zh: '退回理由', en: 'Reason' });
    const report = await this.lock(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    const actingFor = await this.signing.inForceFor(em, actor);
    requireReportAccess(actor, ReportOperation.REFUSE_SIGNATURE, a, actingFor);
    const reportStatus = nextReportStatus(report.status, ReportAction.REFUSE_SIGNATURE);
    const status = nextAssignmentStatus(a.status, AssignmentAction.REFUSE_SIGNATURE);
    const acting = actor.roles.includes(Role.HEAD)
      ? null
      : (actingFor.find((d) => d.unitId === String(a.unitId)) ?? null);
    await reportRepository.signatureRefused(em, reportId, reportStatus, text);
    const note = acting ? `\n${await this.actingNote(ctx, actor, acting)}` : '';
    await this.store.save(em, actor, a, { ...a, status }, 'report.signature_refused', `${text}${note}`);
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
    fileIds?: string[] | null,
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const report = await this.lock(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    requireReportAccess(actor, ReportOperation.REVIEW, a);
    const claimed = await this.evidence.claim(em, actor, fileIds);
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
    const files = await this.evidence.attachClaimed(em, claimed, { kind: 'report_review', id: reportId });
    await reportRepository.reviewed(em, reportId, {
      status: reportStatus,
      by: actor.userId,
      checklist,
      comment: reason,
    });
    await this.store.save(
      em,
      actor,
      a,
      after,
      accept ? 'report.accepted' : 'report.returned',
      withAttachments(reason, files),
    );
    // The item's completion lives with its assignments (不适用 units excluded).
    if (accept) await this.completion.sync(em, actor, a);
    await this.emit(
      em,
      actor,
      a,
      accept ? { topic: 'report.accepted' } : { topic: 'report.returned', reason: reason ?? '' },
    );
    // 主办/协办: an accepted co-unit report is input for its lead, which is told it may now cite it.
    const leadOf = accept && a.role === 'CO' ? await coUnitsRepository.leadOf(em, a.id) : null;
    if (leadOf)
      await this.outbox.emit(em, a.tenantId, a.unitPath, {
        topic: 'report.co_unit_accepted',
        itemId: a.itemId,
        assignmentId: a.id,
        unitId: a.unitId,
        issuerUnitId: a.issuerUnitId,
        actorId: actor.userId,
        leadAssignmentId: leadOf.id,
        leadUnitId: leadOf.unitId,
        unitName: leadOf.coUnitName,
      });
    return this.get(em, reportId);
  }

  /** "孙丽（代吴强签字）": the audit trail says who acted for whom, in the office's words. */
  private async actingNote(
    ctx: RequestContext,
    actor: Actor,
    acting: { headId: string; delegationId: string },
  ) {
    const [me, head] = await Promise.all([
      this.identity.byId(ctx).load(String(actor.userId)),
      this.identity.byId(ctx).load(String(acting.headId)),
    ]);
    const note = actingSignatureNote(me?.displayName ?? actor.userId, head?.displayName ?? acting.headId);
    return `代签：${note.zh}（委托签字 #${acting.delegationId}）`;
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
