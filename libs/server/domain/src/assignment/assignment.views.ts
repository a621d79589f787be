import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SupervisionItemEntity } from '../item';
import { OrgUnitEntity } from '../org';
import { Attachment } from '../shared';
import { AssignmentEntity } from './assignment.entity';

@ObjectType('AssignResult')
export class AssignResultView {
  @Field(() => Int, { description: 'Assignments created' })
  count!: number;

  @Field(() => SupervisionItemEntity)
  item!: SupervisionItemEntity;
}

@ObjectType('DelegateResult')
export class DelegateResultView {
  @Field(() => Int)
  count!: number;

  @Field(() => AssignmentEntity)
  assignment!: AssignmentEntity;

  @Field({ description: '层层加码 detected' })
  tightened!: boolean;
}

@ObjectType('ProgressUpdate')
export class ProgressUpdateView {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  percent!: number;

  @Field(() => Float, { nullable: true })
  achieved!: number | null;

  @Field()
  text!: string;

  @Field(() => [Attachment])
  attachments!: Attachment[];

  @Field(() => Int, { nullable: true, description: 'The 节点 it reports for' })
  milestoneSeq!: number | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('AssignmentPreview', { description: 'What a 交办/分解 would create, before 下发' })
export class AssignmentPreviewView {
  @Field(() => Int, { description: 'How many assignments it would create' })
  count!: number;

  @Field(() => [OrgUnitEntity], {
    description: 'The first units it would create assignments for (tree order: siblings together)',
  })
  units!: OrgUnitEntity[];
}
