import { Field, InputType, Int, ObjectType, OmitType, registerEnumType } from '@nestjs/graphql';
import { RecurrenceFrequency, TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';
import { CreateSupervisionItemInput } from '../item';

registerEnumType(RecurrenceFrequency, {
  name: 'RecurrenceFrequency',
  description: 'NONE 不重复 (a plain template), MONTHLY 每月, QUARTERLY 每季度, YEARLY 每年',
});

/**
 * What 立项 takes, less what each run decides itself (deadline, 草稿), the scans of one item and the
 * 节点计划, whose dates belong to one item's period.
 */
const PER_RUN = ['deadline', 'deadlineTier', 'urgentDays', 'draft', 'fileIds', 'milestones'] as const;

/** 立项 fields of a template; `title` may hold {year}, {month} and {quarter}, filled in at each run. */
@InputType()
export class TemplateRegistrationInput extends OmitType(CreateSupervisionItemInput, PER_RUN) {}

/** The same fields as stored and read back. */
@ObjectType()
export class TemplateRegistration extends OmitType(CreateSupervisionItemInput, PER_RUN, ObjectType) {}

const DATE = 'A China calendar date, YYYY-MM-DD';

@InputType()
export class RecurrenceInput {
  @Field(() => RecurrenceFrequency)
  frequency!: RecurrenceFrequency;

  @Field(() => Int, { nullable: true, description: 'Day of the month the item is registered on (1–28)' })
  dayOfMonth?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'QUARTERLY: month within the quarter (1–3); YEARLY: month of the year (1–12)',
  })
  month?: number;

  @Field(() => Int, {
    description: '办理时限: the end of the Nth working day after the registration day (1–60)',
  })
  dueWorkingDays!: number;

  @TextField(TEXT_LIMITS.date, { description: `First day a run may fall on. ${DATE}` })
  startOn!: string;

  @TextField(TEXT_LIMITS.date, {
    nullable: true,
    description: `Last day a run may fall on; none: for ever. ${DATE}`,
  })
  endOn?: string;
}

@InputType()
export class ItemTemplateInput {
  @TextField(TEXT_LIMITS.unitName, { description: 'The template’s own name, e.g. 工作月报' })
  name!: string;

  @Field(() => TemplateRegistrationInput)
  registration!: TemplateRegistrationInput;

  @Field(() => RecurrenceInput)
  recurrence!: RecurrenceInput;
}

/** 用此模板登记: what may differ from the template for this one item. */
@InputType()
export class TemplateOverridesInput {
  @TextField(TEXT_LIMITS.title, { nullable: true, description: 'Instead of the expanded title pattern' })
  title?: string;

  @Field({ nullable: true, description: 'Instead of the template’s working days from today' })
  deadline?: Date;
}
