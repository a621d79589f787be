import { Field, InputType } from '@nestjs/graphql';
import { AssignmentListFilter } from './assignment-list.dto';

/** Filter of 下级办理: the filter of every assignment table, plus 逾期未签收; combined with AND. */
@InputType()
export class SubtreeAssignmentFilter extends AssignmentListFilter {
  @Field({
    nullable: true,
    description:
      '逾期未签收: still 待签收 after the 签收时限 (SIGN_WITHIN_WORKING_DAYS working days), or not',
  })
  unsigned?: boolean;
}
