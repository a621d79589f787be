import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { DeadlineTier, ItemSource, ItemStatus, TEXT_LIMITS } from '@duban/rules';
import { RollupPolicyEnum } from './supervision-item.entity';
import { TextField } from '@duban/platform';
import { EVIDENCE_FILE_IDS } from '../evidence';
import { MilestoneInput, ReportCycle } from './milestone.types';

@InputType()
export class CreateSupervisionItemInput {
  @TextField(TEXT_LIMITS.title)
  title!: string;

  @Field(() => ItemSource)
  source!: ItemSource;

  @TextField(TEXT_LIMITS.category, { nullable: true })
  category?: string;

  @Field({ nullable: true, defaultValue: false, description: '重点事项' })
  isKey?: boolean;

  @TextField(TEXT_LIMITS.longText)
  content!: string;

  @TextField(TEXT_LIMITS.longText, { nullable: true })
  requirements?: string;

  @TextField(TEXT_LIMITS.longText, { nullable: true, description: '领导批示原文' })
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

  @TextField(TEXT_LIMITS.personName, { nullable: true, description: '分管领导' })
  leaderName?: string;

  @TextField(TEXT_LIMITS.personName, { nullable: true, description: '责任人' })
  responsiblePerson?: string;

  @Field(() => Float, { nullable: true })
  target?: number;

  @TextField(TEXT_LIMITS.targetUnit, { nullable: true, description: 'Unit of the target, e.g. 万元' })
  targetUnit?: string;

  @Field(() => RollupPolicyEnum, { nullable: true, defaultValue: RollupPolicyEnum.AVERAGE })
  rollupPolicy?: RollupPolicyEnum;

  @Field(() => [MilestoneInput], {
    nullable: true,
    description: '节点计划: dates within the item period, planned shares increasing (序时进度 follows it)',
  })
  milestones?: MilestoneInput[];

  @Field(() => ReportCycle, { nullable: true, description: '月报/季报 chased on their cycle' })
  reportCycle?: ReportCycle;

  @Field(() => Int, { nullable: true, description: 'Due day of the cycle’s first month (1–28, default 5)' })
  reportDueDay?: number;

  @Field({ nullable: true, defaultValue: false, description: 'Save as 草稿 without a number' })
  draft?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: `The scanned 批示件 and other source documents. ${EVIDENCE_FILE_IDS}`,
  })
  fileIds?: string[];
}

@InputType()
export class SupervisionItemFilter {
  @Field(() => [ItemStatus], { nullable: true })
  status?: ItemStatus[];

  @Field(() => [ItemSource], { nullable: true })
  source?: ItemSource[];

  @Field(() => ID, { nullable: true, description: '立项单位' })
  issuerUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'Items assigned anywhere in this unit’s subtree' })
  assigneeUnitId?: string;

  @Field({ nullable: true })
  deadlineFrom?: Date;

  @Field({ nullable: true })
  deadlineTo?: Date;

  @Field({ nullable: true, description: 'Has (or has no) open overdue assignment in your subtree' })
  overdue?: boolean;

  @TextField(TEXT_LIMITS.search, { nullable: true, description: 'Title, content or registration number' })
  keyword?: string;

  @Field({ nullable: true })
  isKey?: boolean;

  @Field({
    nullable: true,
    description: '含已归档: archived items are left out unless this is true or `status` is given',
  })
  includeArchived?: boolean;
}

@InputType({ description: '编辑: only the fields given change; units are the item’s direct assignments' })
export class EditSupervisionItemInput {
  @Field(() => Int, { description: 'The version the editor loaded; CONFLICT if the item changed since' })
  expectedVersion!: number;

  @TextField(TEXT_LIMITS.title, { nullable: true })
  title?: string;

  @TextField(TEXT_LIMITS.longText, { nullable: true })
  content?: string;

  @TextField(TEXT_LIMITS.longText, { nullable: true, description: 'An empty text clears it' })
  requirements?: string;

  @Field({ nullable: true, description: 'Not earlier than any open direct assignment’s deadline' })
  deadline?: Date;

  @Field(() => [ID], { nullable: true, description: 'Units to assign the item to as well (交办)' })
  addUnitIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Units whose direct assignment is withdrawn; only ones that have not reported yet',
  })
  removeUnitIds?: string[];
}
