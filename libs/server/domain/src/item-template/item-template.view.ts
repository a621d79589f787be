import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecurrenceFrequency, type RecurrenceRule } from '@duban/rules';
import { TemplateRegistration } from './item-template.dto';

/** 模板与周期事项: an office's item template, with when it registers its next item. */
@ObjectType('ItemTemplate')
export class ItemTemplateView {
  @Field(() => ID)
  id!: string;

  tenantId!: string;

  @Field(() => ID, { description: 'The office it registers items as (立项单位)' })
  ownerUnitId!: string;

  unitPath!: string;

  @Field()
  name!: string;

  @Field(() => TemplateRegistration)
  registration!: TemplateRegistration;

  @Field(() => RecurrenceFrequency)
  frequency!: RecurrenceFrequency;

  @Field(() => Int, { nullable: true })
  dayOfMonth!: number | null;

  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field(() => Int)
  dueWorkingDays!: number;

  @Field({ description: 'YYYY-MM-DD' })
  startOn!: string;

  @Field(() => String, { nullable: true })
  endOn!: string | null;

  @Field({ description: '停用 templates are never run by the sweeper' })
  active!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The day the sweeper registers the next item (China calendar); none: it will not run',
  })
  nextRunOn!: string | null;

  @Field(() => String, { nullable: true })
  lastRunOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last scheduled run registered nothing (cleared when it runs or is saved again)',
  })
  lastError!: string | null;

  runAs!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ruleOf = (t: ItemTemplateView): RecurrenceRule => ({
  frequency: t.frequency,
  dayOfMonth: t.dayOfMonth ?? 0,
  month: t.month,
  dueWorkingDays: t.dueWorkingDays,
  startOn: t.startOn,
  endOn: t.endOn,
});
