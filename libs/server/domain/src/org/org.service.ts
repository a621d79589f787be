import { Inject, Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AppConfig, Connection, decodeCursor, pageSize, RequestContext, toConnection } from '@duban/platform';
import { CONFIG } from '../config.token';
import { isId, RecentReads } from '../shared';
import { OrgKind, OrgUnitEntity } from './org-unit.entity';

const COLUMNS = `o.id, o.tenant_id AS "tenantId", o.parent_id AS "parentId", o.path::text AS path, o.kind,
  o.subtype, o.name, o.code, o.depth, o.sort`;

/** The tree's hot lookups run as prepared statements (fixed text, parsed and planned once per connection). */
const PREPARED = { prepare: true };

export interface OrgUnitFilter {
  parentId?: string | null;
  kind?: OrgKind | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Reads of the org tree. Every query is scoped twice: by the caller's subtree here (the app) and by
 * the RLS policies in Postgres. The read scope is the caller's subtree plus their own ancestors.
 */
@Injectable()
export class OrgService {
  /** Recent reads of a unit with its children (withChildren), keyed by tenant, scope and unit. */
  private readonly recent: RecentReads<OrgUnitEntity[]>;

  constructor(@Optional() @Inject(CONFIG) config?: Pick<AppConfig, 'ROLLUP_VIEW_CACHE_MS'>) {
    this.recent = new RecentReads(config?.ROLLUP_VIEW_CACHE_MS ?? 0);
  }

  async list(ctx: RequestContext, f: OrgUnitFilter): Promise<Connection<OrgUnitEntity>> {
    const size = pageSize(f.first);
    const after = decodeCursor(f.after, 3);
    const params: unknown[] = [
      ctx.requireActor().unitPath,
      f.parentId ?? null,
      f.kind ?? null,
      likePattern(f.search),
    ];
    const where = `o.path <@ $1::ltree AND ($2::bigint IS NULL OR o.parent_id = $2)
      AND ($3::org_kind IS NULL OR o.kind = $3) AND ($4::text IS NULL OR o.name LIKE $4)`;
    const [{ count }] = await ctx.db.query<{ count: string }>(
      `SELECT count(*) FROM org_unit o WHERE ${where}`,
      params,
    );
    const keyset = after ? `AND (o.depth, o.sort, o.id) > ($5, $6, $7::bigint)` : '';
    const rows = await ctx.db.query<OrgUnitEntity>(
      `SELECT ${COLUMNS} FROM org_unit o WHERE ${where} ${keyset} ORDER BY o.depth, o.sort, o.id LIMIT ${size + 1}`,
      after ? [...params, ...after] : params,
    );
    return toConnection(rows, size, Number(count), (u) => [u.depth, u.sort, Number(u.id)]);
  }

  byId(ctx: RequestContext): DataLoader<string, OrgUnitEntity | null> {
    return ctx.loader(
      'org.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db.query<OrgUnitEntity>(
            `SELECT ${COLUMNS} FROM org_unit o WHERE o.id = ANY($1::bigint[]) AND ${visible('o')}`,
            [ids, ctx.requireActor().unitPath],
            PREPARED,
          );
          const byId = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => byId.get(String(id)) ?? null);
        }),
    );
  }

  /**
   * A unit and its children in one read (the children kept for a later `children` of any kind):
   * an overview of a unit and the level below it makes one round trip, not two.
   */
  async withChildren(ctx: RequestContext, id: string): Promise<OrgUnitEntity | null> {
    if (!isId(id)) return null;
    // Under RLS and `visible` the rows depend on the tenant and the scope only: both in the key.
    const { tenantId, unitPath } = ctx.requireActor();
    const rows = await this.recent.get(
      `${tenantId}|${unitPath}|${id}`,
      () =>
        ctx.db.query<OrgUnitEntity>(
          `SELECT ${COLUMNS} FROM org_unit o WHERE (o.id = $1 OR o.parent_id = $1) AND ${visible('o')}
          ORDER BY o.sort, o.id`,
          [id, unitPath],
          PREPARED,
        ),
      ctx.db.holdsConnection,
    );
    const unit = rows.find((r) => String(r.id) === id) ?? null;
    this.byId(ctx).prime(id, unit);
    if (unit)
      this.children(ctx, null).prime(
        id,
        rows.filter((r) => String(r.parentId) === id),
      );
    return unit;
  }

  children(ctx: RequestContext, kind: OrgKind | null): DataLoader<string, OrgUnitEntity[]> {
    return ctx.loader(
      `org.children.${kind ?? '*'}`,
      () =>
        new DataLoader(async (parentIds: readonly string[]) => {
          const rows = await ctx.db.query<OrgUnitEntity>(
            `SELECT ${COLUMNS} FROM org_unit o WHERE o.parent_id = ANY($1::bigint[]) AND ${visible('o')}
             AND ($3::org_kind IS NULL OR o.kind = $3) ORDER BY o.sort, o.id`,
            [parentIds, ctx.requireActor().unitPath, kind],
            PREPARED,
          );
          return parentIds.map((id) => rows.filter((r) => String(r.parentId) === String(id)));
        }),
    );
  }

  childCount(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loader(
      'org.childCount',
      () =>
        new DataLoader(async (parentIds: readonly string[]) => {
          const rows = await ctx.db.query<{ parent_id: string; n: string }>(
            `SELECT o.parent_id, count(*) AS n FROM org_unit o
            WHERE o.parent_id = ANY($1::bigint[]) AND ${visible('o')} GROUP BY o.parent_id`,
            [parentIds, ctx.requireActor().unitPath],
            PREPARED,
          );
          const counts = new Map(rows.map((r) => [String(r.parent_id), Number(r.n)]));
          return parentIds.map((id) => counts.get(String(id)) ?? 0);
        }),
    );
  }

  /** Root first, parent last. Ancestors of a visible unit are always visible (breadcrumbs). */
  ancestors(ctx: RequestContext): DataLoader<string, OrgUnitEntity[]> {
    return ctx.loader(
      'org.ancestors',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db.query<OrgUnitEntity & { forId: string }>(
            `SELECT ${COLUMNS}, u.id AS "forId" FROM org_unit u JOIN org_unit o ON o.path @> u.path AND o.id <> u.id
            WHERE u.id = ANY($1::bigint[]) AND ${visible('u')} ORDER BY o.depth`,
            [ids, ctx.requireActor().unitPath],
            PREPARED,
          );
          return ids.map((id) =>
            rows.filter((r) => String(r.forId) === String(id)).map(({ forId: _f, ...o }) => o),
          );
        }),
    );
  }
}

/** The app-side half of "scoped twice"; $2 is the caller's unit path. */
function visible(alias: string): string {
  return `(${alias}.path <@ $2::ltree OR ${alias}.path @> $2::ltree)`;
}

function likePattern(search: string | null | undefined): string | null {
  const s = search?.trim();
  return s ? `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
