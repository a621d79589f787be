import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessTokenOperation, AccessTokenStatus, accessTokenStatus } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { accessTokenOperations } from '../access';
import { OrgService, OrgUnitEntity } from '../org';
import { AccessTokenEntity } from './access-token.entity';
import { CreateAccessTokenInput, CreatedAccessToken } from './access-token.dto';
import { AccessTokenRow } from './access-token.repository';
import { AccessTokenService } from './access-token.service';
import { Role } from './role';

@Resolver(() => AccessTokenEntity)
export class AccessTokenResolver {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly org: OrgService,
  ) {}

  @Mutation(() => CreatedAccessToken, {
    description: '新建访问令牌: read-only, over your unit or one below it; the secret is in this answer only',
  })
  createAccessToken(@Ctx() ctx: RequestContext, @Args('input') input: CreateAccessTokenInput) {
    return this.tokens.create(ctx, input);
  }

  @Mutation(() => AccessTokenEntity, {
    description: '撤销访问令牌: by its user or an administrator over that user; at once and for good',
  })
  revokeAccessToken(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.tokens.revoke(ctx, id);
  }

  @Query(() => [AccessTokenEntity], { description: 'Your access tokens, newest first (no secrets)' })
  myAccessTokens(@Ctx() ctx: RequestContext) {
    return this.tokens.mine(ctx);
  }

  @Roles(Role.ADMIN)
  @Query(() => [AccessTokenEntity], {
    description: 'The access tokens of a user in your subtree, newest first (administrators)',
  })
  userAccessTokens(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string) {
    return this.tokens.ofUser(ctx, userId);
  }

  @ResolveField(() => AccessTokenStatus)
  status(@Parent() t: AccessTokenRow) {
    return accessTokenStatus(t, new Date());
  }

  @ResolveField(() => [AccessTokenOperation], {
    description: 'What you may do with this token now (the admin offers exactly these)',
  })
  allowedActions(@Ctx() ctx: RequestContext, @Parent() t: AccessTokenRow & { ownerInScope?: boolean }) {
    // Listed tokens are the caller's own or, for an administrator, of a user in their subtree.
    return accessTokenOperations(ctx.requireActor(), { ...t, ownerInScope: t.ownerInScope ?? true });
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true, description: 'The unit whose subtree it reads' })
  orgUnit(@Ctx() ctx: RequestContext, @Parent() t: AccessTokenRow) {
    return this.org.byId(ctx).load(String(t.orgUnitId));
  }
}
