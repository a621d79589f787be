import { Inject, Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { contributionDelta, emptyCounts, RollupCounts, RollupRow } from '@duban/rules';
import { AppConfig, lastInTransaction, RequestContext } from '@duban/platform';
import { CONFIG } from '../config.token';
import { RecentReads, Sql } from '../shared';
import { fromRow, ROLLUP_COLUMNS, RollupColumn, toColumnArray } from './rollup-columns';
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

/** A loader key: `unitId:itemId`, or `unitId:` for all items. */
const keyOf = (unitId: string, itemId: string | null) => `${unitId}:${itemId ?? ''}`;

/**
 * The roll-up counters: written incrementally by every assignment change, read per (unit, item). The
 * writes go out with the caller's COMMIT (lastInTransaction): they lock the tenant's busiest rows.
 */
@Injectable()
export class RollupService {
  /** Recent leader reads (countsWithChildren), keyed by tenant, scope, unit and columns. */
  private readonly recent: RecentReads<Record<string, string>[]>;

  constructor(@Optional() @Inject(CONFIG) config?: Pick<AppConfig, 'ROLLUP_VIEW_CACHE_MS'>) {
    this.recent = new RecentReads(config?.ROLLUP_VIEW_CACHE_MS ?? 0);
  }

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
    await lastInTransaction(db, rollupRepository.apply(itemId, unitPath, delta));
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
    if (!paths.length) return;
    await lastInTransaction(db, rollupRepository.applyMany(itemId, paths, flat, ROLLUP_COLUMNS.length));
  }

  /** A fresh cascade's rows (ids min..max under `parentId`) added to the counters set-based. */
  addCascade(db: Sql, itemId: string, parentId: string | null, range: { min: string; max: string }) {
    return lastInTransaction(db, rollupRepository.addNew(itemId, parentId, range.min, range.max));
  }

  /** Recounts an item after a set-based change such as a withdrawal. */
  rebuild(db: Sql, itemId: string) {
    return lastInTransaction(db, rollupRepository.rebuild(itemId));
  }

  /**
   * Counters of (unit, item), or over all items of the unit when itemId is null: one row per key.
   * `columns`: the counters needed (the rest read as 0), see columnsFor. A unit whose parent's
   * children are being read with it (countsWithChildren) waits for that read instead of its own.
   */
  async counts(
    ctx: RequestContext,
    unitId: string,
    itemId: string | null,
    columns: readonly RollupColumn[] = ROLLUP_COLUMNS,
    parentId?: string | null,
  ): Promise<RollupCounts> {
    if (!itemId && parentId) await this.prefetches(ctx).get(`${parentId}/${columns.join(',')}`);
    return this.loader(ctx, columns).load(keyOf(unitId, itemId));
  }

  /**
   * A unit's all-items counters, and its children's read in the same statement for their `counts`
   * (a leader's view of a unit and the level below it: one read, not two).
   */
  async countsWithChildren(
    ctx: RequestContext,
    unitId: string,
    columns: readonly RollupColumn[] = ROLLUP_COLUMNS,
  ): Promise<RollupCounts> {
    const loader = this.loader(ctx, columns);
    // Under RLS the rows depend on the tenant and scope only (TenantSession's settings): both in the key.
    const { tenantId, unitPath } = ctx.requireActor();
    const key = `${tenantId}|${unitPath}|${unitId}|${columns.join(',')}`;
    const rowsRead = this.recent.get(
      key,
      () => rollupRepository.allItemsWithChildren(ctx.db, unitId, columns),
      ctx.db.holdsConnection,
    );
    const read = rowsRead.then((rows) => {
      for (const r of rows) loader.prime(keyOf(String(r.unit_id), null), fromRow(r));
    });
    this.prefetches(ctx).set(
      `${unitId}/${columns.join(',')}`,
      read.catch(() => undefined),
    );
    await read;
    return loader.load(keyOf(unitId, null));
  }

  private prefetches(ctx: RequestContext): Map<string, Promise<void>> {
    return ctx.loader('rollup.prefetches', () => new Map<string, Promise<void>>());
  }

  private loader(ctx: RequestContext, columns: readonly RollupColumn[]): DataLoader<string, RollupCounts> {
    return ctx.loader(
      `rollup.counts:${columns.join(',')}`,
      () =>
        new DataLoader<string, RollupCounts>(async (keys) => {
          const pairs = keys.map((k) => k.split(':'));
          const unitIds = [...new Set(pairs.map(([u]) => u))];
          const itemIds = [...new Set(pairs.map(([, i]) => i).filter(Boolean))];
          const [perItem, allItems] = await Promise.all([
            itemIds.length ? rollupRepository.perItem(ctx.db, unitIds, itemIds, columns) : [],
            pairs.some(([, i]) => !i) ? rollupRepository.allItems(ctx.db, unitIds, columns) : [],
          ]);
          const byKey = new Map<string, RollupCounts>();
          for (const r of perItem) byKey.set(keyOf(String(r.unit_id), String(r.item_id)), fromRow(r));
          for (const r of allItems) byKey.set(keyOf(String(r.unit_id), null), fromRow(r));
          return keys.map((k) => byKey.get(k) ?? emptyCounts());
        }),
    );
  }
}
