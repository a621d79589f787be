import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('UrgeNotice', { description: '催办通知' })
export class UrgeNoticeView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. 商督催〔2026〕3号' })
  number!: string;

  @Field({
    description:
      'REMINDER 提醒 / OVERDUE_NOTICE 逾期通知 / ESCALATION 升级催办 / SIGN_REMINDER 签收提醒 / CYCLE_REMINDER 月报/季报提醒',
  })
  kind!: string;

  @Field({ description: 'LIAISON / HEAD / LEADER' })
  target!: string;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;
}
