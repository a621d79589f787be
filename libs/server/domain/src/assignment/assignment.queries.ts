import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AssignmentStatus } from '@duban/rules';
import { decodeCursor, pageSize, RequestContext, toConnection } from '@duban/platform';
import { assignmentRepository } from './assignment.repository';
import { coUnitsRepository } from './co-units.repository';
import { AssignmentRow } from './assignment.row';
import { progressRepository } from './progress.repository';

/** Read side of assignments: every query scoped by the caller's subtree (and by RLS underneath). */
@Injectable()
export class AssignmentQueries {
  assignmentById(ctx: RequestContext) {
    return ctx.loader(
      'assignment.byId',
      () =>
        new DataLoader<string, AssignmentRow | null>(async (ids) => {
          const rows = await assignmentRepository.byIds(ctx.db, ids, ctx.requireActor().unitPath);
          const byId = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => byId.get(String(id)) ?? null);
        }),
    );
  }

  /** The caller's unit's assignments per item (the item page's 我的任务), batched across items. */
  mineForItem(ctx: RequestContext) {
    return ctx.loader(
      'assignment.mineForItem',
      () =>
        new DataLoader<string, AssignmentRow[]>(async (itemIds) => {
          const rows = await assignmentRepository.ofUnitForItems(
            ctx.db,
            ctx.requireActor().orgUnitId,
            itemIds,
          );
          return itemIds.map((id) => rows.filter((r) => String(r.itemId) === String(id)));
        }),
    );
  }

  /** One level of an item's assignment tree as the caller sees it (parentId null = its top), paginated. */
  async level(
    ctx: RequestContext,
    itemId: string,
    parentId: string | null,
    first?: number | null,
    after?: string | null,
    status?: AssignmentStatus | null,
  ) {
    const size = pageSize(first, 100);
    const cursor = decodeCursor(after, 1);
    const { n, rows } = await assignmentRepository.level(
      ctx.db,
      { itemId, scopePath: ctx.requireActor().unitPath, parentId, status: status ?? null },
      size,
      cursor ? cursor[0] : null,
    );
    return toConnection(rows, size, n, (a) => [Number(a.id)]);
  }

  /** 待办: the caller's unit's assignments, newest first. */
  async mine(
    ctx: RequestContext,
    status: AssignmentStatus[] | null,
    first?: number | null,
    after?: string | null,
  ) {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const { n, rows } = await assignmentRepository.ofUnit(
      ctx.db,
      ctx.requireActor().orgUnitId,
      status,
      size,
      cursor ? cursor[0] : null,
    );
    return toConnection(rows, size, n, (a) => [Number(a.id)]);
  }

  childCount(ctx: RequestContext) {
    return ctx.loader(
      'assignment.childCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows = await assignmentRepository.childCounts(ctx.db, ids);
          const m = new Map(rows.map((r) => [String(r.parent_id), r.n]));
          return ids.map((id) => m.get(String(id)) ?? 0);
        }),
    );
  }

  /** Sub-assignments still open and applicable, per assignment (what holds up a split one's report). */
  openChildCount(ctx: RequestContext) {
    return ctx.loader(
      'assignment.openChildCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows = await assignmentRepository.openChildCounts(ctx.db, ids);
          const m = new Map(rows.map((r) => [String(r.parentId), r.n]));
          return ids.map((id) => m.get(String(id)) ?? 0);
        }),
    );
  }

  /**
   * 主办/协办: per lead assignment, its co-units still open and applicable (what holds up its report)
   * and those marked 不适用; batched, one statement per level of the tree.
   */
  coUnitCounts(ctx: RequestContext) {
    return ctx.loader(
      'assignment.coUnitCounts',
      () =>
        new DataLoader<string, { open: number; notApplicable: number }>(async (ids) => {
          const rows = await coUnitsRepository.counts(ctx.db, ids);
          const m = new Map(rows.map((r) => [String(r.leadId), r]));
          return ids.map((id) => m.get(String(id)) ?? { open: 0, notApplicable: 0 });
        }),
    );
  }

  /** 主办/协办: each co-unit's lead's status, as the caller sees it (null when none is visible). */
  leadStatus(ctx: RequestContext) {
    return ctx.loader(
      'assignment.leadStatus',
      () =>
        new DataLoader<string, AssignmentStatus | null>(async (ids) => {
          const rows = await coUnitsRepository.leadStatuses(ctx.db, ids);
          const m = new Map(rows.map((r) => [String(r.coId), r.status]));
          return ids.map((id) => m.get(String(id)) ?? null);
        }),
    );
  }

  progressUpdates(ctx: RequestContext, assignmentId: string) {
    return progressRepository.ofAssignment(ctx.db, assignmentId);
  }
}
