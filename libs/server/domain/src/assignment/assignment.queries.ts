import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AssignmentStatus, Light } from '@duban/rules';
import { decodeCursor, pageSize, RequestContext, toConnection } from '@duban/platform';
import { AssignmentListFilter, AssignmentSort } from './assignment-list.dto';
import { decodeListCursor, listCursorKey, ListFilter, ListOrder, listOrder } from './assignment-list.sql';
import { assignmentRepository } from './assignment.repository';
import { coUnitsRepository } from './co-units.repository';
import { AssignmentRow } from './assignment.row';
import { progressRepository } from './progress.repository';

/** 待办's own order: newest first. */
const NEWEST: ListOrder = { tag: 'NEWEST', expr: 'a.id', cast: 'bigint', desc: true };
/** The item table's own order when filtered: as the cascade created them. */
const OLDEST: ListOrder = { tag: 'OLDEST', expr: 'a.id', cast: 'bigint', desc: false };

/** The GraphQL filter as the list SQL reads it. */
export const toListFilter = (f?: AssignmentListFilter | null): ListFilter => ({
  statuses: f?.status ?? null,
  lights: (f?.light as Light[] | undefined) ?? null,
  overdue: f?.overdue ?? null,
  unitKinds: f?.unitKind ?? null,
  search: f?.search ?? null,
});

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

  /** 待办: the caller's unit's assignments, newest first unless sorted (NAME is the item's title). */
  async mine(
    ctx: RequestContext,
    status: AssignmentStatus[] | null,
    first?: number | null,
    after?: string | null,
    filter?: AssignmentListFilter | null,
    sort?: AssignmentSort | null,
  ) {
    const size = pageSize(first);
    const order = listOrder(sort, 'i.title', NEWEST);
    const cursor = decodeListCursor(after, order);
    // The tab's `status` and the filter's statuses both apply: their intersection.
    const tab = status?.length ? status : null;
    const chosen = filter?.status?.length ? filter.status : null;
    const statuses = tab && chosen ? tab.filter((s) => chosen.includes(s)) : (tab ?? chosen);
    if (statuses && !statuses.length) return toConnection<AssignmentRow>([], size, 0, listCursorKey(order));
    const { n, rows } = await assignmentRepository.ofUnit(
      ctx.db,
      {
        unitId: ctx.requireActor().orgUnitId,
        filter: { ...toListFilter(filter), statuses },
        now: new Date(),
      },
      { order, size, after: cursor },
    );
    return toConnection(rows, size, n, listCursorKey(order));
  }

  /** The item page's table, filtered or sorted: every assignment of the item in the caller's scope. */
  async ofItem(
    ctx: RequestContext,
    itemId: string,
    filter: AssignmentListFilter | null,
    sort: AssignmentSort | null,
    first?: number | null,
    after?: string | null,
  ) {
    const size = pageSize(first);
    const order = listOrder(sort, 'u.name', OLDEST);
    const cursor = decodeListCursor(after, order);
    const { n, rows } = await assignmentRepository.ofItem(
      ctx.db,
      { itemId, scopePath: ctx.requireActor().unitPath, filter: toListFilter(filter), now: new Date() },
      { order, size, after: cursor },
    );
    return toConnection(rows, size, n, listCursorKey(order));
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
