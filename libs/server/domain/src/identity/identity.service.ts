import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Connection, decodeCursor, pageSize, RequestContext, toConnection } from '@duban/platform';
import { UserEntity } from './user.entity';

const COLUMNS = `u.id, u.tenant_id AS "tenantId", u.org_unit_id AS "orgUnitId", u.unit_path::text AS "unitPath",
  u.username, u.display_name AS "displayName", u.roles, u.locale, u.active, u.created_at AS "createdAt"`;

/** Users are visible only inside the caller's subtree (never ancestors' staff). */
@Injectable()
export class IdentityService {
  byId(ctx: RequestContext): DataLoader<string, UserEntity | null> {
    return ctx.loader(
      'user.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db.query<UserEntity>(
            `SELECT ${COLUMNS} FROM app_user u WHERE u.id = ANY($1::bigint[]) AND u.unit_path <@ $2::ltree`,
            [ids, ctx.requireActor().unitPath],
          );
          const byId = new Map(rows.map((r) => [String(r.id), fixRoles(r)]));
          return ids.map((id) => byId.get(String(id)) ?? null);
        }),
    );
  }

  async list(
    ctx: RequestContext,
    f: { orgUnitId?: string | null; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<Connection<UserEntity>> {
    const size = pageSize(f.first);
    const after = decodeCursor(f.after, 1);
    const search = f.search?.trim() ? `%${f.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const params: unknown[] = [ctx.requireActor().unitPath, f.orgUnitId ?? null, search];
    const where = `u.unit_path <@ $1::ltree AND ($2::bigint IS NULL OR u.org_unit_id = $2)
      AND ($3::text IS NULL OR u.username LIKE $3 OR u.display_name LIKE $3)`;
    const [{ count }] = await ctx.db.query<{ count: string }>(
      `SELECT count(*) FROM app_user u WHERE ${where}`,
      params,
    );
    const rows = await ctx.db.query<UserEntity>(
      `SELECT ${COLUMNS} FROM app_user u WHERE ${where} ${after ? 'AND u.id > $4' : ''} ORDER BY u.id LIMIT ${size + 1}`,
      after ? [...params, after[0]] : params,
    );
    return toConnection(rows.map(fixRoles), size, Number(count), (u) => [Number(u.id)]);
  }
}

function fixRoles(u: UserEntity): UserEntity {
  const raw = u.roles as unknown as string | string[];
  return {
    ...u,
    roles: (Array.isArray(raw)
      ? raw
      : raw.replace(/[{}]/g, '').split(',').filter(Boolean)) as UserEntity['roles'],
  };
}
