import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  InstructionKind,
  instructionKindRefusal,
  instructionNeedsText,
  instructionReopens,
  instructionStateRefusal,
  InstructionTarget,
} from '@duban/rules';
import { Actor, badInput, conflict, notFound, RequestContext } from '@duban/platform';
import { requireInstructionAccess } from '../access';
import { assignmentRepository } from '../assignment';
import { AuditService } from '../audit';
import { ITEM, itemRepository, SupervisionItemEntity } from '../item';
import { OutboxService } from '../outbox';
import { ReopenRequest, ReopenService } from '../reopen';
import { REPORT, ReportEntity, reportRepository } from '../report';
import { isId, requiredText } from '../shared';
import { InstructionEntity } from './instruction.entity';
import { instructionRepository } from './instruction.repository';

const TEXT = { zh: '批示内容', en: 'Instruction' };

/** What the leader wrote and on what, validated. */
interface Writing {
  target: InstructionTarget;
  kind: InstructionKind;
  text: string | null;
  report?: ReportEntity;
  reopen?: ReopenRequest;
}

/** Audit action per target: what the item's timeline lists. */
const AUDIT_ACTION: Record<InstructionTarget, string> = {
  [InstructionTarget.ITEM]: 'item.instructed',
  [InstructionTarget.REPORT]: 'report.instructed',
  [InstructionTarget.FEEDBACK]: 'item.feedback_read',
};

/**
 * 批示 and 阅示 by leaders: on an item of their subtree (from registration on), on a report of their
 * subtree, or on the item's 结果反馈 (已阅, 同意, or a further instruction that reopens the item). Each
 * is a record with the leader, time and words, audited on the item's or the report's chain and told
 * to the issuing office.
 */
@Injectable()
export class InstructionService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly reopening: ReopenService,
  ) {}

  /** 批示 on the item. */
  async instructItem(ctx: RequestContext, itemId: string, text: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const item = await this.leadersItem(em, actor, itemId);
    const writing = this.check(InstructionTarget.ITEM, InstructionKind.INSTRUCTION, text);
    return this.write(em, actor, item, writing);
  }

  /** 批示 on one report of the leader's subtree. */
  async instructReport(ctx: RequestContext, reportId: string, text: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const report = isId(reportId) ? await reportRepository.find(em, reportId) : null;
    if (!report) throw notFound(REPORT, reportId);
    requireInstructionAccess(actor, report.unitPath);
    const writing = this.check(InstructionTarget.REPORT, InstructionKind.INSTRUCTION, text);
    const item = await itemRepository.find(em, String(report.itemId));
    if (!item) throw notFound(ITEM, String(report.itemId));
    return this.write(em, actor, item, { ...writing, report });
  }

  /** 阅示 of the 结果反馈: 已阅, 同意, or a further instruction that reopens the item with a new deadline. */
  async readFeedback(
    ctx: RequestContext,
    itemId: string,
    kind: InstructionKind,
    text: string | null | undefined,
    deadline: Date | null | undefined,
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const item = await this.leadersItem(em, actor, itemId);
    const writing = this.check(InstructionTarget.FEEDBACK, kind, text);
    if (instructionReopens(kind)) writing.reopen = this.reopening.validate(writing.text, deadline);
    else if (deadline)
      throw badInput(
        {
          zh: '只有进一步批示才重新督办并需要新的办理时限',
          en: 'Only a further instruction reopens the item and takes a new deadline',
        },
        'deadline',
      );
    return this.write(em, actor, item, writing);
  }

  /** The item, if the caller reads it and leads its issuing office or one above (else NOT_FOUND / FORBIDDEN). */
  private async leadersItem(em: EntityManager, actor: Actor, itemId: string) {
    const item = await itemRepository.find(em, itemId);
    if (!item) throw notFound(ITEM, itemId);
    requireInstructionAccess(actor, item.issuerPath);
    return item;
  }

  /** The kind must fit the target (BAD_USER_INPUT); a 批示 says something, 圈阅 and 同意 may not. */
  private check(target: InstructionTarget, kind: InstructionKind, text: string | null | undefined): Writing {
    const refusal = instructionKindRefusal(target, kind);
    if (refusal) throw badInput(refusal, 'kind');
    if (instructionNeedsText(kind)) return { target, kind, text: requiredText(text, 'text', TEXT) };
    // Its length is bounded at the API's edge (the text argument's limit), as for every text.
    return { target, kind, text: text?.trim() || null };
  }

  /** Locks the item, checks its state (CONFLICT), then records, audits, tells the office and reopens. */
  private async write(
    em: EntityManager,
    actor: Actor,
    found: SupervisionItemEntity,
    w: Writing,
  ): Promise<InstructionEntity> {
    await itemRepository.lock(em, found.id);
    const item = (await itemRepository.find(em, found.id)) ?? found;
    const refusal = instructionStateRefusal(w.target, w.kind, item.status);
    if (refusal) throw conflict(refusal);
    const unitPath = w.report ? w.report.unitPath : item.issuerPath;
    const { id, leaderName } = await instructionRepository.insert(em, {
      tenantId: actor.tenantId,
      itemId: item.id,
      reportId: w.report?.id ?? null,
      target: w.target,
      kind: w.kind,
      text: w.text,
      leaderId: actor.userId,
      leaderUnitId: actor.orgUnitId,
      unitPath,
      reopenDeadline: w.reopen?.deadline ?? null,
    });
    await this.audit.append(em, actor, {
      chainKey: w.report ? `assignment:${w.report.assignmentId}` : `item:${item.id}`,
      unitPath,
      itemId: item.id,
      assignmentId: w.report?.assignmentId ?? null,
      action: AUDIT_ACTION[w.target],
      after: {
        instructionId: id,
        kind: w.kind,
        ...(w.report ? { reportId: String(w.report.id), version: w.report.version } : {}),
        ...(w.reopen ? { reopenDeadline: w.reopen.deadline.toISOString() } : {}),
      },
      text: w.text,
    });
    await this.outbox.emit(em, actor.tenantId, item.issuerPath, {
      topic: 'instruction.given',
      itemId: String(item.id),
      itemTitle: item.title,
      issuerUnitId: String(item.issuerUnitId),
      instructionId: id,
      target: w.target,
      kind: w.kind,
      leaderName,
      text: w.text,
      ...(w.report
        ? {
            report: {
              assignmentId: String(w.report.assignmentId),
              unitId: await this.unitOf(em, actor, w.report),
            },
          }
        : {}),
      actorId: actor.userId,
    });
    if (w.reopen) await this.reopening.reopen(em, actor, item, w.reopen);
    const saved = await instructionRepository.find(em, id);
    if (!saved) throw notFound({ zh: '批示', en: 'Instruction' }, id);
    return saved;
  }

  /** The reporting unit (the report's assignment lies in the leader's subtree, as the report does). */
  private async unitOf(em: EntityManager, actor: Actor, report: ReportEntity): Promise<string> {
    const [a] = await assignmentRepository.byIds(em, [String(report.assignmentId)], actor.unitPath);
    return a ? String(a.unitId) : '';
  }
}
