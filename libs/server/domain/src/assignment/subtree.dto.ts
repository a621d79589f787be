import { Field, InputType } from '@nestjs/graphql';
import { AssignmentStatus } from '@duban/rules';
import { LightEnum } from '../shared';

/** Filter of 下级办理; every field is optional and they combine with AND. */
@InputType()
export class SubtreeAssignmentFilter {
  @Field(() => [AssignmentStatus], { nullable: true, description: 'Any of these statuses' })
  status?: AssignmentStatus[];

  @Field(() => [LightEnum], { nullable: true, description: 'Any of these lights' })
  light?: LightEnum[];

  @Field({ nullable: true, description: 'Past its deadline (true) or not yet (false)' })
  overdue?: boolean;

  @Field({
    nullable: true,
    description:
      '逾期未签收: still 待签收 after the 签收时限 (SIGN_WITHIN_WORKING_DAYS working days), or not',
  })
  unsigned?: boolean;
}
