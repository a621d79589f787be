/*
 * What every scenario must end with: each event of the scenario reached each intended recipient exactly
 * once (in PostgreSQL and on the live-push channel), the outbox is drained, the roll-ups equal a
 * recount and every audit chain verifies.
 */
import IORedis from 'ioredis';
import { Client } from 'pg';
import type { DomainEvent } from '@duban/contracts';
import {
  notificationChannel,
  notificationWording,
  preWordedNotification,
  rollupDifferences,
  verifyAuditChains,
  type NotificationMessage,
} from '@duban/domain';

/**
 * Who should hear about an event, recounted from the database in one uninterrupted pass: the
 * wording's audience, a cascade's liaisons, the offices along an urge's chain and acting signers —
 * the set a single, never-interrupted delivery would notify, whatever chunks, kills and redeliveries
 * the real one went through.
 */
const EXPECTED_SQL = `
  SELECT DISTINCT r.id::text AS id FROM (
    SELECT u.id FROM jsonb_array_elements($1::jsonb) x
      JOIN app_user u ON u.org_unit_id = (x->>'unitId')::bigint
       AND u.roles::text[] && ARRAY(SELECT jsonb_array_elements_text(x->'roles'))
     WHERE u.active
    UNION ALL
    SELECT u.id FROM assignment a JOIN app_user u ON u.org_unit_id = a.unit_id AND 'LIAISON' = ANY (u.roles)
     WHERE $2::bigint IS NOT NULL AND a.item_id = $4::bigint AND a.id BETWEEN $2 AND $3::bigint
       AND a.parent_id IS NOT DISTINCT FROM $5::bigint AND u.active
    UNION ALL
    SELECT u.id FROM assignment a
      JOIN org_unit f ON f.id = $6::bigint
      JOIN org_unit o ON a.unit_path <@ o.path AND o.path <@ f.path AND o.id NOT IN (f.id, a.unit_id)
      JOIN app_user u ON u.org_unit_id = o.id AND u.roles::text[] && $7::text[]
     WHERE $6::bigint IS NOT NULL AND a.id = $8::bigint AND u.active
    UNION ALL
    SELECT u.id FROM signing_delegation d JOIN app_user u ON u.id = d.delegate_id
     WHERE $9::boolean AND d.revoked_at IS NULL AND u.active
       AND d.unit_id IN (SELECT (x->>'unitId')::bigint FROM jsonb_array_elements($1::jsonb) x)
       AND (now() AT TIME ZONE 'Asia/Shanghai')::date BETWEEN d.valid_from AND d.valid_to
  ) r WHERE r.id IS DISTINCT FROM $10::bigint`;

async function expectedRecipients(db: Client, event: DomainEvent): Promise<string[]> {
  const w = preWordedNotification(event) ?? notificationWording(event);
  const { rows } = await db.query(EXPECTED_SQL, [
    JSON.stringify(w.audience),
    w.cascade?.min ?? null,
    w.cascade?.max ?? null,
    w.itemId,
    w.cascade?.parentId ?? null,
    w.chain?.fromUnitId ?? null,
    w.chain?.roles ?? [],
    w.assignmentId,
    w.actingSigners ?? false,
    event.actorId ?? null,
  ]);
  return rows.map((r) => r.id);
}

/** Counts live pushes per (event, user) on the notification channel; Redis may restart underneath. */
export class PushListener {
  private readonly sub: IORedis;
  readonly seen = new Map<string, number>();

  constructor(redisUrl: string, prefix: string) {
    this.sub = new IORedis(redisUrl, { maxRetriesPerRequest: null, retryStrategy: () => 200 });
    this.sub.on('error', () => undefined);
    void this.sub.subscribe(notificationChannel(prefix)).catch(() => undefined);
    this.sub.on('message', (_channel, text: string) => {
      const m = JSON.parse(text) as NotificationMessage;
      for (const [, userId] of m.recipients) {
        const key = `${m.eventId}/${userId}`;
        this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
      }
    });
  }

  /** Recipients of these events pushed more than once. */
  duplicates(eventIds: Set<string>): number {
    let n = 0;
    for (const [key, count] of this.seen) if (count > 1 && eventIds.has(key.split('/')[0])) n += count - 1;
    return n;
  }

  close() {
    this.sub.disconnect();
  }
}

export interface Figures {
  events: number;
  expected: number;
  delivered: number;
  lost: number;
  /** Notifications to someone not in the expected set. */
  unexpected: number;
  duplicated: number;
  undelivered: number;
  /** Hand-overs to the queue beyond each event's first (redeliveries). */
  republished: number;
  rollupDiffs: number;
  brokenChains: number;
  problems: string[];
}

/** Events of the scenario: outbox rows with ids above `after` (the scenarios run one after the other). */
export async function scenarioEvents(
  db: Client,
  after: string,
): Promise<{ id: string; payload: DomainEvent }[]> {
  const { rows } = await db.query(`SELECT id::text, payload FROM outbox WHERE id > $1::bigint ORDER BY id`, [
    after,
  ]);
  return rows;
}

export async function lastOutboxId(db: Client): Promise<string> {
  const { rows } = await db.query(`SELECT coalesce(max(id), 0)::text AS id FROM outbox`);
  return rows[0].id;
}

/** Undelivered events of the scenario that are due (quiet-hours rows wait for their time). */
export async function undeliveredDue(db: Client, after: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM outbox WHERE id > $1::bigint AND delivered_at IS NULL AND due_at <= now()`,
    [after],
  );
  return rows[0].n;
}

export async function verify(db: Client, after: string, push: PushListener): Promise<Figures> {
  const events = await scenarioEvents(db, after);
  const f: Figures = {
    events: events.length,
    expected: 0,
    delivered: 0,
    lost: 0,
    unexpected: 0,
    duplicated: 0,
    undelivered: 0,
    republished: 0,
    rollupDiffs: 0,
    brokenChains: 0,
    problems: [],
  };
  const { rows: got } = await db.query(
    `SELECT event_id::text AS event, user_id::text AS "user", count(*)::int AS n
       FROM notification WHERE event_id > $1::bigint GROUP BY 1, 2`,
    [after],
  );
  const delivered = new Map<string, Map<string, number>>();
  for (const r of got) {
    if (!delivered.has(r.event)) delivered.set(r.event, new Map());
    delivered.get(r.event)!.set(r.user, r.n);
  }
  for (const e of events) {
    const expected = new Set(await expectedRecipients(db, e.payload));
    const mine = delivered.get(e.id) ?? new Map<string, number>();
    f.expected += expected.size;
    for (const [user, n] of mine) {
      f.delivered += n;
      if (n > 1) f.duplicated += n - 1;
      if (!expected.has(user)) f.unexpected += n;
    }
    const lost = [...expected].filter((u) => !mine.has(u)).length;
    f.lost += lost;
    if (lost && f.problems.length < 5)
      f.problems.push(`event ${e.id} (${e.payload.topic}): ${lost} recipient(s) never notified`);
  }
  f.duplicated += push.duplicates(new Set(events.map((e) => e.id)));
  const { rows: published } = await db.query(
    `SELECT coalesce(sum(greatest(publish_count - 1, 0)), 0)::int AS n FROM outbox WHERE id > $1::bigint`,
    [after],
  );
  f.republished = published[0].n;
  // A redelivery per fault is the design; one per waiting event and timeout is a storm.
  if (f.republished > Math.max(20, f.events / 10))
    f.problems.push(`${f.republished} redeliveries for ${f.events} event(s): a redelivery storm`);
  const { rows: pending } = await db.query(
    `SELECT count(*)::int AS n FROM outbox WHERE delivered_at IS NULL`,
  );
  f.undelivered = pending[0].n;
  const query = async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows;
  f.rollupDiffs = (await rollupDifferences(query, null)).length;
  const audit = await verifyAuditChains(query);
  f.brokenChains = audit.broken.length;
  if (f.unexpected) f.problems.push(`${f.unexpected} notification(s) to someone outside the audience`);
  if (f.undelivered) f.problems.push(`${f.undelivered} outbox row(s) not delivered`);
  if (f.rollupDiffs) f.problems.push(`${f.rollupDiffs} roll-up difference(s) against a recount`);
  if (f.brokenChains) f.problems.push(`${f.brokenChains} broken audit chain(s)`);
  if (f.duplicated) f.problems.push(`${f.duplicated} duplicate delivery(ies)`);
  return f;
}

export function passed(f: Figures, extra: string[] = []): boolean {
  return (
    !f.lost &&
    !f.unexpected &&
    !f.duplicated &&
    !f.undelivered &&
    !f.rollupDiffs &&
    !f.brokenChains &&
    !extra.length
  );
}
