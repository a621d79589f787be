import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExtensionStatus } from '@duban/rules';

registerEnumType(ExtensionStatus, {
  name: 'ExtensionStatus',
  description: '审批中 / 已同意 / 未同意 / 已转报上级 / 已撤回',
});

@ObjectType('ExtensionRequest')
export class ExtensionRequestView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field()
  reason!: string;

  @Field()
  currentDeadline!: Date;

  @Field()
  requestedDeadline!: Date;

  @Field(() => Float)
  currentProgress!: number;

  @Field(() => ExtensionStatus)
  status!: string;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decisionComment!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The request it was forwarded to (the office above decides that one)',
  })
  forwardedTo!: string | null;

  @Field(() => String, { nullable: true, description: 'The forwarding office’s opinion' })
  forwardOpinion!: string | null;
}
