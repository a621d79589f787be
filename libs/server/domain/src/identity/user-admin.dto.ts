import { Field, ID, InputType } from '@nestjs/graphql';
import { PASSWORD_POLICY_TEXT, TEXT_LIMITS } from '@duban/rules';
import { Role } from './role';
import { TextField } from '@duban/platform';

@InputType()
export class CreateUserInput {
  @TextField(TEXT_LIMITS.username, { rule: 'username' })
  username!: string;

  @TextField(TEXT_LIMITS.personName)
  displayName!: string;

  @Field(() => ID)
  orgUnitId!: string;

  @Field(() => [Role])
  roles!: Role[];

  @TextField(TEXT_LIMITS.password, { description: PASSWORD_POLICY_TEXT.en })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @TextField(TEXT_LIMITS.personName, { nullable: true })
  displayName?: string;

  @Field(() => ID, { nullable: true, description: 'Move the user to another unit of your subtree' })
  orgUnitId?: string;

  @Field(() => [Role], { nullable: true })
  roles?: Role[];

  @Field({
    nullable: true,
    description: 'false deactivates at once (existing tokens stop working, also after reactivation)',
  })
  active?: boolean;
}
