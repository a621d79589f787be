import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** 考评记分板: one unit's year — bulletin points, consequences and the office metrics of its subtree. */
@ObjectType('ScoreboardRow', { description: '考评记分板：一个单位的年度得分、通报后果与督查指标' })
export class ScoreboardRowView {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int, { description: '考评年度' })
  year!: number;

  @Field(() => Int, {
    description:
      '基础分 100: a neutral base; the rest of the 年终综合目标考评 is assessed outside this system',
  })
  baseScore!: number;

  @Field(() => Int, { description: '通报加减分 (sum of the year’s score entries of this unit itself)' })
  bulletinPoints!: number;

  @Field(() => Int, { description: '得分 = 基础分 + 通报加减分' })
  score!: number;

  @Field(() => Int, { description: '通报表扬次数' })
  praiseCount!: number;

  @Field(() => Int, { description: '通报批评次数' })
  criticismCount!: number;

  @Field({ description: '责任人诫勉谈话 (2 or more criticisms in the year)' })
  admonishment!: boolean;

  @Field({ description: '取消责任人当年评先资格 (2 or more criticisms in the year)' })
  personAwardIneligible!: boolean;

  @Field({ description: '取消单位当年评先资格 (3 or more criticisms in the year)' })
  unitIneligible!: boolean;

  @Field(() => [String], { description: '被诫勉谈话的责任人 (named on the 2nd and later criticisms)' })
  admonishedPersons!: string[];

  @Field(() => Int, { description: '应办: applicable assignments of the subtree due in the year' })
  applicable!: number;

  @Field(() => Int, { description: '已办结' })
  done!: number;

  @Field(() => Int, { description: '按时办结' })
  onTime!: number;

  @Field(() => Int, { description: '审核的报告数 (accepted + returned in the year)' })
  reviewed!: number;

  @Field(() => Int, { description: '退回重办的报告数' })
  returned!: number;

  @Field(() => Float, { nullable: true, description: '办结率 done / applicable (null when nothing is due)' })
  completionRate!: number | null;

  @Field(() => Float, { description: '办结率目标 (100%)' })
  completionTarget!: number;

  @Field({ description: '办结率达标' })
  meetsCompletionTarget!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: '按时办结率 onTime / done (null until something is done)',
  })
  onTimeRate!: number | null;

  @Field(() => Int, { description: '办结事项数: items issued in the subtree first concluded in the year' })
  closedItems!: number;

  @Field(() => Int, { description: '复查复议事项数: of those, reopened since' })
  reopenedItems!: number;

  @Field(() => Float, {
    nullable: true,
    description: '退回率 returned / reviewed reports, report quality (null until a report is reviewed)',
  })
  returnRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '复查复议率 reopened / closed items (null until an item is concluded in the year)',
  })
  reReviewRate!: number | null;

  @Field(() => Float, { description: '复查复议率目标 (≤ 4%)' })
  reReviewTarget!: number;

  @Field({ description: '复查复议率达标' })
  meetsReReviewTarget!: boolean;
}
