import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { deadlineFromTier, ItemAction, ItemStatus, nextItemStatus, RuleViolation } from '@duban/rules';
import { Actor, badInput, notFound, RequestContext } from '@duban/platform';
import { requireItemAccess, requireOfficePrefixAccess } from '../access';
import { AuditService } from '../audit';
import { nextNumber, saveOfficePrefix } from '../numbering';
import { OutboxService } from '../outbox';
import { orgScope } from '../org';
import { EvidenceService } from '../evidence';
import { requiredText, withAttachments } from '../shared';
import { CreateSupervisionItemInput } from './item.dto';
import { itemPlan } from './item-plan';
import { itemRepository } from './item.repository';
import { SupervisionItemEntity } from './supervision-item.entity';

export const ITEM = { zh: '督查事项', en: 'Supervision item' };

/** 立项 and the item's own lifecycle; its assignments are the assignment room's business. */
@Injectable()
export class ItemService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly evidence: EvidenceService,
  ) {}

  async createItem(ctx: RequestContext, input: CreateSupervisionItemInput): Promise<SupervisionItemEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const now = new Date();
    const title = requiredText(input.title, 'title', { zh: '事项名称', en: 'Title' }, 200);
    const content = requiredText(input.content, 'content', { zh: '事项内容', en: 'Content' });
    const deadline = resolveDeadline(input, now);
    if (input.target != null && !(input.target > 0))
      throw badInput(
        { zh: '量化目标必须大于0', en: 'The quantified target must be greater than 0' },
        'target',
      );
    const plan = itemPlan(input, { start: now, deadline, target: input.target ?? null });
    const unitIds = [
      ...new Set([input.leadUnitId, ...(input.coUnitIds ?? [])].filter((x): x is string => !!x)),
    ];
    if (unitIds.length && (await orgScope.count(em, unitIds, actor.unitPath)) !== unitIds.length)
      throw badInput(
        {
          zh: '牵头或协办单位不在本单位管辖范围内',
          en: 'Lead or co-units must be within your own organisation',
        },
        'leadUnitId',
      );
    const numbering = input.draft ? null : await nextNumber(em, actor, 'ITEM', now);
    const id = await itemRepository.insert(em, {
      tenantId: actor.tenantId,
      issuerUnitId: actor.orgUnitId,
      issuerPath: actor.unitPath,
      numbering,
      title,
      source: input.source,
      category: input.category?.trim() || null,
      isKey: input.isKey ?? false,
      content,
      requirements: input.requirements?.trim() || null,
      instruction: input.instruction?.trim() || null,
      deadline,
      deadlineTier: input.deadlineTier ?? null,
      leadUnitId: input.leadUnitId ?? null,
      coUnitIds: (input.coUnitIds ?? []).filter((u) => u !== input.leadUnitId),
      leaderName: input.leaderName?.trim() || null,
      responsiblePerson: input.responsiblePerson?.trim() || null,
      target: input.target ?? null,
      targetUnit: input.targetUnit?.trim() || null,
      rollupPolicy: input.rollupPolicy ?? 'AVERAGE',
      status: input.draft ? ItemStatus.DRAFT : ItemStatus.REGISTERED,
      createdBy: actor.userId,
      plan,
    });
    const files = await this.evidence.attach(em, actor, input.fileIds, { kind: 'item', id });
    await this.audit.append(em, actor, {
      chainKey: `item:${id}`,
      unitPath: actor.unitPath,
      itemId: id,
      action: input.draft ? 'item.drafted' : 'item.registered',
      text: withAttachments(null, files),
      after: {
        title,
        source: input.source,
        deadline: deadline.toISOString(),
        regNumber: numbering?.number ?? null,
        ...(plan.milestones.length ? { milestones: plan.milestones } : {}),
        ...(plan.reportCycle ? { reportCycle: plan.reportCycle, reportDueDay: plan.reportDueDay } : {}),
      },
    });
    return this.get(em, id);
  }

  /** 草稿 → 已立项: numbers a draft. */
  async registerItem(ctx: RequestContext, itemId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const item = await this.lock(em, actor, itemId);
    const next = nextItemStatus(item.status, ItemAction.REGISTER);
    const n = await nextNumber(em, actor, 'ITEM', new Date());
    await itemRepository.update(em, itemId, next, { numbering: n });
    await this.record(
      em,
      actor,
      item,
      'item.registered',
      { status: item.status },
      { status: next, regNumber: n.number },
    );
    return this.get(em, itemId);
  }

  /** 结果反馈: the result goes back to the leader; 件件有结果. */
  async feedBackItem(ctx: RequestContext, itemId: string, feedback: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = requiredText(feedback, 'feedback', { zh: '反馈内容', en: 'Feedback' });
    const item = await this.lock(em, actor, itemId);
    const next = nextItemStatus(item.status, ItemAction.FEED_BACK);
    await itemRepository.update(em, itemId, next, { feedback: text });
    await this.record(em, actor, item, 'item.feedback', { status: item.status }, { status: next }, text);
    await this.outbox.emit(em, actor.tenantId, item.issuerPath, {
      topic: 'item.feedback',
      itemId,
      itemTitle: item.title,
      issuerUnitId: String(item.issuerUnitId),
      actorId: actor.userId,
    });
    return this.get(em, itemId);
  }

  async setOfficePrefix(ctx: RequestContext, prefix: string) {
    const actor = ctx.requireActor();
    requireOfficePrefixAccess(actor);
    const p = requiredText(prefix, 'prefix', { zh: '机关代字', en: 'Office prefix' }, 8);
    await saveOfficePrefix(await ctx.db.manager(), actor, p);
    return p;
  }

  /**
   * Moves a locked item through its state machine and records the move (assigning, completion and
   * withdrawal happen in the assignment and report rooms and call this).
   */
  async transition(
    em: EntityManager,
    actor: Actor,
    item: SupervisionItemEntity,
    action: ItemAction,
    record: { event: string; after?: Record<string, unknown>; text?: string; withdrawnReason?: string },
  ): Promise<ItemStatus> {
    const next = nextItemStatus(item.status, action);
    if (next !== item.status || record.withdrawnReason)
      await itemRepository.update(em, item.id, next, { withdrawnReason: record.withdrawnReason });
    await this.record(
      em,
      actor,
      item,
      record.event,
      { status: item.status },
      { status: next, ...record.after },
      record.text,
    );
    return next;
  }

  /**
   * Moves the item's deadline later when its issuing office grants a top-level assignment more time
   * than the item had, so no assignment ever ends after its item (audited).
   */
  async extendDeadline(em: EntityManager, actor: Actor, itemId: string, deadline: Date, reason: string) {
    const item = await this.lock(em, actor, itemId);
    if (deadline.getTime() <= new Date(item.deadline).getTime()) return;
    await itemRepository.setDeadline(em, itemId, deadline);
    await this.record(
      em,
      actor,
      item,
      'item.deadline_extended',
      { deadline: new Date(item.deadline).toISOString() },
      { deadline: deadline.toISOString() },
      reason,
    );
  }

  /** Loads the item for a change by its issuing office's supervisor, and locks it. */
  async lock(em: EntityManager, actor: Actor, id: string): Promise<SupervisionItemEntity> {
    const item = await itemRepository.find(em, id);
    if (!item) throw notFound(ITEM, id);
    requireItemAccess(actor, item);
    await itemRepository.lock(em, id);
    return item;
  }

  async get(em: EntityManager, id: string): Promise<SupervisionItemEntity> {
    const item = await itemRepository.find(em, id);
    if (!item) throw notFound(ITEM, id);
    return item;
  }

  private async record(
    em: EntityManager,
    actor: Actor,
    item: SupervisionItemEntity,
    action: string,
    before: unknown,
    after: unknown,
    text?: string,
  ) {
    await this.audit.append(em, actor, {
      chainKey: `item:${item.id}`,
      unitPath: item.issuerPath,
      itemId: item.id,
      action,
      before,
      after,
      text,
    });
  }
}

function resolveDeadline(input: CreateSupervisionItemInput, now: Date): Date {
  const deadline = input.deadline
    ? new Date(input.deadline)
    : input.deadlineTier
      ? deadlineFromTier(input.deadlineTier, now, input.urgentDays ?? undefined)
      : null;
  if (!deadline)
    throw new RuleViolation(
      { zh: '请填写办理时限或选择时限类型', en: 'Give a deadline or a deadline tier' },
      'deadline',
    );
  if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime())
    throw new RuleViolation(
      { zh: '办理时限必须晚于当前时间', en: 'The deadline must be in the future' },
      'deadline',
    );
  return deadline;
}
