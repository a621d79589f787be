import { Injectable } from '@nestjs/common';
import { milestoneStandings, planChangeRefusal, type Milestone } from '@duban/rules';
import { conflict, RequestContext } from '@duban/platform';
import { AssignmentRow, AssignmentStore, milestoneRepository } from '../assignment';
import { AuditService } from '../audit';
import { itemPlan, itemRepository, ItemService, PlanInput } from '../item';

/**
 * 节点计划 of a registered item: the issuing office sets or replaces it while the work goes on; the
 * open assignments' lights follow at once, each through the one write path (row, audit, roll-up).
 */
@Injectable()
export class MilestoneService {
  constructor(
    private readonly items: ItemService,
    private readonly store: AssignmentStore,
    private readonly audit: AuditService,
  ) {}

  async setPlan(ctx: RequestContext, itemId: string, input: PlanInput) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const item = await this.items.lock(em, actor, itemId);
    const refusal = planChangeRefusal(item.status);
    if (refusal) throw conflict(refusal);
    const plan = itemPlan(input, {
      start: new Date(item.createdAt),
      deadline: new Date(item.deadline),
      target: item.target,
    });
    await itemRepository.setPlan(em, itemId, plan);
    await this.audit.append(em, actor, {
      chainKey: `item:${itemId}`,
      unitPath: item.issuerPath,
      itemId,
      action: 'item.milestones_set',
      before: { milestones: item.milestones, reportCycle: item.reportCycle, reportDueDay: item.reportDueDay },
      after: plan,
    });
    const now = new Date();
    for (const a of await milestoneRepository.lockOpenOfItem(em, itemId)) {
      const next = this.store.lightOf(a, a, now, plan.milestones);
      if (next.light !== a.light || next.lightReasonZh !== a.lightReasonZh)
        await this.store.save(em, actor, a, a, 'assignment.light_changed', null, now);
    }
    return this.items.get(em, itemId);
  }

  /** Each unit's standing at each milestone (planned, reported, 销号), for assignments of one load. */
  async standings(ctx: RequestContext, rows: readonly { a: AssignmentRow; plan: readonly Milestone[] }[]) {
    const reported = await milestoneRepository.reportedBySeq(
      ctx.db,
      rows.filter((r) => r.plan.length).map((r) => String(r.a.id)),
    );
    const now = new Date();
    return rows.map(({ a, plan }) =>
      milestoneStandings(
        plan,
        reported.get(String(a.id)) ?? new Map(),
        a.progressPercent,
        a.status === 'DONE',
        now,
      ).map((s, i) => ({ ...s, dueOn: plan[i].dueOn, description: plan[i].description })),
    );
  }
}
