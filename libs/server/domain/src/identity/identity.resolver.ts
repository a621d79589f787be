import {
  Args,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { PASSWORD_POLICY_TEXT, TEXT_LIMITS } from '@duban/rules';
import {
  ConnectionType,
  Ctx,
  notFound,
  Public,
  RequestContext,
  Roles,
  FIRST_ARG,
  TextArg,
  AFTER_ARG,
} from '@duban/platform';
import { OrgService, OrgUnitEntity } from '../org';
import { AuthService } from './auth.service';
import { IdentityService } from './identity.service';
import { Role } from './role';
import { CreateUserInput, UpdateUserInput } from './user-admin.dto';
import { UserAdminService } from './user-admin.service';
import { UserEntity } from './user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'JWT; send as "Authorization: Bearer <token>"' })
  token!: string;

  @Field(() => UserEntity)
  user!: UserEntity;
}

export const UserConnection = ConnectionType(UserEntity, 'User');
const USER = { zh: '用户', en: 'User' };

@Resolver(() => UserEntity)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly identity: IdentityService,
    private readonly org: OrgService,
    private readonly dataSource: DataSource,
    private readonly admin: UserAdminService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => UserEntity, { description: '新建用户 (in your subtree)' })
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput) {
    return this.admin.create(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserEntity, {
    description:
      '修改用户: name, unit, roles, 停用/启用 (停用 ends every session; 启用 also lifts a sign-in lock)',
  })
  updateUser(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ) {
    return this.admin.update(ctx, id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: '重置密码: ends every session of the user and lifts a sign-in lock',
  })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('password', TEXT_LIMITS.password, { description: PASSWORD_POLICY_TEXT.en }) password: string,
  ) {
    return this.admin.resetPassword(ctx, id, password);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: '登录' })
  async login(
    @Ctx() ctx: RequestContext,
    @TextArg('username', TEXT_LIMITS.usernameLogin) username: string,
    @TextArg('password', TEXT_LIMITS.password) password: string,
  ) {
    const { token, actor } = await this.auth.login(username, password, ctx.clientAddress);
    await ctx.signIn(actor, this.dataSource);
    return { token, user: await this.identity.byId(ctx).load(actor.userId) };
  }

  @Query(() => UserEntity, { description: 'The caller, their unit and roles.' })
  async me(@Ctx() ctx: RequestContext) {
    const id = ctx.requireActor().userId;
    return (await this.identity.byId(ctx).load(id)) ?? Promise.reject(notFound(USER, id));
  }

  @Query(() => UserConnection, { description: 'Users in the caller’s subtree.' })
  users(
    @Ctx() ctx: RequestContext,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string,
    @TextArg('search', TEXT_LIMITS.search, { nullable: true }) search?: string,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.identity.list(ctx, { orgUnitId, search, first, after });
  }

  @Query(() => UserEntity, { nullable: true })
  user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.identity.byId(ctx).load(id);
  }

  @ResolveField(() => OrgUnitEntity)
  orgUnit(@Ctx() ctx: RequestContext, @Parent() user: UserEntity) {
    return this.org.byId(ctx).load(String(user.orgUnitId));
  }
}
