import { Injectable } from '@nestjs/common';
import { RollupPolicy } from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { ItemQueries } from '../item';
import { RollupOverrideService } from './rollup-override.service';
import { RollupService } from './rollup.service';
import { RollupView, toRollupView } from './rollup.view';

/** What a leader reads: a unit's roll-up for one item (by its policy) or across all items. */
@Injectable()
export class RollupQueries {
  constructor(
    private readonly rollup: RollupService,
    private readonly overrides: RollupOverrideService,
    private readonly items: ItemQueries,
  ) {}

  async view(ctx: RequestContext, orgUnitId: string, itemId: string | null): Promise<RollupView> {
    const [counts, override] = await Promise.all([
      this.rollup.counts(ctx).load({ unitId: orgUnitId, itemId }),
      itemId ? this.overrides.overrides(ctx).load(`${orgUnitId}:${itemId}`) : null,
    ]);
    const policy: RollupPolicy = itemId
      ? ((await this.items.itemById(ctx).load(itemId))?.rollupPolicy ?? 'AVERAGE')
      : 'AVERAGE';
    return toRollupView(orgUnitId, itemId, counts, policy, ctx.locale, override);
  }
}
