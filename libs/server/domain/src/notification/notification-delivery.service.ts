import { Inject, Injectable, Logger } from '@nestjs/common';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainEventJob } from '@duban/contracts';
import { AppConfig, withSession } from '@duban/platform';
import { CONFIG } from '../config.token';
import { REDIS } from '../jobs';
import { NotificationMessage, notificationChannel, RECIPIENTS_PER_MESSAGE } from './notification.channel';
import { NotificationWording, notificationWording, preWordedNotification } from './notification-wording';

interface InsertedRow {
  id: string;
  userId: string;
  assignmentId: string | null;
  createdAt: Date;
}

/*
 * Audience and cascade (see notificationWording) resolved to users and inserted in ONE statement, whatever the fan-out:
 * - audience: active users of each named unit holding any of the named roles;
 * - assignmentRange: active liaisons (联络员) of the units of the cascade's new assignments, each
 *   notification pointing at that unit's own assignment.
 * ON CONFLICT makes a replayed job a no-op; the actor is not told about their own action.
 */
const FAN_OUT_SQL = `
  WITH audience AS (
    SELECT (a->>'unitId')::bigint AS unit_id, ARRAY(SELECT jsonb_array_elements_text(a->'roles')) AS roles
      FROM jsonb_array_elements($8::jsonb) a
  ), recipient AS (
    SELECT u.id AS user_id, u.unit_path, NULL::bigint AS assignment_id
      FROM audience x JOIN app_user u ON u.org_unit_id = x.unit_id AND u.roles::text[] && x.roles
     WHERE u.active
    UNION ALL
    SELECT u.id, u.unit_path, a.id
      FROM assignment a JOIN app_user u ON u.org_unit_id = a.unit_id AND 'LIAISON' = ANY (u.roles)
     WHERE $9::bigint IS NOT NULL AND a.item_id = $6::bigint AND a.id BETWEEN $9::bigint AND $10::bigint
       AND a.parent_id IS NOT DISTINCT FROM $11::bigint AND u.active
  )
  INSERT INTO notification (tenant_id, user_id, unit_path, event_id, topic, title_zh, title_en, item_id, assignment_id)
  SELECT DISTINCT ON (r.user_id) $1::bigint, r.user_id, r.unit_path, $2::bigint, $3, $4, $5, $6::bigint,
         coalesce(r.assignment_id, $7::bigint)
    FROM recipient r
   WHERE r.user_id IS DISTINCT FROM $12::bigint
   ORDER BY r.user_id, r.assignment_id NULLS LAST
  ON CONFLICT (event_id, user_id) DO NOTHING
  RETURNING id, user_id AS "userId", assignment_id AS "assignmentId", created_at AS "createdAt"`;

/** Turns one relayed domain event into notification rows, then announces them on Redis. */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);
  private readonly channel: string;
  /** Tenant id → root path; a tenant's root never moves. */
  private readonly roots = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: IORedis,
    @Inject(CONFIG) config: AppConfig,
  ) {
    this.channel = notificationChannel(config.REDIS_PREFIX);
  }

  /** Idempotent by outbox id: returns how many notifications this call created (0 on a replay). */
  async deliver(job: DomainEventJob): Promise<number> {
    const { outboxId, tenantId, event } = job;
    // The recipients can sit anywhere in the tenant (an issuer above, a cascade below), so the job
    // acts for the whole tenant; RLS still keeps it inside that one tenant.
    const scope = { tenantId, path: await this.tenantRoot(tenantId) };
    const wording = preWordedNotification(event) ?? notificationWording(event);
    const { title, cascade } = wording;
    const rows = await withSession(this.dataSource, scope, (s) =>
      s.query<InsertedRow>(FAN_OUT_SQL, [
        tenantId,
        outboxId,
        event.topic,
        title.zh,
        title.en,
        wording.itemId,
        wording.assignmentId,
        JSON.stringify(wording.audience),
        cascade?.min ?? null,
        cascade?.max ?? null,
        cascade?.parentId ?? null,
        event.actorId ?? null,
      ]),
    );
    // Only after commit: a rolled-back insert must never reach a screen.
    if (rows.length) await this.announce(job, wording, rows);
    return rows.length;
  }

  /** Best effort: the rows are committed, so a lost message only costs liveness, not data. */
  private async announce(
    { outboxId, tenantId, event }: DomainEventJob,
    { title, itemId }: NotificationWording,
    rows: InsertedRow[],
  ) {
    try {
      for (let i = 0; i < rows.length; i += RECIPIENTS_PER_MESSAGE) {
        const message: NotificationMessage = {
          tenantId: String(tenantId),
          eventId: String(outboxId),
          topic: event.topic,
          titleZh: title.zh,
          titleEn: title.en,
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
