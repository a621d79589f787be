import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, TEXT_LIMITS } from '@duban/rules';
import {
  ConnectionType,
  Ctx,
  notFound,
  RequestContext,
  Roles,
  FIRST_ARG,
  TextArg,
  AFTER_ARG,
} from '@duban/platform';
import { ItemOperation, itemOperations, requireItemAuditAccess } from '../access';
import { AuditChainView, AuditEventView, AuditQueries } from '../audit';
import { EvidenceService } from '../evidence';
import { OrgService, OrgUnitEntity } from '../org';
import { Attachment } from '../shared';
import { CreateSupervisionItemInput, SupervisionItemFilter } from './item.dto';
import { ItemQueries } from './item.queries';
import { ITEM, ItemService } from './item.service';
import { SupervisionItemEntity } from './supervision-item.entity';

export const SupervisionItemConnection = ConnectionType(SupervisionItemEntity, 'SupervisionItem');
export const AuditEventConnection = ConnectionType(AuditEventView, 'AuditEvent');

@Resolver(() => SupervisionItemEntity)
export class ItemResolver {
  constructor(
    private readonly service: ItemService,
    private readonly queries: ItemQueries,
    private readonly audit: AuditQueries,
    private readonly org: OrgService,
    private readonly evidence: EvidenceService,
  ) {}

  @ResolveField(() => [Attachment], {
    description: 'The scanned 批示件 and other documents registered with the item',
  })
  attachments(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return this.evidence.attachedTo(ctx, 'item').load(String(item.id));
  }

  @Query(() => SupervisionItemEntity, { nullable: true })
  supervisionItem(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.itemById(ctx).load(id);
  }

  @Query(() => SupervisionItemConnection, {
    description: '台账: items issued in or assigned into your subtree, newest first',
  })
  supervisionItems(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => SupervisionItemFilter, nullable: true }) filter?: SupervisionItemFilter,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.queries.items(ctx, filter ?? {}, first, after);
  }

  @Query(() => AuditChainView, {
    description:
      '留痕核验: the item’s audit trail with each event’s hash and previous hash, verified on the server; for a supervisor or leader of the issuing office or an office above it',
  })
  async itemAuditChain(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    const item = await this.queries.itemById(ctx).load(itemId);
    if (!item) throw notFound(ITEM, itemId);
    requireItemAuditAccess(ctx.requireActor(), item);
    return this.audit.itemChain(ctx, itemId, first, after);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description: '立项: registers an item and numbers it (e.g. 商督〔2026〕17号)',
  })
  createSupervisionItem(@Ctx() ctx: RequestContext, @Args('input') input: CreateSupervisionItemInput) {
    return this.service.createItem(ctx, input);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, { description: '草稿 → 已立项' })
  registerSupervisionItem(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID }) itemId: string) {
    return this.service.registerItem(ctx, itemId);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, { description: '结果反馈 to the leader: 待反馈 → 已办结' })
  feedBackItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('feedback', TEXT_LIMITS.longText) feedback: string,
  ) {
    return this.service.feedBackItem(ctx, itemId, feedback);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => String, {
    description: '机关代字 for registration numbers of your office, e.g. 商督; by a supervisor of the office',
  })
  setOfficePrefix(
    @Ctx() ctx: RequestContext,
    @TextArg('prefix', TEXT_LIMITS.officePrefix, { rule: 'officePrefix' }) prefix: string,
  ) {
    return this.service.setOfficePrefix(ctx, prefix);
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  issuerUnit(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return this.org.byId(ctx).load(String(item.issuerUnitId));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  leadUnit(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return item.leadUnitId ? this.org.byId(ctx).load(String(item.leadUnitId)) : null;
  }

  @ResolveField(() => AuditEventConnection, { description: '全流程留痕' })
  events(
    @Ctx() ctx: RequestContext,
    @Parent() item: SupervisionItemEntity,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.audit.events(ctx, String(item.id), first, after);
  }

  @ResolveField(() => [ItemOperation], {
    description: 'What you may do with this item now (the admin offers exactly these)',
  })
  allowedActions(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return itemOperations(ctx.requireActor(), item);
  }
}
