import { Injectable } from '@nestjs/common';
import {
  classifyDeadline,
  DEFAULT_CHASE_POLICY,
  dueSoonBefore,
  orderSections,
  recordVisit,
  Role,
  sectionUrgent,
  visitWindow,
  WorkbenchSectionKind as K,
  workbenchSections,
  type Light,
} from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { extensionRepository } from '../extension';
import { ItemQueries } from '../item';
import { NotificationService } from '../notification';
import { OrgService } from '../org';
import { RollupQueries } from '../rollup';
import { SigningQueries } from '../signing';
import {
  DEADLINE_CLASS,
  WorkbenchRowView,
  WorkbenchSectionView,
  WorkbenchView,
  WorkbenchVisitView,
} from './workbench.dto';
import { AssignmentLine, ChangeLine, OwnWorkKind, workbenchRepository } from './workbench.repository';

/** Rows per section: enough to act on at a glance; the rest is one click away in its queue. */
export const WORKBENCH_ROWS = 5;
/** The since-last-visit list is read rather than acted on: a few more. */
export const WORKBENCH_CHANGE_ROWS = 8;

type Filled = Omit<WorkbenchSectionView, 'urgent' | 'kind'>;
const blank = (): Omit<WorkbenchRowView, 'id' | 'title'> => ({
  itemId: null,
  regNumber: null,
  assignmentId: null,
  reportId: null,
  unitId: null,
  unitName: null,
  deadline: null,
  deadlineClass: null,
  requestedDeadline: null,
  status: null,
  itemStatus: null,
  light: null,
  lightReason: null,
  at: null,
  text: null,
  change: null,
});

/**
 * 工作台: the caller's sections (from the rules, by roles and 委托签字), each filled from the same
 * queries and predicates as its dedicated queue, under the caller's scope (RLS underneath), in one
 * GraphQL round trip; ordered most urgent first.
 */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly org: OrgService,
    private readonly rollups: RollupQueries,
    private readonly items: ItemQueries,
    private readonly signing: SigningQueries,
    private readonly notifications: NotificationService,
  ) {}

  async workbench(ctx: RequestContext): Promise<WorkbenchView> {
    const actor = ctx.requireActor();
    const now = new Date();
    // A head signs as the head; anyone else may sign for the head today (委托签字).
    const acting = !actor.roles.includes(Role.HEAD) && (await this.signing.signsToday(ctx, actor.userId));
    const planned = workbenchSections(actor.roles, acting);
    const changes = planned.some((p) => p.kind === K.CHANGES);
    const window = changes
      ? visitWindow(await workbenchRepository.visit(ctx.db, actor.userId, actor.orgUnitId), now)
      : null;
    const filled = await Promise.all(
      planned.map(async ({ kind, always }) => {
        const s = await this.fill(ctx, kind, now, window?.since ?? now);
        const rows = s.rows.map((r) => ({ ...r, id: `${kind}:${r.id}` }));
        const section: WorkbenchSectionView = {
          kind,
          count: s.count,
          rows,
          changes: s.changes,
          urgent: sectionUrgent(
            kind,
            s.count,
            rows.map((r) => r.light as Light | null),
          ),
        };
        return always || s.count > 0 ? section : null;
      }),
    );
    return {
      sections: orderSections(filled.filter((s): s is WorkbenchSectionView => s !== null)),
      since: window?.since ?? null,
      firstVisit: window?.firstVisit ?? false,
      asOf: now,
    };
  }

  /** 工作台已查看: moves the caller's visit (see visitWindow); not audited, like a read receipt. */
  async markVisited(ctx: RequestContext): Promise<WorkbenchVisitView> {
    const actor = ctx.requireActor();
    const previous = await workbenchRepository.visit(ctx.db, actor.userId, actor.orgUnitId, { lock: true });
    const next = recordVisit(previous, new Date());
    await workbenchRepository.saveVisit(
      ctx.db,
      { userId: actor.userId, unitId: actor.orgUnitId, tenantId: actor.tenantId, unitPath: actor.unitPath },
      next,
    );
    return next;
  }

  private async fill(ctx: RequestContext, kind: K, now: Date, since: Date): Promise<Filled> {
    const actor = ctx.requireActor();
    const unitId = actor.orgUnitId;
    const lines = (p: { count: number; rows: AssignmentLine[] }) => ({
      count: p.count,
      rows: p.rows.map((l) => this.line(ctx, l, now)),
      changes: [],
    });
    switch (kind) {
      case K.TO_ACCEPT:
      case K.IN_PROGRESS:
      case K.DUE:
      case K.RETURNED:
        return lines(
          await workbenchRepository.ownWork(
            ctx.db,
            kind as OwnWorkKind,
            { unitId, dueBefore: dueSoonBefore(now, DEFAULT_CHASE_POLICY.dueSoonDays) },
            WORKBENCH_ROWS,
          ),
        );
      case K.TO_SIGN:
        return lines(await workbenchRepository.reportQueue(ctx.db, 'SIGN', unitId, WORKBENCH_ROWS));
      case K.TO_REVIEW:
        return lines(await workbenchRepository.reportQueue(ctx.db, 'REVIEW', unitId, WORKBENCH_ROWS));
      case K.ESCALATIONS:
        return lines(await workbenchRepository.escalations(ctx.db, unitId, WORKBENCH_ROWS));
      case K.EXTENSIONS:
        return this.extensions(ctx, now);
      case K.SUBTREE_OVERDUE: {
        // The count is the roll-up's (what the cockpit shows); the rows use its predicate.
        const [rollup, rows] = await Promise.all([
          this.rollups.view(ctx, unitId, null),
          workbenchRepository.subtreeOverdue(ctx.db, actor.unitPath, WORKBENCH_ROWS),
        ]);
        return lines({ count: rollup.overdue, rows });
      }
      case K.RECENT_ITEMS:
        return this.recentItems(ctx, unitId);
      case K.RED_LIST:
        return this.redList(ctx, unitId);
      case K.CHANGES:
        return this.changes(ctx, since);
      case K.MESSAGES:
        return this.messages(ctx);
    }
  }

  /** 延期申请: the office's pending requests exactly as pendingExtensionRequests lists them (newest first). */
  private async extensions(ctx: RequestContext, now: Date): Promise<Filled> {
    const pending = await extensionRepository.list(ctx.db, {
      assignmentId: null,
      issuerUnitId: ctx.requireActor().orgUnitId,
      pendingOnly: true,
    });
    const first = pending.slice(0, WORKBENCH_ROWS);
    const byId = new Map(
      (
        await workbenchRepository.lines(
          ctx.db,
          first.map((x) => String(x.assignmentId)),
        )
      ).map((l) => [l.id, l]),
    );
    const rows = first.flatMap((x) => {
      const l = byId.get(String(x.assignmentId));
      if (!l) return [];
      const row = this.line(ctx, { ...l, id: String(x.id), at: x.requestedAt, text: x.reason }, now);
      return [{ ...row, requestedDeadline: x.requestedDeadline }];
    });
    return { count: pending.length, rows, changes: [] };
  }

  /** The office's own items, newest first, as the ledger lists them; each with its light at the office. */
  private async recentItems(ctx: RequestContext, unitId: string): Promise<Filled> {
    const page = await this.items.items(ctx, { issuerUnitId: unitId }, WORKBENCH_ROWS);
    const nodes = page.edges.map((e) => e.node);
    const views = await Promise.all(nodes.map((i) => this.rollups.view(ctx, unitId, String(i.id))));
    const rows = nodes.map((i, n) => ({
      ...blank(),
      id: String(i.id),
      itemId: String(i.id),
      regNumber: i.regNumber,
      title: i.title,
      deadline: i.deadline,
      itemStatus: i.status,
      at: i.createdAt,
      // An item not handed down yet has no light of its own.
      light: views[n].total > 0 ? views[n].light : null,
      lightReason: views[n].total > 0 ? views[n].lightReason : null,
    }));
    return { count: page.totalCount, rows, changes: [] };
  }

  /** The cockpit's red list: the units directly below whose roll-up over all items is red. */
  private async redList(ctx: RequestContext, unitId: string): Promise<Filled> {
    const children = await this.org.children(ctx, null).load(unitId);
    const views = await Promise.all(children.map((c) => this.rollups.view(ctx, String(c.id), null)));
    const red = children
      .map((c, n) => ({ c, v: views[n] }))
      .filter(({ v }) => v.light === 'RED')
      .sort((a, b) => b.v.overdue + b.v.returned - (a.v.overdue + a.v.returned));
    const rows = red.slice(0, WORKBENCH_ROWS).map(({ c, v }) => ({
      ...blank(),
      id: String(c.id),
      title: c.name,
      unitId: String(c.id),
      unitName: c.name,
      light: v.light,
      lightReason: v.lightReason,
    }));
    return { count: red.length, rows, changes: [] };
  }

  /** Since the previous visit: the audit trail of the subtree within the window. */
  private async changes(ctx: RequestContext, since: Date): Promise<Filled> {
    const actor = ctx.requireActor();
    const { counts, rows } = await workbenchRepository.changes(
      ctx.db,
      { tenantId: actor.tenantId, path: actor.unitPath, since },
      WORKBENCH_CHANGE_ROWS,
    );
    return {
      count: counts.reduce((n, c) => n + c.count, 0),
      rows: rows.map((c) => this.change(ctx, c)),
      changes: counts,
    };
  }

  /** 未读消息: the unread count and the latest unread, through the bell's own query; each names its item. */
  private async messages(ctx: RequestContext): Promise<Filled> {
    const page = await this.notifications.list(ctx, { unreadOnly: true, first: WORKBENCH_ROWS });
    const nodes = page.edges.map((e) => e.node);
    // An item the caller can no longer see (RLS) is simply not named.
    const items = await Promise.all(
      nodes.map((n) => (n.itemId ? this.items.itemById(ctx).load(String(n.itemId)) : null)),
    );
    const rows = nodes.map((n, i) => ({
      ...blank(),
      id: String(n.id),
      title: ctx.locale === 'en' ? n.titleEn : n.titleZh,
      itemId: n.itemId ? String(n.itemId) : null,
      assignmentId: n.assignmentId ? String(n.assignmentId) : null,
      regNumber: items[i]?.regNumber ?? null,
      text: items[i]?.title ?? null,
      at: n.createdAt,
    }));
    return { count: page.totalCount, rows, changes: [] };
  }

  private line(ctx: RequestContext, l: AssignmentLine, now: Date): WorkbenchRowView {
    return {
      ...blank(),
      id: l.id,
      itemId: l.itemId,
      regNumber: l.regNumber,
      title: l.title,
      assignmentId: l.assignmentId,
      reportId: l.reportId ?? null,
      unitId: l.unitId,
      unitName: l.unitName,
      deadline: l.deadline,
      deadlineClass: DEADLINE_CLASS[classifyDeadline(new Date(l.deadline), now)],
      status: l.status,
      light: l.light,
      lightReason: ctx.locale === 'en' ? l.lightReasonEn : l.lightReasonZh,
      at: l.at ?? null,
      text: l.text ?? null,
    };
  }

  private change(ctx: RequestContext, c: ChangeLine): WorkbenchRowView {
    return {
      ...blank(),
      id: c.id,
      itemId: c.itemId,
      regNumber: c.regNumber,
      title: c.title ?? '',
      assignmentId: c.assignmentId,
      unitId: c.unitId,
      unitName: c.unitName,
      deadline: c.deadline,
      status: c.status,
      light: c.light,
      lightReason: c.light ? (ctx.locale === 'en' ? c.lightReasonEn : c.lightReasonZh) : null,
      at: c.at,
      change: c.change,
    };
  }
}
