import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BulletinKind, bulletinScore, Role } from '@duban/rules';
import { ConnectionType, Ctx, RequestContext, Roles, FIRST_ARG, AFTER_ARG } from '@duban/platform';
import { OrgService, OrgUnitEntity } from '../org';
import { SupervisionItemEntity } from '../item';
import { ItemQueries } from '../item';
import { BulletinEntity } from './bulletin.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import { IssueBulletinInput } from './assessment.dto';
import { AssessmentQueries } from './assessment.queries';
import { AssessmentService } from './assessment.service';
import { ScoreboardRowView } from './assessment.views';

export const BulletinConnection = ConnectionType(BulletinEntity, 'Bulletin');

@Resolver(() => BulletinEntity)
export class BulletinResolver {
  constructor(
    private readonly service: AssessmentService,
    private readonly queries: AssessmentQueries,
    private readonly org: OrgService,
    private readonly items: ItemQueries,
  ) {}

  @Roles(Role.SUPERVISOR, Role.LEADER)
  @Mutation(() => BulletinEntity, {
    description:
      '发布督查通报: 通报表扬/通报批评 of units below your own, numbered per office and year (e.g. 商督通〔2026〕3号); ' +
      'scores ±5 (督查委员会) or ±3 (督查室) on each unit’s year-end assessment',
  })
  issueBulletin(@Ctx() ctx: RequestContext, @Args('input') input: IssueBulletinInput) {
    return this.service.issueBulletin(ctx, input);
  }

  @Query(() => BulletinConnection, {
    description: '督查通报: issued in your subtree or naming a unit in it, newest first',
  })
  bulletins(
    @Ctx() ctx: RequestContext,
    @Args('year', {
      type: () => Int,
      nullable: true,
      description: '考评年度, 2000 to 2100 (all years when omitted)',
    })
    year?: number,
    @Args('kind', { type: () => BulletinKind, nullable: true }) kind?: BulletinKind,
    @Args('itemId', {
      type: () => ID,
      nullable: true,
      description: 'Only those concerning this item (所涉督查事项)',
    })
    itemId?: string,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.queries.bulletins(ctx, { year, kind, itemId }, first, after);
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true, description: '发文单位' })
  issuerUnit(@Ctx() ctx: RequestContext, @Parent() b: BulletinEntity) {
    return this.org.byId(ctx).load(String(b.issuerUnitId));
  }

  @ResolveField(() => [ScoreEntryEntity], {
    description: '被通报单位及加减分 (only those in your subtree)',
  })
  targets(@Ctx() ctx: RequestContext, @Parent() b: BulletinEntity) {
    return this.queries.targetsOf(ctx).load(String(b.id));
  }

  @ResolveField(() => SupervisionItemEntity, {
    nullable: true,
    description: '所涉督查事项 (null when none or not visible to you)',
  })
  item(@Ctx() ctx: RequestContext, @Parent() b: BulletinEntity) {
    return b.itemId ? this.items.itemById(ctx).load(String(b.itemId)) : null;
  }

  @ResolveField(() => Int, { description: '每个被通报单位的加减分' })
  points(@Parent() b: BulletinEntity) {
    return bulletinScore(b.kind, b.level);
  }
}

@Resolver(() => ScoreEntryEntity)
export class ScoreEntryResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() e: ScoreEntryEntity) {
    return this.org.byId(ctx).load(String(e.unitId));
  }
}

@Resolver(() => ScoreboardRowView)
export class ScoreboardResolver {
  constructor(
    private readonly queries: AssessmentQueries,
    private readonly org: OrgService,
  ) {}

  @Query(() => [ScoreboardRowView], {
    description:
      '考评记分板: one row per unit directly under parentId (default: your own unit) — 基础分 100 + 通报加减分, ' +
      '诫勉谈话/取消评先 flags, 办结率 (target 100%), 按时办结率 and 复查复议率 (target ≤ 4%) of its subtree',
  })
  scoreboard(
    @Ctx() ctx: RequestContext,
    @Args('year', {
      type: () => Int,
      nullable: true,
      description: '考评年度, 2000 to 2100 (default: this year)',
    })
    year?: number,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
  ) {
    return this.queries.scoreboard(ctx, year, parentId);
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() row: ScoreboardRowView) {
    return this.org.byId(ctx).load(String(row.unitId));
  }
}
