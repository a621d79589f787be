import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: '留痕: append-only, hash-chained' })
export class AuditEventView {
  @Field(() => ID)
  id!: string;

  @Field()
  action!: string;

  @Field(() => ID, { nullable: true })
  assignmentId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the state before' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the state after' })
  after!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the event before it in its chain; null for the first (see AuditChain)',
  })
  prevHash!: string | null;

  @Field()
  hash!: string;
}
