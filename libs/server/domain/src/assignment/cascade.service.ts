import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  AssignmentOperation,
  checkChildDeadline,
  detectOverTightening,
  leadHasReported,
  ItemAction,
  nextAssignmentStatus,
  nextItemStatus,
  num,
  planShareAdjustment,
  planShares,
} from '@duban/rules';
import { Actor, badInput, conflict, RequestContext } from '@duban/platform';
import { requireAssignmentAccess } from '../access';
import { AuditService } from '../audit';
import { ItemService } from '../item';
import { OutboxService } from '../outbox';
import { RollupService } from '../rollup';
import { requiredText } from '../shared';
import { CascadeInsert, assignmentRepository } from './assignment.repository';
import { coUnitsRepository } from './co-units.repository';
import { CascadeSelector, ShareInput } from './assignment.dto';
import { AssignmentRow } from './assignment.row';
import { AssignmentStore, freshLight } from './assignment.store';
import { requireTargetsInScope, targetUnitsSql } from './targets.sql';

const FUTURE_DEADLINE = { zh: '办理时限必须晚于当前时间', en: 'The deadline must be in the future' };

const LEAD_REPORTED = {
  zh: '主办单位已汇总报送办理情况报告，不能再增加协办单位；如确需增加，请先将主办单位的报告退回重办',
  en: 'The lead unit has already reported; no co-unit can be added unless its report is returned for rework',
};

const NOT_APPLICABLE_PARENT = {
  zh: '本单位已标为不适用，不能再转办或分解',
  en: 'Your unit is marked not applicable; there is nothing to pass on',
};
const NOT_SPLIT = {
  zh: '该任务尚未分解，没有可调整的分解指标',
  en: 'This assignment is not split; there are no shares to adjust',
};
const ADJUST_REASON = { zh: '调整理由', en: 'Reason' };
const ALREADY_HELD = {
  zh: '所选单位均已承办本事项，未重复交办',
  en: 'Every chosen unit already holds this item; nothing was assigned again',
};

const holderOf = (a: AssignmentRow) => ({
  unitId: String(a.unitId),
  target: a.target,
  status: a.status,
  split: a.split,
});

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
    private readonly audit: AuditService,
  ) {}

  /** How many assignments a cascade from the caller's unit would create (the admin's preview). */
  async preview(ctx: RequestContext, unitIds: string[], cascade: CascadeSelector[]) {
    const params: unknown[] = [];
    const sql = targetUnitsSql(params, ctx.requireActor().unitPath, unitIds, cascade);
    const [{ n }] = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) t`, params);
    return n;
  }

  /**
   * The units the preview counts, first `limit` of them in tree order (siblings together), with the
   * count; the same SQL as the cascade, so the list is what 下发 would create.
   */
  async previewUnits(ctx: RequestContext, unitIds: string[], cascade: CascadeSelector[], limit: number) {
    const params: unknown[] = [];
    const sql = targetUnitsSql(params, ctx.requireActor().unitPath, unitIds, cascade);
    const rows = await ctx.db.query<{ id: string; n: number }>(
      `SELECT o.id::text AS id, count(*) OVER ()::int AS n FROM (${sql}) t JOIN org_unit o ON o.id = t.id
        ORDER BY o.depth, o.parent_id, o.sort, o.id LIMIT ${limit}`,
      params,
    );
    return {
      count: rows[0]?.n ?? (limit ? 0 : await this.preview(ctx, unitIds, cascade)),
      ids: rows.map((r) => r.id),
    };
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
    // 主办/协办: once the lead has reported, a new unit would be a co-unit its report never cited.
    const leadUnitId = opts.leadUnitId ?? item.leadUnitId;
    if (leadUnitId && leadHasReported(await coUnitsRepository.leadStatusOfUnit(em, itemId, leadUnitId)))
      throw conflict(LEAD_REPORTED);
    // The whole request or nothing: a foreign unit, a share that does not add up, refuse it all.
    const shares = await this.planShares(em, actor, {
      itemId,
      parentId: null,
      parentTarget: item.target,
      unitIds,
      shares: opts.shares ?? [],
      cascade,
    });
    const range = await this.insert(
      em,
      {
        itemId,
        parentId: null,
        issuerUnitId: actor.orgUnitId,
        issuerPath: actor.unitPath,
        underPath: actor.unitPath,
        unitIds: [],
        cascade,
        shares,
        deadline,
        lead: { unitId: leadUnitId },
        tightened: false,
        light: freshLight(now, deadline),
      },
      {
        zh: '所选范围内没有可交办的单位：请确认所选单位在本单位管辖范围内',
        en: 'The selection names no unit to assign: choose units within your organisation',
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
    if (parent.notApplicable) throw conflict(NOT_APPLICABLE_PARENT);
    const deadline = deadlineIn ? new Date(deadlineIn) : new Date(parent.deadline);
    checkChildDeadline(new Date(parent.deadline), deadline);
    const item = await this.items.get(em, parent.itemId);
    const planned = await this.planShares(
      em,
      { unitPath: parent.unitPath },
      {
        itemId: parent.itemId,
        parentId: parent.id,
        parentTarget: parent.target,
        unitIds: [],
        shares,
        cascade,
        itemTarget: item.target,
      },
    );
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
        shares: planned,
        deadline,
        lead: 'ALL',
        tightened: tightening.flagged,
        light: freshLight(now, deadline),
      },
      {
        zh: '所选范围内没有可转办的单位：请选择本单位的下级单位',
        en: 'The selection names no unit to pass on to: choose units below your unit',
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

  /**
   * 调整分解指标 after a split: new figures for some of the units the split went to, by the unit that
   * split it. The final set must add up to the split assignment's target; only open, unsplit shares
   * change; a unit that holds no share here fails the whole request. Each changed share and the split
   * assignment are audited with the reason.
   */
  async adjustShares(ctx: RequestContext, id: string, shares: ShareInput[], reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const parent = await this.store.lock(em, id);
    requireAssignmentAccess(actor, AssignmentOperation.ADJUST_SHARES, parent);
    nextAssignmentStatus(parent.status, AssignmentAction.DELEGATE);
    if (!parent.split) throw conflict(NOT_SPLIT);
    const text = requiredText(reason, 'reason', ADJUST_REASON);
    const changed = await this.applyAdjustment(
      em,
      actor,
      parent.itemId,
      parent.id,
      parent.target,
      shares,
      text,
    );
    return this.store.save(em, actor, parent, parent, 'assignment.shares_adjusted', `${text}（${changed}）`);
  }

  /** 调整分解指标 of an item's own top level, by its issuing office (the same rules as adjustShares). */
  async adjustItemShares(ctx: RequestContext, itemId: string, shares: ShareInput[], reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const item = await this.items.lock(em, actor, itemId);
    nextItemStatus(item.status, ItemAction.ASSIGN);
    const text = requiredText(reason, 'reason', ADJUST_REASON);
    const changed = await this.applyAdjustment(em, actor, itemId, null, item.target, shares, text);
    await this.audit.append(em, actor, {
      chainKey: `item:${item.id}`,
      unitPath: item.issuerPath,
      itemId: item.id,
      action: 'item.shares_adjusted',
      after: { shares: changed },
      text: `${text}（${changed}）`,
    });
    return this.items.get(em, itemId);
  }

  /** Locks the shares under a parent, checks the adjustment on the final set and saves each change. */
  private async applyAdjustment(
    em: EntityManager,
    actor: Actor,
    itemId: string,
    parentId: string | null,
    parentTarget: number | null,
    shares: ShareInput[],
    text: string,
  ): Promise<string> {
    const holders = await assignmentRepository.lockShares(em, itemId, parentId);
    const changes = planShareAdjustment(parentTarget, holders.map(holderOf), shares);
    const lines: string[] = [];
    for (const c of changes) {
      const before = holders.find((h) => String(h.unitId) === c.unitId)!;
      const line = `${num(before.target ?? 0)} → ${num(c.target!)}`;
      lines.push(`${before.unitId}: ${line}`);
      await this.store.save(
        em,
        actor,
        before,
        { ...before, target: c.target! },
        'assignment.share_adjusted',
        `调整分解指标 ${line}：${text}`,
      );
      await this.outbox.emit(em, before.tenantId, before.unitPath, {
        topic: 'assignment.share_adjusted',
        itemId: before.itemId,
        assignmentId: before.id,
        unitId: before.unitId,
        issuerUnitId: before.issuerUnitId,
        from: before.target,
        to: c.target!,
        reason: text,
        actorId: actor.userId,
      });
    }
    return `调整分解指标 ${lines.join('；')}`;
  }

  /**
   * Who gets which figure in a 交办/分解 (planShares in the rules), after checking that every named
   * unit and level lies below the issuing unit: one foreign unit refuses the whole request.
   */
  private async planShares(
    em: EntityManager,
    issuer: { unitPath: string },
    q: {
      itemId: string;
      parentId: string | null;
      parentTarget: number | null;
      unitIds: string[];
      shares: ShareInput[];
      cascade: CascadeSelector[];
      itemTarget?: number | null;
    },
  ): Promise<ShareInput[]> {
    const named = [...q.unitIds, ...q.shares.map((s) => s.unitId)];
    await requireTargetsInScope(em, issuer.unitPath, named, q.cascade);
    const quantified = q.parentTarget != null;
    const planned = planShares(q.parentTarget, {
      unitIds: q.unitIds,
      shares: q.shares,
      byLevel: q.cascade.length > 0,
      existing: quantified ? await assignmentRepository.shares(em, q.itemId, q.parentId) : [],
      holding: quantified ? await assignmentRepository.holding(em, q.itemId, named) : [],
      itemTarget: q.itemTarget,
    });
    return planned.map((s) => ({ unitId: s.unitId, target: s.target ?? undefined }));
  }

  /** Inserts the cascade and adds it to the roll-up; refuses when it would create nothing. */
  private async insert(
    em: EntityManager,
    c: CascadeInsert,
    nothingNew: { zh: string; en: string },
  ): Promise<{ n: number; min: string; max: string }> {
    const range = await assignmentRepository.insertCascade(em, c);
    // Units that all hold the item already: the state moved (often a second copy of this very request).
    if (!range.n && (await assignmentRepository.countTargets(em, c)) > 0) throw conflict(ALREADY_HELD);
    if (!range.n) throw badInput(nothingNew, 'targets');
    await this.rollup.addCascade(em, c.itemId, c.parentId, range);
    return range;
  }
}
