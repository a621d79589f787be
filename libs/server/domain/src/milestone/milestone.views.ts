import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MilestoneProgress', {
  description: 'One unit at one 节点: planned vs reported, 销号 once reached (清零销号)',
})
export class MilestoneProgressView {
  @Field(() => Int)
  seq!: number;

  @Field({ description: 'YYYY-MM-DD China time' })
  dueOn!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Float)
  plannedPercent!: number;

  @Field(() => Float, { nullable: true, description: 'The most the unit reported naming this milestone' })
  actualPercent!: number | null;

  @Field({ description: '已销号: the planned share is reached (or the work is done)' })
  cleared!: boolean;

  @Field({ description: 'Due and not reached (节点未达)' })
  missed!: boolean;
}
