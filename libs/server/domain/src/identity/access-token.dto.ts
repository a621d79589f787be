import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccessTokenOperation, AccessTokenStatus, TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';
import { AccessTokenEntity } from './access-token.entity';

registerEnumType(AccessTokenStatus, {
  name: 'AccessTokenStatus',
  description: 'ACTIVE 有效, EXPIRED 已过期, REVOKED 已撤销',
});
registerEnumType(AccessTokenOperation, {
  name: 'AccessTokenOperation',
  description: 'What the caller may do with a token now: 撤销 (REVOKE)',
});

@InputType()
export class CreateAccessTokenInput {
  @TextField(TEXT_LIMITS.accessTokenName, { description: 'What the token is for, e.g. the tool’s name' })
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit whose subtree the token reads: yours or one below it (default: yours)',
  })
  unitId?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the token stops working: in the future, at most 365 days ahead (default: 90 days)',
  })
  expiresAt?: Date;
}

@ObjectType()
export class CreatedAccessToken {
  @Field({
    description: 'The secret, shown this once and never stored: send it as "Authorization: Bearer dbpat_…"',
  })
  token!: string;

  @Field(() => AccessTokenEntity)
  accessToken!: AccessTokenEntity;
}
