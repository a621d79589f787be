import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isWithinPath, ITEM_SOURCES, TREND_MAX_PERIODS, TrendGranularity, trendPeriods } from '@duban/rules';
import { badInput, Ctx, RequestContext } from '@duban/platform';
import { OrgService } from '../org';
import { cockpitRepository } from './cockpit.repository';
import { CockpitView, RedItemView, SourceCountView, TrendPointView } from './cockpit.views';

const RED_ITEMS_MAX = 100;

/** 驾驶舱 aggregates of a unit of the caller's subtree, computed in SQL over the unit's whole subtree. */
@Resolver(() => CockpitView)
export class CockpitResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => CockpitView, {
    nullable: true,
    description: '驾驶舱 of a unit of your subtree (default: your own unit); null for any other unit',
  })
  async cockpit(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<CockpitView | null> {
    const actor = ctx.requireActor();
    const unit = await this.org.byId(ctx).load(unitId ?? String(actor.orgUnitId));
    return unit && isWithinPath(unit.path, actor.unitPath) ? { unit } : null;
  }

  @ResolveField(() => [SourceCountView], {
    description:
      '超期 by 来源: items with overdue open work in the subtree, per source (every source, zeros too)',
  })
  async overdueBySource(@Ctx() ctx: RequestContext, @Parent() { unit }: CockpitView) {
    const counts = await cockpitRepository.overdueBySource(ctx.db, unit.path);
    return ITEM_SOURCES.map((source) => ({ source, count: counts.get(source) ?? 0 }));
  }

  @ResolveField(() => [TrendPointView], {
    description:
      '立项/办结 trend of the items the subtree issued or works on, by China-time week or month, oldest first',
  })
  async workTrend(
    @Ctx() ctx: RequestContext,
    @Parent() { unit }: CockpitView,
    @Args('granularity', { type: () => TrendGranularity, defaultValue: TrendGranularity.WEEK })
    granularity: TrendGranularity,
    @Args('periods', { type: () => Int, defaultValue: 12, description: `1 to ${TREND_MAX_PERIODS}` })
    periods: number,
  ) {
    if (!Number.isInteger(periods) || periods < 1 || periods > TREND_MAX_PERIODS)
      throw badInput(
        {
          zh: `趋势周期数须在1至${TREND_MAX_PERIODS}之间`,
          en: `periods must be from 1 to ${TREND_MAX_PERIODS}`,
        },
        'periods',
      );
    const buckets = trendPeriods(new Date(), granularity, periods);
    const counts = await cockpitRepository.trend(ctx.db, unit.path, buckets);
    return buckets.map((b, i) => ({ ...b, ...counts[i] }));
  }

  @ResolveField(() => [RedItemView], {
    description:
      '红灯事项 of the subtree, due first: each with the red unit, the chain down to it and the light’s reason',
  })
  async redItems(
    @Ctx() ctx: RequestContext,
    @Parent() { unit }: CockpitView,
    @Args('first', { type: () => Int, defaultValue: 10, description: `1 to ${RED_ITEMS_MAX}` }) first: number,
  ): Promise<RedItemView[]> {
    if (!Number.isInteger(first) || first < 1 || first > RED_ITEMS_MAX)
      throw badInput(
        { zh: `条数须在1至${RED_ITEMS_MAX}之间`, en: `first must be from 1 to ${RED_ITEMS_MAX}` },
        'first',
      );
    const rows = await cockpitRepository.redItems(ctx.db, unit.path, ctx.requireActor().unitPath, first);
    return rows.map(({ lightReasonZh, lightReasonEn, ...r }) => ({
      ...r,
      lightReason: ctx.locale === 'en' ? lightReasonEn : lightReasonZh,
    }));
  }
}
