import { Injectable } from '@nestjs/common';
import { decodeCursor, pageSize, RequestContext, toConnection } from '@duban/platform';

/** The 留痕 timeline of an item, oldest first, as the caller's scope may see it. */
@Injectable()
export class AuditQueries {
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
}
