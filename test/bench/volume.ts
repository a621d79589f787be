/*
 * §5 volume: ≥ 1,000,000 assignments, a realistic spread of states, roll-ups that match them, fresh
 * statistics. State changes are set-based SQL as the owner (a cheap stand-in for months of use), and
 * the roll-ups of the changed items are rebuilt from the recount with rebuildRollups(), as
 * tools/check-integrity.ts --fix does.
 */
import { Client } from 'pg';
import { rebuildRollups } from '@duban/domain';
import { fmtMs, log, timed } from './stats';

/** A stable pseudo-random bucket 0..99 per assignment, so a rerun produces the same spread. */
const H = '((a.id * 37) % 100)';
const OVERDUE = `(${H} < 8 OR ${H} BETWEEN 50 AND 54)`;

/**
 * 30% 办理中 (8 of them overdue, 7 lagging), 20% 已办结 (4 late), 5% still 待签收 but overdue, the rest
 * 待签收. Lights and their reasons follow the same facts computeLight() would look at.
 */
const SHUFFLE = `UPDATE assignment a SET
    status = CASE WHEN ${H} < 30 THEN 'IN_PROGRESS' WHEN ${H} < 50 THEN 'DONE' ELSE 'ASSIGNED' END,
    accepted_at = CASE WHEN ${H} < 50 THEN a.created_at END,
    progress_percent = CASE WHEN ${H} < 30 THEN 5 + (a.id * 13) % 90 WHEN ${H} < 50 THEN 100 ELSE 0 END,
    done_at = CASE WHEN ${H} BETWEEN 30 AND 49 THEN now() END,
    done_late = ${H} BETWEEN 30 AND 33,
    overdue = ${OVERDUE},
    deadline = CASE WHEN ${OVERDUE} THEN now() - interval '3 days' ELSE a.deadline END,
    light = CASE WHEN ${OVERDUE} THEN 'RED' WHEN ${H} BETWEEN 8 AND 14 OR ${H} BETWEEN 30 AND 33 THEN 'YELLOW' ELSE 'GREEN' END,
    light_reason_zh = CASE WHEN ${OVERDUE} THEN '逾期3天' WHEN ${H} BETWEEN 8 AND 14 THEN '进度滞后于序时进度'
                           WHEN ${H} BETWEEN 30 AND 33 THEN '逾期1天办结' WHEN ${H} BETWEEN 34 AND 49 THEN '已办结' ELSE a.light_reason_zh END,
    light_reason_en = CASE WHEN ${OVERDUE} THEN '3 days overdue' WHEN ${H} BETWEEN 8 AND 14 THEN 'behind schedule'
                           WHEN ${H} BETWEEN 30 AND 33 THEN 'done 1 day late' WHEN ${H} BETWEEN 34 AND 49 THEN 'done' ELSE a.light_reason_en END,
    updated_at = now()
  WHERE a.item_id = $1`;

/** Moves one item's assignments to the spread above, in one transaction (roll-ups: rebuildAll). */
export async function shuffleItem(
  owner: Client,
  itemId: string,
): Promise<{ rows: number; updateMs: number }> {
  await owner.query('BEGIN');
  try {
    const update = await timed(() => owner.query(SHUFFLE, [itemId]));
    await owner.query(
      `UPDATE supervision_item SET status = 'IN_PROGRESS' WHERE id = $1 AND status = 'REGISTERED'`,
      [itemId],
    );
    await owner.query('COMMIT');
    return { rows: update.value.rowCount ?? 0, updateMs: update.ms };
  } catch (err) {
    await owner.query('ROLLBACK');
    throw err;
  }
}

/**
 * Shuffles each item, then rebuilds their roll-ups from the recount in one go (the per-item rows of
 * each, and the all-items rows of every unit once, as `npm run rollup:check -- --fix` does).
 */
export async function shuffleItems(owner: Client, itemIds: string[]): Promise<void> {
  for (const [i, id] of itemIds.entries()) {
    const r = await shuffleItem(owner, id);
    log(`   item ${id} (${i + 1}/${itemIds.length}): ${r.rows} rows to other states in ${fmtMs(r.updateMs)}`);
  }
  await owner.query('BEGIN');
  const { ms } = await timed(() =>
    rebuildRollups((sql, p) => owner.query(sql, p).then((r) => r.rows), itemIds),
  );
  await owner.query('COMMIT');
  log(`   roll-ups of ${itemIds.length} items rebuilt from the recount in ${fmtMs(ms)}`);
}

/** After bulk changes: clear dead tuples and refresh statistics, so autovacuum does not start mid-measurement. */
export async function vacuumAnalyze(owner: Client): Promise<number> {
  const { ms } = await timed(() =>
    owner.query(`VACUUM (ANALYZE) assignment, roll_up, org_unit, supervision_item, app_user`),
  );
  return ms;
}

export async function countAssignments(owner: Client): Promise<number> {
  const { rows } = await owner.query(`SELECT count(*)::int AS n FROM assignment`);
  return rows[0].n;
}

/** Root-level totals of all items, as the leader will see them (for the progress line). */
export async function rootTotals(owner: Client, rootId: string): Promise<Record<string, number>> {
  const { rows } = await owner.query(
    `SELECT total, st_in_progress AS in_progress, st_done AS done, overdue, red
       FROM roll_up_total WHERE unit_id = $1`,
    [rootId],
  );
  return rows[0];
}
