import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AssignmentStatus,
  type DeadlineClass,
  ItemStatus,
  WorkbenchChangeKind,
  WorkbenchSectionKind,
} from '@duban/rules';
import { LightEnum } from '../shared';

registerEnumType(WorkbenchSectionKind, {
  name: 'WorkbenchSectionKind',
  description:
    'TO_ACCEPT 待签收, IN_PROGRESS 办理中, DUE 临期/逾期, RETURNED 退回重办, TO_SIGN 待签字, TO_REVIEW 待审核, ' +
    'EXTENSIONS 延期申请, ESCALATIONS 上报协调, SUBTREE_OVERDUE 下辖逾期, RECENT_ITEMS 本单位近期立项, ' +
    'RED_LIST 红灯单位, CHANGES 自上次访问以来, MESSAGES 未读消息',
});
registerEnumType(WorkbenchChangeKind, {
  name: 'WorkbenchChangeKind',
  description:
    'TURNED_RED 新亮红灯, TURNED_OVERDUE 新增逾期, REPORT_ACCEPTED 报告审核通过, ITEM_COMPLETED 事项办结',
});

/** The rules' deadline classes (a string union there) as a GraphQL enum. */
export enum DeadlineClassEnum {
  NONE = 'NONE',
  DUE_SOON = 'DUE_SOON',
  DUE_TODAY = 'DUE_TODAY',
  OVERDUE = 'OVERDUE',
}
registerEnumType(DeadlineClassEnum, {
  name: 'DeadlineClass',
  description:
    'Where a deadline stands on the China calendar: NONE, DUE_SOON 临期, DUE_TODAY 今日截止, OVERDUE 逾期',
});
/** Keyed by the rules' union, so a class added there does not compile here until it is mapped. */
export const DEADLINE_CLASS: Record<DeadlineClass, DeadlineClassEnum> = {
  NONE: DeadlineClassEnum.NONE,
  DUE_SOON: DeadlineClassEnum.DUE_SOON,
  DUE_TODAY: DeadlineClassEnum.DUE_TODAY,
  OVERDUE: DeadlineClassEnum.OVERDUE,
};

/**
 * One row of a section: what the admin shows and links (the item, the report, the unit). Fields a
 * section has no use for are null.
 */
@ObjectType('WorkbenchRow')
export class WorkbenchRowView {
  @Field(() => ID, {
    description:
      'Unique across the 工作台: `<section kind>:<id of what the row shows>` (assignment, report, message …)',
  })
  id!: string;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => String, { nullable: true, description: '登记编号' })
  regNumber!: string | null;

  @Field({ description: 'The item’s title; a message’s title (MESSAGES); a unit’s name (RED_LIST)' })
  title!: string;

  @Field(() => ID, { nullable: true })
  assignmentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'TO_SIGN, TO_REVIEW: the report (opens its text)' })
  reportId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit holding the assignment; the red unit' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Date, { nullable: true })
  deadline!: Date | null;

  @Field(() => DeadlineClassEnum, { nullable: true, description: 'Where the deadline stands now' })
  deadlineClass!: DeadlineClassEnum | null;

  @Field(() => Date, { nullable: true, description: 'EXTENSIONS: the deadline asked for' })
  requestedDeadline!: Date | null;

  @Field(() => AssignmentStatus, { nullable: true })
  status!: AssignmentStatus | null;

  @Field(() => ItemStatus, { nullable: true, description: 'RECENT_ITEMS: the item’s status' })
  itemStatus!: ItemStatus | null;

  @Field(() => LightEnum, { nullable: true })
  light!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the light is what it is, in your language' })
  lightReason!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When: submitted, signed, asked, registered, received, changed',
  })
  at!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'EXTENSIONS, ESCALATIONS: the reason given; MESSAGES: the title of the item it is about',
  })
  text!: string | null;

  @Field(() => WorkbenchChangeKind, { nullable: true, description: 'CHANGES: what happened' })
  change!: WorkbenchChangeKind | null;
}

@ObjectType('WorkbenchChangeCount')
export class WorkbenchChangeCountView {
  @Field(() => WorkbenchChangeKind)
  kind!: WorkbenchChangeKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType('WorkbenchSection')
export class WorkbenchSectionView {
  @Field(() => WorkbenchSectionKind)
  kind!: WorkbenchSectionKind;

  @Field(() => Int, { description: 'How many in all (the dedicated queue’s count)' })
  count!: number;

  @Field({ description: 'Holds something red (or is a warning by nature): shown first' })
  urgent!: boolean;

  @Field(() => [WorkbenchRowView], { description: 'The first few, in the queue’s order' })
  rows!: WorkbenchRowView[];

  @Field(() => [WorkbenchChangeCountView], { description: 'CHANGES: how many of each kind' })
  changes!: WorkbenchChangeCountView[];
}

@ObjectType('Workbench', {
  description:
    '工作台: the sections of all your roles, most urgent first, counts and first rows in one query',
})
export class WorkbenchView {
  @Field(() => [WorkbenchSectionView])
  sections!: WorkbenchSectionView[];

  @Field(() => Date, {
    nullable: true,
    description:
      'CHANGES: the window starts here (your previous visit; null without the section). Stays put during a visit, see markWorkbenchVisited',
  })
  since!: Date | null;

  @Field({ description: 'CHANGES: no previous visit yet (the window looks back a week)' })
  firstVisit!: boolean;

  @Field({ description: 'When the counts were taken' })
  asOf!: Date;
}

@ObjectType('WorkbenchVisit')
export class WorkbenchVisitView {
  @Field({ description: 'The window the current visit shows' })
  since!: Date;

  @Field()
  lastSeenAt!: Date;

  @Field()
  firstVisit!: boolean;
}
