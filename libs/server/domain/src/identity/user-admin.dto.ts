import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from './role';

@InputType()
export class CreateUserInput {
  @Field({ description: '3–32 letters, digits, _ . -' })
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => ID)
  orgUnitId!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field({ description: 'At least 8 characters with letters and digits' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  displayName?: string;

  @Field(() => ID, { nullable: true, description: 'Move the user to another unit of your subtree' })
  orgUnitId?: string;

  @Field(() => [Role], { nullable: true })
  roles?: Role[];

  @Field({ nullable: true, description: 'false deactivates at once (existing tokens stop working)' })
  active?: boolean;
}
