import { Injectable } from '@nestjs/common';
import { RollupPolicy } from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { ItemQueries } from '../item';
import { RollupOverrideService } from './rollup-override.service';
import { RollupService } from './rollup.service';
import type { RollupColumn } from './rollup-columns';
import { RollupView, toRollupView } from './rollup.view';

/** What a leader reads: a unit's roll-up for one item (by its policy) or across all items. */
@Injectable()
export class RollupQueries {
  constructor(
    private readonly rollup: RollupService,
    private readonly overrides: RollupOverrideService,
    private readonly items: ItemQueries,
  ) {}

  /**
   * `columns`: the counters the requested fields need (rollupColumns), all by default; `parentId`
   * lets a child unit's all-items view use its level's read (viewWithChildren).
   */
  async view(
    ctx: RequestContext,
    orgUnitId: string,
    itemId: string | null,
    columns?: readonly RollupColumn[],
    parentId?: string | null,
  ): Promise<RollupView> {
    if (!itemId) {
      const counts = await this.rollup.counts(ctx, orgUnitId, null, columns, parentId);
      return toRollupView(orgUnitId, null, counts, 'AVERAGE', ctx.locale);
    }
    const [counts, override, item] = await Promise.all([
      this.rollup.counts(ctx, orgUnitId, itemId, columns),
      this.overrides.overrides(ctx).load(`${orgUnitId}:${itemId}`),
      this.items.itemById(ctx).load(itemId),
    ]);
    const policy: RollupPolicy = item?.rollupPolicy ?? 'AVERAGE';
    return toRollupView(orgUnitId, itemId, counts, policy, ctx.locale, override);
  }

  /** All items at a unit, with its children's read in the same statement (see countsWithChildren). */
  async viewWithChildren(
    ctx: RequestContext,
    orgUnitId: string,
    columns?: readonly RollupColumn[],
  ): Promise<RollupView> {
    const counts = await this.rollup.countsWithChildren(ctx, orgUnitId, columns);
    return toRollupView(orgUnitId, null, counts, 'AVERAGE', ctx.locale);
  }
}
