import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SupervisionItemEntity } from '../item';
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

  @Field()
  createdAt!: Date;
}
