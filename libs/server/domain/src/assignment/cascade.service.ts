import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  AssignmentOperation,
  checkChildDeadline,
  computeLight,
  detectOverTightening,
  ItemAction,
  nextAssignmentStatus,
  nextItemStatus,
  validateShares,
} from '@duban/rules';
import { badInput, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { ItemService } from '../item';
import { OutboxService } from '../outbox';
import { RollupService } from '../rollup';
import { requiredText } from '../shared';
import { CascadeInsert, assignmentRepository } from './assignment.repository';
import { CascadeSelector, ShareInput } from './assignment.dto';
import { AssignmentStore } from './assignment.store';
import { targetUnitsSql } from './targets.sql';

const FUTURE_DEADLINE = { zh: '办理时限必须晚于当前时间', en: 'The deadline must be in the future' };

/** Fresh assignments start green: nothing is late yet. */
const freshLight = (now: Date, deadline: Date) =>
  computeLight({ now, start: now, deadline, progressPercent: 0, done: false, returned: false });

/**
 * 交办 / 转办 / 撤销: the cascade down the tree. Both directions are set-based — one INSERT … SELECT
 * for any number of units and one statement for the roll-up — whatever the fan-out.
 */
@Injectable()
export class CascadeService {
  constructor(
    private readonly items: ItemService,
    private readonly store: AssignmentStore,
    private readonly rollup: RollupService,
    private readonly outbox: OutboxService,
  ) {}

  /** How many assignments a cascade from the caller's unit would create (the admin's preview). */
  async preview(ctx: RequestContext, unitIds: string[], cascade: CascadeSelector[]) {
    const params: unknown[] = [];
    const sql = targetUnitsSql(params, ctx.requireActor().unitPath, unitIds, cascade);
    const [{ n }] = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) t`, params);
    return n;
  }

  async assignItem(
    ctx: RequestContext,
    itemId: string,
    unitIds: string[],
    cascade: CascadeSelector[],
    opts: { deadline?: Date | null; shares?: ShareInput[] | null; leadUnitId?: string | null },
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const now = new Date();
    const item = await this.items.lock(em, actor, itemId);
    nextItemStatus(item.status, ItemAction.ASSIGN);
    const deadline = opts.deadline ? new Date(opts.deadline) : new Date(item.deadline);
    checkChildDeadline(new Date(item.deadline), deadline);
    if (deadline.getTime() <= now.getTime()) throw badInput(FUTURE_DEADLINE, 'deadline');
    const shares = opts.shares ?? [];
    if (shares.length) validateShares(item.target, shares);
    const range = await this.insert(
      em,
      {
        itemId,
        parentId: null,
        issuerUnitId: actor.orgUnitId,
        issuerPath: actor.unitPath,
        underPath: actor.unitPath,
        unitIds,
        cascade,
        shares,
        deadline,
        lead: { unitId: opts.leadUnitId ?? item.leadUnitId },
        tightened: false,
        light: freshLight(now, deadline),
      },
      {
        zh: '没有新的承办单位：所选单位不在管辖范围内或已经交办',
        en: 'No new units: they are outside your organisation or already assigned',
      },
    );
    await this.items.transition(em, actor, item, ItemAction.ASSIGN, {
      event: 'item.assigned',
      after: { assignments: range.n, deadline: deadline.toISOString() },
      text: `交办${range.n}个单位`,
    });
    await this.outbox.emit(em, actor.tenantId, actor.unitPath, {
      topic: 'item.assigned',
      itemId,
      itemTitle: item.title,
      assignmentRange: { min: String(range.min), max: String(range.max) },
      actorId: actor.userId,
    });
    return { count: range.n, item: await this.items.get(em, itemId) };
  }

  /** 转办/分解: a unit passes its assignment on to its own sub-units, with quantified shares that add up. */
  async delegateAssignment(
    ctx: RequestContext,
    id: string,
    shares: ShareInput[],
    cascade: CascadeSelector[],
    deadlineIn?: Date | null,
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const now = new Date();
    const parent = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.DELEGATE, parent);
    nextAssignmentStatus(parent.status, AssignmentAction.DELEGATE);
    const deadline = deadlineIn ? new Date(deadlineIn) : new Date(parent.deadline);
    checkChildDeadline(new Date(parent.deadline), deadline);
    if (parent.target != null)
      validateShares(parent.target, [...(await assignmentRepository.shares(em, id)), ...shares]);
    else if (shares.some((s) => s.target != null)) validateShares(null, shares);
    const item = await this.items.get(em, parent.itemId);
    const tightening = detectOverTightening([
      { assignedAt: new Date(item.createdAt), deadline: new Date(item.deadline) },
      { assignedAt: new Date(parent.createdAt), deadline: new Date(parent.deadline) },
      { assignedAt: now, deadline },
    ]);
    const range = await this.insert(
      em,
      {
        itemId: parent.itemId,
        parentId: parent.id,
        issuerUnitId: parent.unitId,
        issuerPath: parent.unitPath,
        underPath: parent.unitPath,
        unitIds: [],
        cascade,
        shares,
        deadline,
        lead: 'ALL',
        tightened: tightening.flagged,
        light: freshLight(now, deadline),
      },
      {
        zh: '没有新的承办单位：所选单位不是本单位的下级或已经交办',
        en: 'No new units: they are not below your unit or already assigned',
      },
    );
    const saved = await this.store.save(
      em,
      actor,
      parent,
      { ...parent, split: true },
      'assignment.delegated',
      tightening.flagged ? `层层加码：${tightening.reason?.zh ?? ''}` : `分解给${range.n}个单位`,
    );
    await this.outbox.emit(em, actor.tenantId, parent.unitPath, {
      topic: 'assignment.delegated',
      itemId: parent.itemId,
      assignmentId: parent.id,
      unitId: parent.unitId,
      issuerUnitId: parent.issuerUnitId,
      itemTitle: item.title,
      assignmentRange: { min: String(range.min), max: String(range.max) },
      actorId: actor.userId,
    });
    return { count: range.n, assignment: saved, tightened: tightening.flagged };
  }

  /** 撤销: the item and every open assignment under it, then the item's roll-up is recounted. */
  async withdrawItem(ctx: RequestContext, itemId: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = requiredText(reason, 'reason', { zh: '撤销理由', en: 'Reason' });
    const item = await this.items.lock(em, actor, itemId);
    nextItemStatus(item.status, ItemAction.WITHDRAW);
    await assignmentRepository.withdrawOpen(em, itemId);
    await this.rollup.rebuild(em, itemId);
    await this.items.transition(em, actor, item, ItemAction.WITHDRAW, {
      event: 'item.withdrawn',
      text,
      withdrawnReason: text,
    });
    return this.items.get(em, itemId);
  }

  /** Inserts the cascade and adds it to the roll-up; refuses when it would create nothing. */
  private async insert(
    em: EntityManager,
    c: CascadeInsert,
    nothingNew: { zh: string; en: string },
  ): Promise<{ n: number; min: string; max: string }> {
    const range = await assignmentRepository.insertCascade(em, c);
    if (!range.n) throw badInput(nothingNew, 'targets');
    await this.rollup.addCascade(em, c.itemId, c.parentId, range);
    return range;
  }
}
