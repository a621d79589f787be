import { Injectable } from '@nestjs/common';
import { decodeCursor, pageSize, RequestContext, toConnection } from '@duban/platform';
import { canonical } from './audit-chain';
import { AuditChainBreakView, AuditChainEventView, AuditChainView } from './audit-chain.view';
import { STORED_EVENT_COLUMNS, storedEvent, verifyItemChains } from './audit-verify';

/** The 留痕 timeline of an item, oldest first, as the caller's scope may see it. */
@Injectable()
export class AuditQueries {
  async events(ctx: RequestContext, itemId: string, first?: number | null, after?: string | null) {
    const size = pageSize(first, 100);
    const cursor = decodeCursor(after, 1);
    const rows = await ctx.db.query<{ id: string }>(
      `SELECT id, action, assignment_id AS "assignmentId", actor_name AS "actorName", at, text,
              before::text AS before, after::text AS after, prev_hash AS "prevHash", hash
         FROM audit_event WHERE item_id = $1 ${cursor ? 'AND id > $2' : ''} ORDER BY id LIMIT ${size + 1}`,
      cursor ? [itemId, cursor[0]] : [itemId],
    );
    const [{ n }] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE item_id = $1`,
      [itemId],
    );
    return toConnection(rows, size, n, (e) => [Number(e.id)]);
  }

  /**
   * 留痕核验 of an item (the caller's access is checked by the item room): every chain re-hashed, and
   * one page of the trail with the fields the hashes cover. Access is only granted where the scope
   * holds the whole trail, so the verdict is never drawn from part of it.
   */
  async itemChain(
    ctx: RequestContext,
    itemId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<AuditChainView> {
    const size = pageSize(first, 100);
    const cursor = decodeCursor(after, 1);
    const check = await verifyItemChains((sql, p) => ctx.db.query(sql, p), itemId);
    const positions = await this.positions(
      ctx,
      itemId,
      check.broken.map((b) => b.eventId),
    );
    const breaks: AuditChainBreakView[] = check.broken
      .map((b) => ({ ...b, position: positions.get(b.eventId) ?? 0 }))
      .sort((a, b) => Number(a.eventId) - Number(b.eventId));
    const rows = await ctx.db.query(
      `SELECT ${STORED_EVENT_COLUMNS}, e.actor_name AS "actorName"
         FROM audit_event e WHERE e.item_id = $1 ${cursor ? 'AND e.id > $2' : ''} ORDER BY e.id LIMIT ${size + 1}`,
      cursor ? [itemId, cursor[0]] : [itemId],
    );
    const [{ n, earlier }] = await ctx.db.query<{ n: number; earlier: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE id <= $2)::int AS earlier
         FROM audit_event WHERE item_id = $1`,
      [itemId, cursor ? cursor[0] : 0],
    );
    const events: AuditChainEventView[] = rows.map((r, i) => {
      const e = storedEvent(r);
      return {
        ...e,
        position: earlier + i + 1,
        at: new Date(e.at),
        actorName: (r.actorName as string | null) ?? null,
        before: canonical(e.before),
        after: canonical(e.after),
      };
    });
    return {
      itemId,
      verified: breaks.length === 0,
      brokenAt: breaks[0] ?? null,
      breaks,
      chains: check.chains,
      events: toConnection(events, size, n, (e) => [Number(e.id)]),
    };
  }

  /** Each event's place in the item's trail (oldest first, from 1); an event moved off the item counts where its id falls. */
  private async positions(ctx: RequestContext, itemId: string, eventIds: string[]) {
    if (!eventIds.length) return new Map<string, number>();
    const rows = await ctx.db.query<{ id: string; position: number }>(
      `SELECT b.id::text AS id, (SELECT count(*)::int FROM audit_event e WHERE e.item_id = $1 AND e.id < b.id) + 1 AS position
         FROM unnest($2::bigint[]) AS b(id)`,
      [itemId, eventIds],
    );
    return new Map(rows.map((r) => [r.id, r.position]));
  }
}
