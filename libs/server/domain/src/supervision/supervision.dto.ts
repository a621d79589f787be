import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DeadlineTier, ItemSource } from '@duban/rules';
import { OrgKind } from '../org/org-unit.entity';
import { RollupPolicyEnum } from './supervision-item.entity';
import { Attachment, ReviewChecklist } from './supervision.types';

@InputType()
export class CreateSupervisionItemInput {
  @Field()
  title!: string;

  @Field(() => ItemSource)
  source!: ItemSource;

  @Field({ nullable: true })
  category?: string;

  @Field({ nullable: true, defaultValue: false, description: '重点事项' })
  isKey?: boolean;

  @Field()
  content!: string;

  @Field({ nullable: true })
  requirements?: string;

  @Field({ nullable: true, description: '领导批示原文' })
  instruction?: string;

  @Field({ nullable: true, description: 'Explicit deadline; otherwise derived from deadlineTier' })
  deadline?: Date;

  @Field(() => DeadlineTier, { nullable: true })
  deadlineTier?: DeadlineTier;

  @Field(() => Int, { nullable: true, description: 'Days for an URGENT item (1–5)' })
  urgentDays?: number;

  @Field(() => ID, { nullable: true, description: '牵头/主办单位' })
  leadUnitId?: string;

  @Field(() => [ID], { nullable: true, description: '协办单位' })
  coUnitIds?: string[];

  @Field({ nullable: true, description: '分管领导' })
  leaderName?: string;

  @Field({ nullable: true, description: '责任人' })
  responsiblePerson?: string;

  @Field(() => Float, { nullable: true })
  target?: number;

  @Field({ nullable: true })
  targetUnit?: string;

  @Field(() => RollupPolicyEnum, { nullable: true, defaultValue: RollupPolicyEnum.AVERAGE })
  rollupPolicy?: RollupPolicyEnum;

  @Field({ nullable: true, defaultValue: false, description: 'Save as 草稿 without a number' })
  draft?: boolean;
}

/** "All townships of 睢县" = { underUnitId: 睢县, kind: TOWNSHIP }; "all 县直" adds subtype: "县直". */
@InputType()
export class CascadeSelector {
  @Field(() => ID)
  underUnitId!: string;

  @Field(() => OrgKind)
  kind!: OrgKind;

  @Field({ nullable: true })
  subtype?: string;
}

@InputType()
export class ShareInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Float, { nullable: true, description: 'Quantified share (分解指标)' })
  target?: number;
}

@InputType()
export class ProgressInput {
  @Field(() => Float, { description: '0–100' })
  percent!: number;

  @Field(() => Float, { nullable: true })
  achieved?: number;

  @Field()
  text!: string;

  @Field(() => [Attachment], { nullable: true })
  attachments?: Attachment[];
}

@InputType()
export class ReportInput {
  @Field()
  content!: string;

  @Field(() => Float, { nullable: true, description: 'Defaults to 100 for a completion report' })
  progressPercent?: number;

  @Field(() => Float, { nullable: true })
  achieved?: number;

  @Field(() => [Attachment], { nullable: true })
  attachments?: Attachment[];
}

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'ACCEPT 办结, RETURN 退回重办' });

export { ReviewChecklist };
