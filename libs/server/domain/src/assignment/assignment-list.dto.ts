import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { AssignmentStatus, TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';
import { OrgKind } from '../org';
import { LightEnum } from '../shared';

export enum AssignmentSortKey {
  DEADLINE = 'DEADLINE',
  PROGRESS = 'PROGRESS',
  LIGHT = 'LIGHT',
  NAME = 'NAME',
}
registerEnumType(AssignmentSortKey, {
  name: 'AssignmentSortKey',
  description:
    'DEADLINE 办理时限, PROGRESS 进度, LIGHT 亮灯 (red first), NAME the unit’s name (in 待办 the item’s title), in pinyin order',
});

@InputType({ description: 'Order of an assignment list; ties go by id in the same direction' })
export class AssignmentSort {
  @Field(() => AssignmentSortKey)
  key!: AssignmentSortKey;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Descending (latest, highest, greenest, Z first)',
  })
  descending?: boolean;
}

/** Filter of an assignment table; every field is optional and they combine with AND. */
@InputType()
export class AssignmentListFilter {
  @Field(() => [AssignmentStatus], { nullable: true, description: 'Any of these statuses' })
  status?: AssignmentStatus[];

  @Field(() => [LightEnum], { nullable: true, description: 'Any of these lights' })
  light?: LightEnum[];

  @Field({ nullable: true, description: 'Open and past its deadline (true), or not (false)' })
  overdue?: boolean;

  @Field(() => [OrgKind], { nullable: true, description: 'The assigned unit is of any of these kinds' })
  unitKind?: OrgKind[];

  @TextField(TEXT_LIMITS.search, {
    nullable: true,
    description: 'Part of the unit’s name, the item’s title or its registration number',
  })
  search?: string;
}
