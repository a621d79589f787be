import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BulletinKind, BulletinLevel, TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';
import './bulletin.entity'; // registers the BulletinKind / BulletinLevel GraphQL enums

@InputType({ description: '发布督查通报' })
export class IssueBulletinInput {
  @Field(() => BulletinKind, { description: '通报表扬 PRAISE / 通报批评 CRITICISM' })
  kind!: BulletinKind;

  @Field(() => BulletinLevel, { description: '督查委员会 COMMITTEE (±5) / 督查室 OFFICE (±3)' })
  level!: BulletinLevel;

  @Field(() => [ID], { description: '被通报单位: one or more units below your own' })
  targetUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: '所涉督查事项' })
  itemId?: string;

  @TextField(TEXT_LIMITS.personName, {
    nullable: true,
    description: '责任人姓名 (flagged for 诫勉谈话 from a unit’s 2nd criticism in a year)',
  })
  responsiblePerson?: string;

  @TextField(TEXT_LIMITS.title, { description: '通报标题' })
  title!: string;

  @TextField(TEXT_LIMITS.bulletinBody, { description: '通报正文' })
  body!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      '考评年度 (2000 to 2100); defaults to the current year (Asia/Shanghai); the previous year is allowed too',
  })
  year?: number;
}
