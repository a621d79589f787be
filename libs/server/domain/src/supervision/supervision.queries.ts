import { Injectable } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import {
  AssignmentStatus,
  ItemSource,
  ItemStatus,
  overrideLight,
  RollupCounts,
  RollupPolicy,
  summarize,
} from '@duban/rules';
import {
  Connection,
  decodeCursor,
  newestFirstPage,
  notFound,
  pageSize,
  RequestContext,
  toConnection,
} from '@duban/platform';
import { RollupService } from '../rollup/rollup.service';
import { LightOverride, RollupOverrideService } from '../rollup/rollup-override.service';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './assignment.row';
import { SupervisionItemEntity } from './supervision-item.entity';
import { EXTENSION_COLUMNS, ITEM_COLUMNS, REPORT_COLUMNS } from './supervision.service';
import { RollupView } from './supervision.views';

@InputType()
export class SupervisionItemFilter {
  @Field(() => [ItemStatus], { nullable: true })
  status?: ItemStatus[];

  @Field(() => [ItemSource], { nullable: true })
  source?: ItemSource[];

  @Field(() => ID, { nullable: true, description: '立项单位' })
  issuerUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'Items assigned anywhere in this unit’s subtree' })
  assigneeUnitId?: string;

  @Field({ nullable: true })
  deadlineFrom?: Date;

  @Field({ nullable: true })
  deadlineTo?: Date;

  @Field({ nullable: true, description: 'Has (or has no) open overdue assignment in your subtree' })
  overdue?: boolean;

  @Field({ nullable: true, description: 'Title, content or registration number' })
  keyword?: string;

  @Field({ nullable: true })
  isKey?: boolean;
}

const like = (s?: string | null) => (s?.trim() ? `%${s.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null);

/** Read side of supervision: every query scoped by the caller's subtree (and by RLS underneath). */
@Injectable()
export class SupervisionQueries {
  constructor(
    private readonly rollup: RollupService,
    private readonly overrides: RollupOverrideService,
  ) {}

  async items(
    ctx: RequestContext,
    f: SupervisionItemFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<SupervisionItemEntity>> {
    const params: unknown[] = [ctx.requireActor().unitPath];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [
      `(i.issuer_path <@ $1::ltree OR EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.unit_path <@ $1::ltree))`,
    ];
    if (f.status?.length) where.push(`i.status = ANY(${p(f.status)}::text[])`);
    if (f.source?.length) where.push(`i.source = ANY(${p(f.source)}::text[])`);
    if (f.issuerUnitId) where.push(`i.issuer_unit_id = ${p(f.issuerUnitId)}`);
    if (f.assigneeUnitId)
      where.push(
        `EXISTS (SELECT 1 FROM assignment a JOIN org_unit u ON u.id = ${p(f.assigneeUnitId)} WHERE a.item_id = i.id AND a.unit_path <@ u.path)`,
      );
    if (f.deadlineFrom) where.push(`i.deadline >= ${p(f.deadlineFrom)}`);
    if (f.deadlineTo) where.push(`i.deadline <= ${p(f.deadlineTo)}`);
    if (f.isKey != null) where.push(`i.is_key = ${p(f.isKey)}`);
    if (f.overdue != null)
      where.push(`${f.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.overdue
        AND a.status NOT IN ('DONE', 'WITHDRAWN') AND a.unit_path <@ $1::ltree)`);
    const kw = like(f.keyword);
    if (kw)
      where.push(
        `(i.title LIKE ${p(kw)} OR i.content LIKE $${params.length} OR i.reg_number LIKE $${params.length})`,
      );
    return newestFirstPage<SupervisionItemEntity>(
      ctx.db,
      { from: 'supervision_item i', alias: 'i', columns: ITEM_COLUMNS, where, params },
      first,
      after,
    );
  }

  itemById(ctx: RequestContext) {
    return ctx.loader(
      'item.byId',
      () =>
        new DataLoader<string, SupervisionItemEntity | null>(async (ids) => {
          const rows = await ctx.db.query<SupervisionItemEntity>(
            `SELECT ${ITEM_COLUMNS} FROM supervision_item i WHERE i.id = ANY($1::bigint[])`,
            [ids.filter((id) => /^\d+$/.test(id))],
          );
          const byId = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => byId.get(String(id)) ?? null);
        }),
    );
  }

  assignmentById(ctx: RequestContext) {
    return ctx.loader(
      'assignment.byId',
      () =>
        new DataLoader<string, AssignmentRow | null>(async (ids) => {
          const rows = await ctx.db.query<AssignmentRow>(
            `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE a.id = ANY($1::bigint[]) AND a.unit_path <@ $2::ltree`,
            [ids.filter((id) => /^\d+$/.test(id)), ctx.requireActor().unitPath],
          );
          const byId = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => byId.get(String(id)) ?? null);
        }),
    );
  }

  /** One level of an item's assignment tree (parentId null = the top level), paginated. */
  async assignments(
    ctx: RequestContext,
    itemId: string,
    parentId: string | null,
    first?: number | null,
    after?: string | null,
    status?: AssignmentStatus | null,
  ) {
    const size = pageSize(first, 100);
    const cursor = decodeCursor(after, 1);
    const params: unknown[] = [itemId, ctx.requireActor().unitPath, parentId, status ?? null];
    const where = `a.item_id = $1 AND a.unit_path <@ $2::ltree AND a.parent_id IS NOT DISTINCT FROM $3::bigint
      AND ($4::text IS NULL OR a.status = $4)`;
    // A unit that only holds a delegated share sees its own assignment as the top of its tree.
    const [{ n }] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM assignment a WHERE ${where}`,
      params,
    );
    const rows = await ctx.db.query<AssignmentRow>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE ${where} ${cursor ? 'AND a.id > $5' : ''} ORDER BY a.id LIMIT ${size + 1}`,
      cursor ? [...params, cursor[0]] : params,
    );
    return toConnection(rows, size, n, (a) => [Number(a.id)]);
  }

  childCount(ctx: RequestContext) {
    return ctx.loader(
      'assignment.childCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows = await ctx.db.query<{ parent_id: string; n: number }>(
            `SELECT parent_id, count(*)::int AS n FROM assignment WHERE parent_id = ANY($1::bigint[]) GROUP BY parent_id`,
            [ids],
          );
          const m = new Map(rows.map((r) => [String(r.parent_id), r.n]));
          return ids.map((id) => m.get(String(id)) ?? 0);
        }),
    );
  }

  async myAssignments(
    ctx: RequestContext,
    status: AssignmentStatus[] | null,
    first?: number | null,
    after?: string | null,
  ) {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const params: unknown[] = [ctx.requireActor().orgUnitId, status?.length ? status : null];
    const where = `a.unit_id = $1 AND ($2::text[] IS NULL OR a.status = ANY($2::text[]))`;
    const [{ n }] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM assignment a WHERE ${where}`,
      params,
    );
    const rows = await ctx.db.query<AssignmentRow>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a WHERE ${where} ${cursor ? 'AND a.id < $3' : ''} ORDER BY a.id DESC LIMIT ${size + 1}`,
      cursor ? [...params, cursor[0]] : params,
    );
    return toConnection(rows, size, n, (a) => [Number(a.id)]);
  }

  reportsOf(ctx: RequestContext) {
    return ctx.loader(
      'reports.byAssignment',
      () =>
        new DataLoader<string, Record<string, unknown>[]>(async (ids) => {
          const rows = await ctx.db.query<Record<string, unknown>>(
            `SELECT ${REPORT_COLUMNS} FROM report r WHERE r.assignment_id = ANY($1::bigint[]) ORDER BY r.version DESC`,
            [ids],
          );
          return ids.map((id) => rows.filter((r) => String(r.assignmentId) === String(id)));
        }),
    );
  }

  /** The head's signing queue (待签字) or the reviewer's queue (待审核) for the caller's unit. */
  async reportQueue(ctx: RequestContext, kind: 'SIGN' | 'REVIEW') {
    const actor = ctx.requireActor();
    return ctx.db.query(
      kind === 'SIGN'
        ? `SELECT ${REPORT_COLUMNS} FROM report r JOIN assignment a ON a.id = r.assignment_id
            WHERE a.unit_id = $1 AND r.status = 'AWAITING_SIGNATURE' ORDER BY r.id`
        : `SELECT ${REPORT_COLUMNS} FROM report r JOIN assignment a ON a.id = r.assignment_id
            WHERE a.issuer_unit_id = $1 AND r.status = 'UNDER_REVIEW' ORDER BY r.id`,
      [actor.orgUnitId],
    );
  }

  async extensionRequests(ctx: RequestContext, assignmentId: string | null, pendingOnly: boolean) {
    const actor = ctx.requireActor();
    return ctx.db.query(
      `SELECT ${EXTENSION_COLUMNS} FROM extension_request e JOIN assignment a ON a.id = e.assignment_id
        WHERE ($1::bigint IS NULL OR e.assignment_id = $1) AND ($1::bigint IS NOT NULL OR a.issuer_unit_id = $2)
          AND (NOT $3 OR e.status = 'PENDING') ORDER BY e.id DESC`,
      [assignmentId, actor.orgUnitId, pendingOnly],
    );
  }

  async urgeNotices(ctx: RequestContext, assignmentId: string) {
    return ctx.db.query(
      `SELECT id, number, kind, target, text, created_at AS "createdAt" FROM urge_notice WHERE assignment_id = $1 ORDER BY id`,
      [assignmentId],
    );
  }

  async progressUpdates(ctx: RequestContext, assignmentId: string) {
    return ctx.db.query(
      `SELECT id, percent::float8 AS percent, achieved::float8 AS achieved, text, created_at AS "createdAt"
         FROM progress_update WHERE assignment_id = $1 ORDER BY id DESC`,
      [assignmentId],
    );
  }

  async events(ctx: RequestContext, itemId: string, first?: number | null, after?: string | null) {
    const size = pageSize(first, 100);
    const cursor = decodeCursor(after, 1);
    const rows = await ctx.db.query<{ id: string }>(
      `SELECT id, action, assignment_id AS "assignmentId", actor_name AS "actorName", at, text,
              before::text AS before, after::text AS after, hash
         FROM audit_event WHERE item_id = $1 ${cursor ? 'AND id > $2' : ''} ORDER BY id LIMIT ${size + 1}`,
      cursor ? [itemId, cursor[0]] : [itemId],
    );
    const [{ n }] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE item_id = $1`,
      [itemId],
    );
    return toConnection(rows, size, n, (e) => [Number(e.id)]);
  }

  /** A unit's roll-up for one item (by its policy) or across all items (average policy). */
  async rollupView(ctx: RequestContext, orgUnitId: string, itemId: string | null): Promise<RollupView> {
    const [counts, override] = await Promise.all([
      this.rollup.counts(ctx).load({ unitId: orgUnitId, itemId }),
      itemId ? this.overrides.overrides(ctx).load(`${orgUnitId}:${itemId}`) : null,
    ]);
    const policy: RollupPolicy = itemId
      ? ((await this.itemById(ctx).load(itemId))?.rollupPolicy ?? 'AVERAGE')
      : 'AVERAGE';
    return toRollupView(orgUnitId, itemId, counts, policy, ctx.locale, override);
  }

  async requireItem(ctx: RequestContext, id: string) {
    const item = await this.itemById(ctx).load(id);
    if (!item) throw notFound({ zh: '督查事项', en: 'Supervision item' }, id);
    return item;
  }
}

export function toRollupView(
  orgUnitId: string,
  itemId: string | null,
  c: RollupCounts,
  policy: RollupPolicy,
  locale: string,
  override: LightOverride | null = null,
): RollupView {
  const computed = summarize(c, policy);
  const s = override ? overrideLight(computed, override.light, override.reason) : computed;
  return {
    orgUnitId,
    itemId,
    total: c.total,
    assigned: c.byStatus.ASSIGNED,
    inProgress: c.byStatus.IN_PROGRESS,
    awaitingSignature: c.byStatus.AWAITING_SIGNATURE,
    underReview: c.byStatus.UNDER_REVIEW,
    done: c.byStatus.DONE,
    withdrawn: c.byStatus.WITHDRAWN,
    overdue: c.overdue,
    returned: c.returnedOpen,
    notApplicable: c.notApplicable,
    completionRate: s.completionRate,
    onTimeRate: s.onTimeRate,
    progressPercent: Math.round(s.progressPercent * 10) / 10,
    target: c.targetSum,
    achieved: c.achievedSum,
    light: s.light,
    lightReason: locale === 'en' ? s.lightReason.en : s.lightReason.zh,
    lightOverridden: override !== null,
  };
}
