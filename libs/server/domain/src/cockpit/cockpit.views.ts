import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ItemSource, TrendGranularity } from '@duban/rules';
import { OrgUnitEntity } from '../org';

registerEnumType(TrendGranularity, {
  name: 'TrendGranularity',
  description: 'WEEK (China-time weeks from Monday) or MONTH (calendar months, China time)',
});

@ObjectType('SourceCount', {
  description: 'Items of one source (来源) with overdue work in the unit’s subtree',
})
export class SourceCountView {
  @Field(() => ItemSource)
  source!: ItemSource;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TrendPoint', {
  description: 'One week or month of the unit’s work: items registered and closed',
})
export class TrendPointView {
  @Field({ description: 'The period’s first China-time day (week, YYYY-MM-DD) or month (YYYY-MM)' })
  label!: string;

  @Field()
  start!: Date;

  @Field()
  end!: Date;

  @Field(() => Int, { description: '立项: items registered in the period' })
  registered!: number;

  @Field(() => Int, { description: '办结: items first concluded in the period' })
  closed!: number;
}

@ObjectType('RedItem', {
  description:
    '红灯事项: an item with red open work in the unit’s subtree — the first red assignment, its unit, the chain down to it and why it is red',
})
export class RedItemView {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { nullable: true })
  regNumber!: string | null;

  @Field()
  title!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field({ description: 'The unit that holds the red assignment' })
  unitName!: string;

  @Field(() => [String], {
    description:
      'The chain from the top of your subtree down to that unit (city → county → township → department)',
  })
  chain!: string[];

  @Field()
  deadline!: Date;

  @Field({ description: 'Why the light is red, in your language' })
  lightReason!: string;

  @Field(() => Int, { description: 'Red open assignments of the item in the unit’s subtree' })
  redCount!: number;
}

@ObjectType('Cockpit', {
  description:
    '驾驶舱 of one unit of your subtree: aggregates the API counts in SQL over the unit’s whole subtree',
})
export class CockpitView {
  @Field(() => OrgUnitEntity)
  unit!: OrgUnitEntity;
}
