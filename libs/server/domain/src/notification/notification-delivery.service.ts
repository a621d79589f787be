import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEvent, DomainEventJob } from '@duban/contracts';
import { AppConfig, TenantSession, withSession, type RedisClient } from '@duban/platform';
import { CONFIG } from '../config.token';
import { REDIS } from '../jobs';
import { NotificationMessage, notificationChannel, RECIPIENTS_PER_MESSAGE } from './notification.channel';
import {
  NoticeNames,
  NotificationWording,
  notificationWording,
  preWordedNotification,
} from './notification-wording';

interface InsertedRow {
  id: string;
  userId: string;
  assignmentId: string | null;
  createdAt: Date;
  /** The title this recipient got (the chain's own words differ from the unit's). */
  titleZh: string;
  titleEn: string;
}

/*
 * Audience and cascade (see notificationWording) resolved to users and inserted in ONE statement, whatever the fan-out:
 * - audience: active users of each named unit holding any of the named roles;
 * - assignmentRange: active liaisons (联络员) of the units of the cascade's new assignments, each
 *   notification pointing at that unit's own assignment;
 * - chain: users holding the chain's roles at every office strictly between the chain's unit (the
 *   urging office) and the assignment's unit: the org units on the assignment's unit path below the
 *   urging office's path, found through the path index, with the chain's own title;
 * - actingSigners: whoever signs for an audience unit's head today (委托签字, China-time dates).
 * A big cascade goes out in chunks of assignment ids ($9..$10): the first chunk ($18) also carries the
 * other audiences. ON CONFLICT makes a replayed chunk a no-op; the actor is not told of their own action.
 */
const FAN_OUT_SQL = `
  WITH audience AS (
    SELECT (a->>'unitId')::bigint AS unit_id, ARRAY(SELECT jsonb_array_elements_text(a->'roles')) AS roles
      FROM jsonb_array_elements($8::jsonb) a
  ), recipient AS (
    SELECT u.id AS user_id, u.unit_path, NULL::bigint AS assignment_id, NULL::text AS title_zh, NULL::text AS title_en
      FROM audience x JOIN app_user u ON u.org_unit_id = x.unit_id AND u.roles::text[] && x.roles
     WHERE $18::boolean AND u.active
    UNION ALL
    SELECT u.id, u.unit_path, a.id, NULL, NULL
      FROM assignment a JOIN app_user u ON u.org_unit_id = a.unit_id AND 'LIAISON' = ANY (u.roles)
     WHERE $9::bigint IS NOT NULL AND a.item_id = $6::bigint AND a.id BETWEEN $9::bigint AND $10::bigint
       AND a.parent_id IS NOT DISTINCT FROM $11::bigint AND u.active
    UNION ALL
    SELECT u.id, u.unit_path, NULL, $15, $16
      FROM assignment a
      JOIN org_unit f ON f.id = $13::bigint AND a.unit_path <@ f.path
      JOIN org_unit o ON o.path @> a.unit_path AND o.path <@ f.path AND o.id <> f.id AND o.id <> a.unit_id
      JOIN app_user u ON u.org_unit_id = o.id AND u.roles::text[] && $14::text[]
     WHERE $18::boolean AND $13::bigint IS NOT NULL AND a.id = $7::bigint AND u.active
    UNION ALL
    SELECT u.id, u.unit_path, NULL, NULL, NULL
      FROM signing_delegation d JOIN app_user u ON u.id = d.delegate_id
     WHERE $18::boolean AND $17::boolean AND d.unit_id IN (SELECT unit_id FROM audience) AND d.revoked_at IS NULL
       AND (now() AT TIME ZONE 'Asia/Shanghai')::date BETWEEN d.valid_from AND d.valid_to AND u.active
  )
  INSERT INTO notification (tenant_id, user_id, unit_path, event_id, topic, title_zh, title_en, item_id, assignment_id)
  SELECT DISTINCT ON (r.user_id) $1::bigint, r.user_id, r.unit_path, $2::bigint, $3,
         coalesce(r.title_zh, $4), coalesce(r.title_en, $5), $6::bigint, coalesce(r.assignment_id, $7::bigint)
    FROM recipient r
   WHERE r.user_id IS DISTINCT FROM $12::bigint
   ORDER BY r.user_id, r.assignment_id NULLS LAST
  ON CONFLICT (event_id, user_id) DO NOTHING
  RETURNING id, user_id AS "userId", assignment_id AS "assignmentId", created_at AS "createdAt",
            title_zh AS "titleZh", title_en AS "titleEn"`;

/** The item's title and the holding unit's name, which every notice names (see notificationWording). */
async function noticeNames(s: TenantSession, event: DomainEvent): Promise<NoticeNames> {
  const unitId = 'unitId' in event ? event.unitId : null;
  const [row] = await s.query<{ item: string | null; unit: string | null }>(
    `SELECT (SELECT title FROM supervision_item WHERE id = $1::bigint) AS item,
            (SELECT name FROM org_unit WHERE id = $2::bigint) AS unit`,
    [event.itemId ?? null, unitId],
  );
  return row ?? {};
}

/** Assignment ids per chunk of a cascade's notifications: one short transaction each. */
export const FAN_OUT_CHUNK = 1_000;

/** Which part of an event's recipients one transaction notifies. */
interface Chunk {
  /** The cascade's assignment ids of this chunk (null: no cascade). */
  from: number | null;
  to: number | null;
  /** The first chunk also notifies the audience, the chain and the acting signers. */
  first: boolean;
  /** Nothing is left after this one. */
  last: boolean;
}

/** The chunk after `progress` (the last assignment id already notified; null if none yet). */
export function nextChunk(
  cascade: { min: string; max: string } | null | undefined,
  progress: string | null,
): Chunk {
  if (!cascade) return { from: null, to: null, first: true, last: true };
  const min = Number(cascade.min);
  const max = Number(cascade.max);
  const from = progress === null ? min : Number(progress) + 1;
  const to = Math.min(from + FAN_OUT_CHUNK - 1, max);
  return { from, to, first: progress === null, last: to >= max };
}

/** Inserts the rows of one chunk of an event's recipients (see FAN_OUT_SQL). */
function fanOut(
  s: TenantSession,
  { outboxId, tenantId, event }: DomainEventJob,
  wording: NotificationWording,
  chunk: Chunk,
) {
  const { title, cascade, chain } = wording;
  return s.query<InsertedRow>(FAN_OUT_SQL, [
    tenantId,
    outboxId,
    event.topic,
    title.zh,
    title.en,
    wording.itemId,
    wording.assignmentId,
    JSON.stringify(wording.audience),
    chunk.from,
    chunk.to,
    cascade?.parentId ?? null,
    event.actorId ?? null,
    chain?.fromUnitId ?? null,
    chain?.roles ?? [],
    chain?.title.zh ?? null,
    chain?.title.en ?? null,
    wording.actingSigners ?? false,
    chunk.first,
  ]);
}

/** Turns one relayed domain event into notification rows, then announces them on Redis. */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);
  private readonly channel: string;
  /** Tenant id → root path; a tenant's root never moves. */
  private readonly roots = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(CONFIG) config: AppConfig,
  ) {
    this.channel = notificationChannel(config.REDIS_PREFIX);
  }

  /**
   * Idempotent by outbox id: returns how many notifications this call created (0 on a replay). Each
   * chunk commits its notifications with the event's progress, the last one with its delivery, so a
   * consumer killed halfway is resumed where it stopped by the redelivered job.
   */
  async deliver(job: DomainEventJob): Promise<number> {
    const { tenantId, event } = job;
    // The recipients can sit anywhere in the tenant (an issuer above, a cascade below), so the job
    // acts for the whole tenant; RLS still keeps it inside that one tenant.
    const scope = { tenantId, path: await this.tenantRoot(tenantId) };
    let created = 0;
    for (let done = false; !done;) {
      const step = await withSession(this.dataSource, scope, async (s) => {
        const [state] = await s.query<{ delivered: boolean; progress: string | null }>(
          `SELECT delivered, progress::text FROM duban_outbox_state($1::bigint, $2::bigint)`,
          [tenantId, job.outboxId],
        );
        if (!state || state.delivered) return null;
        const wording =
          preWordedNotification(event) ?? notificationWording(event, await noticeNames(s, event));
        const chunk = nextChunk(wording.cascade, state.progress);
        const rows = await fanOut(s, job, wording, chunk);
        if (chunk.last)
          await s.query(`SELECT duban_outbox_delivered($1::bigint, $2::bigint)`, [tenantId, job.outboxId]);
        else
          await s.query(`SELECT duban_outbox_progress($1::bigint, $2::bigint, $3::bigint)`, [
            tenantId,
            job.outboxId,
            chunk.to,
          ]);
        return { wording, rows, last: chunk.last };
      });
      if (!step) break;
      // Only after commit: a rolled-back insert must never reach a screen.
      if (step.rows.length) await this.announce(job, step.wording.itemId, step.rows);
      created += step.rows.length;
      done = step.last;
    }
    return created;
  }

  /**
   * Best effort: the rows are committed, so a lost message only costs liveness, not data. One
   * message per title (recipients along the chain read their own), in chunks.
   */
  private async announce(
    { outboxId, tenantId, event }: DomainEventJob,
    itemId: string | null,
    all: InsertedRow[],
  ) {
    const byTitle = new Map<string, InsertedRow[]>();
    for (const r of all) {
      const key = JSON.stringify([r.titleZh, r.titleEn]);
      const group = byTitle.get(key);
      if (group) group.push(r);
      else byTitle.set(key, [r]);
    }
    try {
      for (const rows of byTitle.values())
        for (let i = 0; i < rows.length; i += RECIPIENTS_PER_MESSAGE) {
          const message: NotificationMessage = {
            tenantId: String(tenantId),
            eventId: String(outboxId),
            topic: event.topic,
            titleZh: rows[0].titleZh,
            titleEn: rows[0].titleEn,
            itemId,
            createdAt: new Date(rows[0].createdAt).toISOString(),
            recipients: rows
              .slice(i, i + RECIPIENTS_PER_MESSAGE)
              .map((r) => [
                String(r.id),
                String(r.userId),
                r.assignmentId === null ? null : String(r.assignmentId),
              ]),
          };
          await this.redis.publish(this.channel, JSON.stringify(message));
        }
    } catch (err) {
      this.logger.warn(`event ${outboxId}: live push failed (${err instanceof Error ? err.message : err})`);
    }
  }

  private async tenantRoot(tenantId: string): Promise<string> {
    const cached = this.roots.get(String(tenantId));
    if (cached) return cached;
    const [root] = await this.dataSource.query<{ path: string }[]>(
      `SELECT path FROM duban_tenant_roots() WHERE tenant_id = $1::bigint`,
      [tenantId],
    );
    if (!root) throw new Error(`event for unknown tenant ${tenantId}`);
    this.roots.set(String(tenantId), root.path);
    return root.path;
  }
}
