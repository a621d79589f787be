import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import {
  AssignmentStatus,
  contributionDelta,
  emptyCounts,
  RollupCounts,
  RollupPolicy,
  RollupRow,
  summarize,
} from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { ROLLUP_COLUMNS } from '../migrations/1763800000000-supervision';

const STATUS_COLUMN: Record<AssignmentStatus, (typeof ROLLUP_COLUMNS)[number]> = {
  [AssignmentStatus.ASSIGNED]: 'st_assigned',
  [AssignmentStatus.IN_PROGRESS]: 'st_in_progress',
  [AssignmentStatus.AWAITING_SIGNATURE]: 'st_awaiting_signature',
  [AssignmentStatus.UNDER_REVIEW]: 'st_under_review',
  [AssignmentStatus.DONE]: 'st_done',
  [AssignmentStatus.WITHDRAWN]: 'st_withdrawn',
};

const SCALAR_COLUMN = {
  total: 'total',
  applicable: 'applicable',
  overdue: 'overdue',
  doneOnTime: 'done_on_time',
  doneLate: 'done_late',
  returnedOpen: 'returned_open',
  notApplicable: 'not_applicable',
  targetSum: 'target_sum',
  achievedSum: 'achieved_sum',
  progressSum: 'progress_sum',
  red: 'red',
  yellow: 'yellow',
  green: 'green',
} as const satisfies Record<Exclude<keyof RollupCounts, 'byStatus'>, string>;

/** Counts as the positional array duban_rollup_apply() expects. */
export function toColumnArray(c: RollupCounts): number[] {
  const byColumn: Record<string, number> = {};
  for (const [key, col] of Object.entries(SCALAR_COLUMN))
    byColumn[col] = c[key as keyof typeof SCALAR_COLUMN];
  for (const [status, col] of Object.entries(STATUS_COLUMN))
    byColumn[col] = c.byStatus[status as AssignmentStatus];
  return ROLLUP_COLUMNS.map((col) => byColumn[col]);
}

export function fromRow(row: Record<string, string | number>): RollupCounts {
  const c = emptyCounts();
  for (const [key, col] of Object.entries(SCALAR_COLUMN))
    c[key as keyof typeof SCALAR_COLUMN] = Number(row[col] ?? 0);
  for (const [status, col] of Object.entries(STATUS_COLUMN))
    c.byStatus[status as AssignmentStatus] = Number(row[col] ?? 0);
  return c;
}

/** What the roll-up sees of an assignment row; a split assignment is a container and counts as nothing. */
export interface AssignmentLike {
  status: AssignmentStatus;
  overdue: boolean;
  doneLate: boolean;
  returned: boolean;
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

@Injectable()
export class RollupService {
  /** Applies one assignment's change to every ancestor's counters, in the same transaction. */
  async applyChange(
    em: EntityManager,
    itemId: string,
    unitPath: string,
    before: AssignmentLike | null,
    after: AssignmentLike | null,
  ) {
    const delta = toColumnArray(contributionDelta(rollupRowOf(before), rollupRowOf(after)));
    if (delta.every((d) => d === 0)) return;
    await em.query(`SELECT duban_rollup_apply($1, $2::ltree, $3::numeric[])`, [itemId, unitPath, delta]);
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
            const sums = ROLLUP_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ');
            const [perItem, allItems] = await Promise.all([
              itemIds.length
                ? ctx.db.query<Record<string, string>>(
                    `SELECT unit_id, item_id, ${ROLLUP_COLUMNS.join(', ')} FROM roll_up
                    WHERE unit_id = ANY($1::bigint[]) AND item_id = ANY($2::bigint[])`,
                    [unitIds, itemIds],
                  )
                : Promise.resolve([]),
              keys.some((k) => !k.itemId)
                ? ctx.db.query<Record<string, string>>(
                    `SELECT unit_id, ${sums} FROM roll_up WHERE unit_id = ANY($1::bigint[]) GROUP BY unit_id`,
                    [unitIds],
                  )
                : Promise.resolve([]),
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

  summary(counts: RollupCounts, policy: RollupPolicy) {
    return summarize(counts, policy);
  }
}
