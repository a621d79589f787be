import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EscalationStatus } from '@duban/rules';

registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: '协调中 / 已转报上级 / 已答复',
});

/** One 上报协调 of an assignment, as its history shows it. */
@ObjectType('Escalation')
export class EscalationView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field(() => ID, { description: 'The office it is addressed to (the assigning office)' })
  toUnitId!: string;

  @Field({ description: 'What is asked; a forwarded one carries the unit’s words and each office’s opinion' })
  reason!: string;

  @Field(() => EscalationStatus)
  status!: string;

  @Field()
  createdAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The escalation it was forwarded to (the office above answers that one)',
  })
  forwardedTo!: string | null;

  @Field(() => String, { nullable: true, description: 'The forwarding office’s opinion' })
  forwardOpinion!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '协调结果: the answer, given here or by the office it was forwarded to',
  })
  resolution!: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
}
