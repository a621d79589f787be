import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';
import { EVIDENCE_FILE_IDS } from '../evidence';

/** 四看: every box must be ticked to accept a report. */
@ObjectType('ReviewChecklist')
@InputType('ReviewChecklistInput')
export class ReviewChecklist {
  @Field({ description: '事实是否准确' })
  factsAccurate!: boolean;

  @Field({ description: '处理是否合规（符合政策）' })
  policyCompliant!: boolean;

  @Field({ description: '问题是否解决' })
  problemSolved!: boolean;

  @Field({ description: '文书格式是否规范' })
  formatCorrect!: boolean;
}

@InputType()
export class ReportInput {
  @TextField(TEXT_LIMITS.longText)
  content!: string;

  @Field(() => Float, { nullable: true, description: 'Defaults to 100 for a completion report' })
  progressPercent?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '完成量. For a split assignment it is composed from the cited sub-unit reports (see reportDraft): leave it empty or send exactly that figure; any other figure is refused (BAD_USER_INPUT).',
  })
  achieved?: number;

  @Field(() => [ID], { nullable: true, description: EVIDENCE_FILE_IDS })
  fileIds?: string[];
}

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'ACCEPT 办结, RETURN 退回重办' });
