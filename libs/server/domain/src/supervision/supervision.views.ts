import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExtensionStatusEnum } from './supervision.enums';
import { AssignmentEntity, LightEnum } from './assignment.entity';
import { SupervisionItemEntity } from './supervision-item.entity';

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

@ObjectType('AssignResult')
export class AssignResultView {
  @Field(() => Int, { description: 'Assignments created' })
  count!: number;

  @Field(() => SupervisionItemEntity)
  item!: SupervisionItemEntity;
}

@ObjectType('DelegateResult')
export class DelegateResultView {
  @Field(() => Int)
  count!: number;

  @Field(() => AssignmentEntity)
  assignment!: AssignmentEntity;

  @Field({ description: '层层加码 detected' })
  tightened!: boolean;
}

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

@ObjectType('UrgeNotice', { description: '催办通知' })
export class UrgeNoticeView {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field({ description: 'e.g. 商督催〔2026〕3号' })
  number!: string;

  @Field({ nullable: true, description: 'REMINDER 提醒 / OVERDUE_NOTICE 逾期通知 / ESCALATION 升级催办' })
  kind?: string;

  @Field({ nullable: true, description: 'LIAISON / HEAD / LEADER' })
  target?: string;

  @Field()
  text!: string;

  @Field({ nullable: true })
  createdAt?: Date;
}

@ObjectType('ProgressUpdate')
export class ProgressUpdateView {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  percent!: number;

  @Field(() => Float, { nullable: true })
  achieved!: number | null;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('AuditEvent', { description: '留痕: append-only, hash-chained' })
export class AuditEventView {
  @Field(() => ID)
  id!: string;

  @Field()
  action!: string;

  @Field(() => ID, { nullable: true })
  assignmentId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the state before' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the state after' })
  after!: string | null;

  @Field()
  hash!: string;
}
