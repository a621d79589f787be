import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExtensionStatusEnum {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(ExtensionStatusEnum, { name: 'ExtensionStatus', description: '审批中 / 已同意 / 未同意' });

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

  @Field(() => ExtensionStatusEnum)
  status!: string;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decisionComment!: string | null;
}
