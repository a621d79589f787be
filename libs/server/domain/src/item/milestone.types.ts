import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';

/** 月报 / 季报: the cycle on which units report progress, chased after the cycle's due day. */
export enum ReportCycle {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}
registerEnumType(ReportCycle, { name: 'ReportCycle', description: '月报 / 季报' });

@ObjectType('Milestone', { description: '节点: a phase of the item with the share planned by its date' })
export class MilestoneView {
  @Field(() => Int, { description: '第N节点, from 1' })
  seq!: number;

  @Field({ description: 'Due date, YYYY-MM-DD China time (due at the end of that day)' })
  dueOn!: string;

  @Field(() => Float, { description: 'Planned share of the work by then, percent' })
  plannedPercent!: number;

  @Field(() => Float, { nullable: true, description: 'Planned amount of the 量化目标 by then' })
  plannedAmount!: number | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@InputType()
export class MilestoneInput {
  @TextField(TEXT_LIMITS.date, { description: 'YYYY-MM-DD China time, within the item period' })
  dueOn!: string;

  @Field(() => Float, { nullable: true, description: 'Planned percent, 0 < p ≤ 100, increasing' })
  plannedPercent?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Or the planned amount of the 量化目标 (at most the target), increasing',
  })
  plannedAmount?: number;

  @TextField(TEXT_LIMITS.milestoneNote, { nullable: true })
  description?: string;
}
