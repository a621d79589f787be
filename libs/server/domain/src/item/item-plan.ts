import { checkReportCycle, PlanBounds, validateMilestonePlan } from '@duban/rules';
import { ItemPlan } from './item.repository';
import { MilestoneInput, ReportCycle } from './milestone.types';

export interface PlanInput {
  milestones?: MilestoneInput[] | null;
  reportCycle?: ReportCycle | null;
  reportDueDay?: number | null;
}

/** The 节点计划 and 月报/季报 cycle as stored, validated by the rules against the item's period and target. */
export function itemPlan(input: PlanInput, bounds: PlanBounds): ItemPlan {
  const cycle = checkReportCycle(input.reportCycle, input.reportDueDay);
  return {
    milestones: validateMilestonePlan(input.milestones ?? [], bounds),
    reportCycle: cycle?.cycle ?? null,
    reportDueDay: cycle?.dueDay ?? null,
  };
}
