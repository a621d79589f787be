import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { contributionDelta, emptyCounts, RollupCounts, RollupRow } from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { Sql } from '../shared';
import { fromRow, ROLLUP_COLUMNS, toColumnArray } from './rollup-columns';
import { rollupRepository } from './rollup.repository';

/** What the roll-up sees of an assignment row; a split assignment is a container and counts as nothing. */
export interface AssignmentLike {
  status: RollupRow['status'];
  overdue: boolean;
  doneLate: boolean;
  returned: boolean;
  escalated: boolean;
  notApplicable: boolean;
  split: boolean;
  target: number | null;
  achieved: number | null;
  progressPercent: number;
  light: RollupRow['light'];
}

export function rollupRowOf(a: AssignmentLike | null): RollupRow | null {
  if (!a || a.split) return null;
  return {
    status: a.status,
    overdue: a.overdue,
    doneLate: a.doneLate,
    returned: a.returned,
    escalated: a.escalated,
    notApplicable: a.notApplicable,
    target: a.target,
    achieved: a.achieved,
    progressPercent: Number(a.progressPercent),
    light: a.light,
  };
}

export interface RollupKey {
  unitId: string;
  itemId: string | null;
}

/** The roll-up counters: written incrementally by every assignment change, read per (unit, item). */
@Injectable()
export class RollupService {
  /** Applies one assignment's change to every ancestor's counters, in the same transaction. */
  async applyChange(
    db: Sql,
    itemId: string,
    unitPath: string,
    before: AssignmentLike | null,
    after: AssignmentLike | null,
  ) {
    const delta = toColumnArray(contributionDelta(rollupRowOf(before), rollupRowOf(after)));
    if (delta.every((d) => d === 0)) return;
    await rollupRepository.apply(db, itemId, unitPath, delta);
  }

  /**
   * Many assignments' changes at once (a set-based write such as withdrawing a subtree): one delta
   * per changed row that counts, applied in one statement.
   */
  async applyChanges(
    db: Sql,
    itemId: string,
    changes: readonly { unitPath: string; before: AssignmentLike | null; after: AssignmentLike | null }[],
  ) {
    const paths: string[] = [];
    const flat: number[] = [];
    for (const c of changes) {
      const delta = toColumnArray(contributionDelta(rollupRowOf(c.before), rollupRowOf(c.after)));
      if (delta.every((d) => d === 0)) continue;
      paths.push(c.unitPath);
      flat.push(...delta);
    }
    await rollupRepository.applyMany(db, itemId, paths, flat, ROLLUP_COLUMNS.length);
  }

  /** A fresh cascade's rows (ids min..max under `parentId`) added to the counters set-based. */
  addCascade(db: Sql, itemId: string, parentId: string | null, range: { min: string; max: string }) {
    return rollupRepository.addNew(db, itemId, parentId, range.min, range.max);
  }

  /** Recounts an item after a set-based change such as a withdrawal. */
  rebuild(db: Sql, itemId: string) {
    return rollupRepository.rebuild(db, itemId);
  }

  /** Counters of (unit, item), or summed over all items of the unit when itemId is null. O(1) rows per key. */
  counts(ctx: RequestContext): DataLoader<RollupKey, RollupCounts, string> {
    return ctx.loader(
      'rollup.counts',
      () =>
        new DataLoader<RollupKey, RollupCounts, string>(
          async (keys) => {
            const unitIds = [...new Set(keys.map((k) => k.unitId))];
            const itemIds = [...new Set(keys.filter((k) => k.itemId).map((k) => k.itemId!))];
            const [perItem, allItems] = await Promise.all([
              itemIds.length ? rollupRepository.perItem(ctx.db, unitIds, itemIds) : Promise.resolve([]),
              keys.some((k) => !k.itemId) ? rollupRepository.allItems(ctx.db, unitIds) : Promise.resolve([]),
            ]);
            const byKey = new Map<string, RollupCounts>();
            for (const r of perItem) byKey.set(`${r.unit_id}:${r.item_id}`, fromRow(r));
            for (const r of allItems) byKey.set(`${r.unit_id}:*`, fromRow(r));
            return keys.map((k) => byKey.get(`${k.unitId}:${k.itemId ?? '*'}`) ?? emptyCounts());
          },
          { cacheKeyFn: (k) => `${k.unitId}:${k.itemId ?? '*'}` },
        ),
    );
  }
}
