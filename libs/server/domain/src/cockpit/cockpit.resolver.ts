import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ITEM_SOURCES, TREND_MAX_PERIODS, TrendGranularity, trendPeriods } from '@duban/rules';
import { badInput, Ctx, RequestContext } from '@duban/platform';
import { OrgUnitEntity } from '../org';
import { cockpitRepository } from './cockpit.repository';
import { RedItemView, SourceCountView, TrendPointView } from './cockpit.views';

const RED_ITEMS_MAX = 100;

/**
 * 驾驶舱 aggregates of a unit, computed in SQL over its whole subtree (as far as the caller's scope
 * reaches: row-level security narrows a unit above it to the caller's own subtree).
 */
@Resolver(() => OrgUnitEntity)
export class CockpitResolver {
  @ResolveField(() => [SourceCountView], {
    description:
      '超期 by 来源: items with overdue open work in the subtree, per source (every source, zeros too)',
  })
  async overdueBySource(@Ctx() ctx: RequestContext, @Parent() unit: OrgUnitEntity) {
    const counts = await cockpitRepository.overdueBySource(ctx.db, unit.path);
    return ITEM_SOURCES.map((source) => ({ source, count: counts.get(source) ?? 0 }));
  }

  @ResolveField(() => [TrendPointView], {
    description:
      '立项/办结 trend of the items the subtree issued or works on, by China-time week or month, oldest first',
  })
  async workTrend(
    @Ctx() ctx: RequestContext,
    @Parent() unit: OrgUnitEntity,
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
    @Parent() unit: OrgUnitEntity,
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
