import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  delegationPending,
  delegationStatus,
  Role,
  SigningDelegationOperation,
  SigningDelegationStatus,
  TEXT_LIMITS,
} from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { delegationOperations } from '../access';
import { IdentityService, UserEntity } from '../identity';
import { OrgService, OrgUnitEntity } from '../org';
import { SigningDelegationEntity } from './signing-delegation.entity';
import { DelegationRow } from './signing.repository';
import { SigningQueries } from './signing.queries';
import { SigningService } from './signing.service';

/** 委托签字: a head names an acting signer of the unit for a period, and revokes it. */
@Resolver(() => SigningDelegationEntity)
export class SigningResolver {
  constructor(
    private readonly service: SigningService,
    private readonly queries: SigningQueries,
    private readonly identity: IdentityService,
    private readonly org: OrgService,
  ) {}

  @Query(() => [SigningDelegationEntity], {
    description: '委托签字 of your unit, newest first (who may sign for its head, and when)',
  })
  signingDelegations(@Ctx() ctx: RequestContext) {
    return this.queries.ofMyUnit(ctx);
  }

  @Roles(Role.HEAD)
  @Query(() => [UserEntity], {
    description:
      'Colleagues a head may name as acting signer: the active users of the unit, the head excepted',
  })
  async signingDelegateCandidates(@Ctx() ctx: RequestContext) {
    const actor = ctx.requireActor();
    const users = await this.identity.list(ctx, { orgUnitId: actor.orgUnitId, first: 100 });
    return users.edges.map((e) => e.node).filter((u) => u.active && String(u.id) !== String(actor.userId));
  }

  @Roles(Role.HEAD)
  @Mutation(() => SigningDelegationEntity, {
    description:
      '委托签字: name a user of your unit who may sign (or refuse to sign) its reports from validFrom to validTo (China-time dates, YYYY-MM-DD, both included; from today on, at most 90 days; one at a time). Audited.',
  })
  delegateSigning(
    @Ctx() ctx: RequestContext,
    @Args('delegateId', { type: () => ID }) delegateId: string,
    @TextArg('validFrom', TEXT_LIMITS.date) validFrom: string,
    @TextArg('validTo', TEXT_LIMITS.date) validTo: string,
    @TextArg('reason', TEXT_LIMITS.reason, { nullable: true }) reason?: string | null,
  ) {
    return this.service.delegate(ctx, { delegateId, validFrom, validTo, reason });
  }

  @Roles(Role.HEAD)
  @Mutation(() => SigningDelegationEntity, {
    description: '撤销委托签字 (by the head who named the acting signer); takes effect at once. Audited.',
  })
  revokeSigningDelegation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('reason', TEXT_LIMITS.reason, { nullable: true }) reason?: string | null,
  ) {
    return this.service.revoke(ctx, id, reason);
  }

  @ResolveField(() => SigningDelegationStatus)
  status(@Parent() d: DelegationRow) {
    return delegationStatus(d, new Date());
  }

  @ResolveField(() => [SigningDelegationOperation], {
    description: 'What you may do with this delegation now (the admin offers exactly these)',
  })
  allowedActions(@Ctx() ctx: RequestContext, @Parent() d: DelegationRow) {
    return delegationOperations(ctx.requireActor(), d, delegationPending(d, new Date()));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() d: DelegationRow) {
    return this.org.byId(ctx).load(String(d.unitId));
  }

  @ResolveField(() => UserEntity, { nullable: true, description: 'The head who named the acting signer' })
  head(@Ctx() ctx: RequestContext, @Parent() d: DelegationRow) {
    return this.identity.byId(ctx).load(String(d.headId));
  }

  @ResolveField(() => UserEntity, { nullable: true, description: 'The acting signer (代签人)' })
  delegate(@Ctx() ctx: RequestContext, @Parent() d: DelegationRow) {
    return this.identity.byId(ctx).load(String(d.delegateId));
  }
}

/** Whether a user signs for a head today, so the admin offers them the 待签字 queue. */
@Resolver(() => UserEntity)
export class UserSigningResolver {
  constructor(private readonly queries: SigningQueries) {}

  @ResolveField(() => Boolean, { description: '委托签字 in force today: signs for the unit head' })
  actingSignerToday(@Ctx() ctx: RequestContext, @Parent() user: UserEntity) {
    return this.queries.signsToday(ctx, String(user.id));
  }
}
