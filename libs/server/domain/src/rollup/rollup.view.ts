import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { overrideLight, RollupCounts, RollupPolicy, summarize } from '@duban/rules';
import { LightEnum } from '../shared';
import type { LightOverride } from './rollup-override.service';
import { ROLLUP_COLUMNS, RollupColumn } from './rollup-columns';

/** A subtree's roll-up for one item (or all items): what a leader reads, O(children) per level. */
@ObjectType('Rollup')
export class RollupView {
  @Field(() => ID)
  orgUnitId!: string;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: '待签收' })
  assigned!: number;

  @Field(() => Int, { description: '办理中' })
  inProgress!: number;

  @Field(() => Int, { description: '待签字' })
  awaitingSignature!: number;

  @Field(() => Int, { description: '待审核' })
  underReview!: number;

  @Field(() => Int, { description: '已办结' })
  done!: number;

  @Field(() => Int, { description: '已撤销' })
  withdrawn!: number;

  @Field(() => Int, { description: '已逾期 (open)' })
  overdue!: number;

  @Field(() => Int, { description: '退回重办 (open)' })
  returned!: number;

  @Field(() => Int, { description: '不适用' })
  notApplicable!: number;

  @Field(() => Int, { description: '上报协调中 (open)' })
  escalated!: number;

  @Field(() => Float, { description: '办结率 0..1' })
  completionRate!: number;

  @Field(() => Float, { nullable: true, description: '按时办结率 0..1 (null until something is done)' })
  onTimeRate!: number | null;

  @Field(() => Float, { description: '0..100 by the item’s roll-up policy' })
  progressPercent!: number;

  @Field(() => Float)
  target!: number;

  @Field(() => Float)
  achieved!: number;

  @Field(() => LightEnum)
  light!: string;

  @Field({ description: 'Why the light is what it is, in the caller’s language' })
  lightReason!: string;

  @Field({ description: '人工调整灯色 (the reason is in lightReason)' })
  lightOverridden!: boolean;
}

export function toRollupView(
  orgUnitId: string,
  itemId: string | null,
  c: RollupCounts,
  policy: RollupPolicy,
  locale: string,
  override: LightOverride | null = null,
): RollupView {
  const computed = summarize(c, policy);
  const s = override ? overrideLight(computed, override.light, override.reason) : computed;
  return {
    orgUnitId,
    itemId,
    total: c.total,
    assigned: c.byStatus.ASSIGNED,
    inProgress: c.byStatus.IN_PROGRESS,
    awaitingSignature: c.byStatus.AWAITING_SIGNATURE,
    underReview: c.byStatus.UNDER_REVIEW,
    done: c.byStatus.DONE,
    withdrawn: c.byStatus.WITHDRAWN,
    overdue: c.overdue,
    returned: c.returnedOpen,
    notApplicable: c.notApplicable,
    escalated: c.escalatedOpen,
    completionRate: s.completionRate,
    onTimeRate: s.onTimeRate,
    progressPercent: Math.round(s.progressPercent * 10) / 10,
    target: c.targetSum,
    achieved: c.achievedSum,
    light: s.light,
    lightReason: locale === 'en' ? s.lightReason.en : s.lightReason.zh,
    lightOverridden: override !== null,
  };
}

const RATES: RollupColumn[] = ['applicable', 'done_on_time', 'done_late'];
const LIGHT: RollupColumn[] = ['red', 'yellow'];

/**
 * The counters each field of the view (and canOverrideLight) is computed from, by toRollupView and
 * summarize(). A read asks only for those of the fields requested: a department's counters are
 * summed from its assignments per request, and every counter left out is work saved.
 */
const NEEDS: Record<string, readonly RollupColumn[]> = {
  orgUnitId: [],
  itemId: [],
  lightOverridden: [],
  total: ['total'],
  canOverrideLight: ['total'],
  assigned: ['st_assigned'],
  inProgress: ['st_in_progress'],
  awaitingSignature: ['st_awaiting_signature'],
  underReview: ['st_under_review'],
  done: ['st_done'],
  withdrawn: ['st_withdrawn'],
  overdue: ['overdue'],
  returned: ['returned_open'],
  notApplicable: ['not_applicable'],
  escalated: ['escalated_open'],
  completionRate: RATES,
  onTimeRate: RATES,
  // Every policy: ALL_DONE counts what is done, AVERAGE averages progress, WEIGHTED weighs by target.
  progressPercent: [...RATES, 'progress_sum', 'target_sum', 'achieved_sum'],
  target: ['target_sum'],
  achieved: ['achieved_sum'],
  light: LIGHT,
  lightReason: [...LIGHT, 'overdue', 'returned_open', 'applicable'],
  __typename: [],
};

/** The counters the given fields of a view need, in column order; all of them for a field not known here. */
export function columnsFor(fields: Iterable<string>): readonly RollupColumn[] {
  const wanted = new Set<RollupColumn>();
  for (const f of fields) {
    const needs = NEEDS[f];
    if (!needs) return ROLLUP_COLUMNS;
    for (const c of needs) wanted.add(c);
  }
  return ROLLUP_COLUMNS.filter((c) => wanted.has(c));
}
