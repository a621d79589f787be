import { Injectable } from '@nestjs/common';
import {
  badInput,
  Connection,
  INVALID_CURSOR,
  decodeCursor,
  pageSize,
  RequestContext,
  toConnection,
} from '@duban/platform';
import { NotificationView } from './notification.entity';

const COLUMNS = `n.id, n.topic, n.title_zh AS "titleZh", n.title_en AS "titleEn", n.item_id AS "itemId",
  n.assignment_id AS "assignmentId", n.created_at AS "createdAt", n.read_at AS "readAt"`;

const MAX_IDS = 1000;
const ID = /^\d{1,18}$/;

/**
 * The caller's own notifications. RLS bounds the session to the caller's tenant and subtree; every
 * statement here also pins user_id to the caller, so a colleague's or a subordinate's rows in the
 * same subtree are never read or changed (and no actor means no query at all).
 */
@Injectable()
export class NotificationService {
  async list(
    ctx: RequestContext,
    opts: { unreadOnly?: boolean | null; first?: number | null; after?: string | null },
  ): Promise<Connection<NotificationView>> {
    const actor = ctx.requireActor();
    const size = pageSize(opts.first, 20);
    const after = decodeCursor(opts.after, 1);
    if (after && !ID.test(String(after[0]))) throw badInput(INVALID_CURSOR, 'after');
    const where = `n.user_id = $1::bigint ${opts.unreadOnly ? 'AND n.read_at IS NULL' : ''}`;
    const [{ count }] = await ctx.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM notification n WHERE ${where}`,
      [actor.userId],
    );
    const rows = await ctx.db.query<NotificationView>(
      `SELECT ${COLUMNS} FROM notification n WHERE ${where} ${after ? 'AND n.id < $2::bigint' : ''}
        ORDER BY n.id DESC LIMIT ${size + 1}`,
      after ? [actor.userId, String(after[0])] : [actor.userId],
    );
    return toConnection(rows, size, count, (n) => [String(n.id)]);
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const [{ count }] = await ctx.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM notification n WHERE n.user_id = $1::bigint AND n.read_at IS NULL`,
      [ctx.requireActor().userId],
    );
    return count;
  }

  /** 已读回执: stamps read_at on the caller's unread rows (all of them when ids is null). */
  async markRead(ctx: RequestContext, ids: string[] | null | undefined): Promise<number> {
    const actor = ctx.requireActor();
    if (ids) {
      if (ids.length > MAX_IDS)
        throw badInput(
          { zh: `一次最多标记${MAX_IDS}条消息`, en: `At most ${MAX_IDS} notifications at a time` },
          'ids',
        );
      if (!ids.every((id) => ID.test(id)))
        throw badInput({ zh: '消息编号无效', en: 'Invalid notification id' }, 'ids');
      if (!ids.length) return 0;
    }
    const [{ count }] = await ctx.db.query<{ count: number }>(
      `WITH marked AS (
         UPDATE notification n SET read_at = now()
          WHERE n.user_id = $1::bigint AND n.read_at IS NULL AND ($2::bigint[] IS NULL OR n.id = ANY ($2::bigint[]))
          RETURNING 1)
       SELECT count(*)::int AS count FROM marked`,
      [actor.userId, ids ?? null],
    );
    return count;
  }
}
