import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

/** Attachment metadata (files themselves live in the document store). */
@ObjectType('Attachment')
@InputType('AttachmentInput')
export class Attachment {
  @Field()
  name!: string;

  @Field(() => Int)
  size!: number;

  @Field({ nullable: true })
  mimeType?: string;

  @Field({ nullable: true, description: 'Where the file can be fetched from' })
  url?: string;
}

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
