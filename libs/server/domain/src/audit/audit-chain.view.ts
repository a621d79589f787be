import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, ConnectionType } from '@duban/platform';

@ObjectType('AuditChainEvent', {
  description: 'One 留痕 event with every field its hash covers (see AuditChain for the recipe)',
})
export class AuditChainEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Place in the item’s trail, oldest first, from 1' })
  position!: number;

  @Field({ description: 'The chain it belongs to: one per record, e.g. item:12, assignment:345' })
  chainKey!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field()
  action!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Display copy of the actor’s name; not hashed' })
  actorName!: string | null;

  @Field({ description: 'Hashed as ISO 8601 UTC with milliseconds, exactly as returned' })
  at!: Date;

  @Field({ description: 'Canonical JSON of the state before ("null" when none), hashed as is' })
  before!: string;

  @Field({ description: 'Canonical JSON of the state after ("null" when none), hashed as is' })
  after!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the event before it in the same chain; null for the first',
  })
  prevHash!: string | null;

  @Field()
  hash!: string;
}

export const AuditChainEventConnection = ConnectionType(AuditChainEventView, 'AuditChainEvent');

@ObjectType('AuditChainBreak', { description: 'The first event of a chain that no longer verifies' })
export class AuditChainBreakView {
  @Field()
  chainKey!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => Int, { description: 'Its place in the item’s trail, oldest first, from 1' })
  position!: number;
}

@ObjectType('AuditChain', {
  description: [
    '留痕核验: every hash chain of an item (one per record: item:<id>, assignment:<id>, …), re-hashed on the',
    'server by the same code as `npm run audit:verify`. To recompute an event’s hash: hex SHA-256 of the UTF-8',
    'text prevHash (empty when null) + "\\n" + C, where C is',
    '{"action":A,"actorId":B,"after":<after>,"at":T,"before":<before>,"chainKey":K,"tenantId":N,"text":X}',
    'with A, B, T, K, N, X the JSON strings (JSON.stringify, null when none) of action, actorId, at, chainKey,',
    'tenantId and text, and <after>, <before> the returned canonical JSON inserted as is. Each prevHash must be',
    'the hash of the event before it in its chain. An edited, inserted or reordered event breaks its chain; a',
    'chain’s deleted last events cannot be told from events never written.',
  ].join(' '),
})
export class AuditChainView {
  @Field(() => ID)
  itemId!: string;

  @Field({ description: 'Every chain of the item re-hashes to what was written' })
  verified!: boolean;

  @Field(() => AuditChainBreakView, {
    nullable: true,
    description: 'The earliest event that does not verify; null when verified',
  })
  brokenAt!: AuditChainBreakView | null;

  @Field(() => [AuditChainBreakView], { description: 'Each broken chain’s first bad event, oldest first' })
  breaks!: AuditChainBreakView[];

  @Field(() => Int, { description: 'How many chains were re-hashed' })
  chains!: number;

  @Field(() => AuditChainEventConnection, {
    description: 'One page of the trail, oldest first (verification always covers all of it)',
  })
  events!: Connection<AuditChainEventView>;
}
