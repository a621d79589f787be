import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SpreadsheetJobKind, SpreadsheetJobStatus } from './spreadsheet-job.entity';

registerEnumType(SpreadsheetJobKind, {
  name: 'SpreadsheetJobKind',
  description: 'LEDGER_EXPORT 导出台账, TARGET_IMPORT 导入年度目标任务分解表',
});
registerEnumType(SpreadsheetJobStatus, {
  name: 'SpreadsheetJobStatus',
  description: 'QUEUED 排队中, RUNNING 处理中, SUCCEEDED 已完成, FAILED 失败',
});

@ObjectType('SpreadsheetRowError', { description: 'One bad cell or row of an imported sheet' })
export class SpreadsheetRowErrorView {
  @Field(() => Int, { description: '行号 (the header is row 1)' })
  row!: number;

  @Field(() => String, { nullable: true, description: '列: the column header' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The value found in the cell' })
  value!: string | null;

  @Field({ description: '原因, in the caller’s language' })
  reason!: string;
}

@ObjectType('SpreadsheetCreatedItem', { description: 'An item an import registered, with its sheet row' })
export class SpreadsheetCreatedItemView {
  @Field(() => Int)
  row!: number;

  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { nullable: true })
  regNumber!: string | null;

  @Field()
  title!: string;
}

@ObjectType('SpreadsheetJob', { description: '导出台账 / 导入年度目标任务: a job run by the worker' })
export class SpreadsheetJobView {
  @Field(() => ID)
  id!: string;

  @Field(() => SpreadsheetJobKind)
  kind!: SpreadsheetJobKind;

  @Field(() => SpreadsheetJobStatus)
  status!: SpreadsheetJobStatus;

  @Field(() => Int, { description: 'Rows done (an export counts each item once per sheet)' })
  done!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: '0..100' })
  percent!: number;

  @Field(() => String, { nullable: true, description: 'The file name of the result' })
  fileName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When an export SUCCEEDED: a short-lived signed link, GET with your bearer token',
  })
  downloadUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it FAILED, in the caller’s language' })
  error!: string | null;

  @Field(() => [SpreadsheetRowErrorView], { description: 'Every bad row of a refused import' })
  rowErrors!: SpreadsheetRowErrorView[];

  @Field(() => [SpreadsheetCreatedItemView], { description: 'The items a successful import registered' })
  createdItems!: SpreadsheetCreatedItemView[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('SpreadsheetLink', { description: 'A short-lived signed link to a generated spreadsheet' })
export class SpreadsheetLinkView {
  @Field({ description: 'GET with your bearer token' })
  url!: string;

  @Field()
  fileName!: string;

  @Field()
  expiresAt!: Date;
}
