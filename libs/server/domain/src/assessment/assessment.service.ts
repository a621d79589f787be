import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BULLETIN_KIND_LABELS, BULLETIN_LEVEL_LABELS, BulletinKind, Role } from '@duban/rules';
import { Actor, badInput, forbidden, notFound, RequestContext } from '@duban/platform';
import { AuditService } from '../audit';
import { OutboxService } from '../outbox';
import { nextNumber } from '../numbering';
import { BULLETIN_COLUMNS, BulletinEntity } from './bulletin.entity';
import { IssueBulletinInput } from './assessment.dto';
import { normalizeBulletinInput, scoreEntryFor } from './assessment.logic';

const UNIT = { zh: '单位', en: 'Unit' };
const ITEM = { zh: '督查事项', en: 'Supervision item' };
const ISSUER_ROLES: Role[] = [Role.SUPERVISOR, Role.LEADER];

interface TargetUnit {
  id: string;
  path: string;
}

/** Write side of assessment: issuing 督查通报 and the score entries they create. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * 通报表扬 / 通报批评: numbered per office and year, one score entry per named unit, audited and
   * announced to the units. All or nothing (its own savepoint, whoever calls it).
   */
  async issueBulletin(ctx: RequestContext, input: IssueBulletinInput): Promise<BulletinEntity> {
    const actor = ctx.requireActor();
    if (!ISSUER_ROLES.some((r) => actor.roles.includes(r)))
      throw forbidden({
        zh: '只有督查室督查员或领导可以发布督查通报',
        en: 'Only a supervisor or leader of the office can issue a bulletin',
      });
    const now = new Date();
    const b = normalizeBulletinInput(input, now);
    return ctx.db.atomic(async (em) => {
      const targets = await this.resolveTargets(em, actor, b.targetUnitIds);
      if (b.itemId) await this.requireVisibleItem(em, b.itemId);
      const n = await nextNumber(em, actor, 'BULLETIN', now);
      const prior = b.kind === BulletinKind.CRITICISM ? await this.lockCriticisms(em, targets, b.year) : null;
      const entries = targets.map((t) => ({
        unit: t,
        ...scoreEntryFor(b.kind, b.level, prior?.get(t.id) ?? 0),
      }));

      const [{ id }] = await em.query(
        `INSERT INTO bulletin (tenant_id, issuer_unit_id, issuer_path, number, number_year, number_seq, year, kind,
           level, title, body, item_id, responsible_person, created_by)
         VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          actor.tenantId,
          actor.orgUnitId,
          actor.unitPath,
          n.number,
          n.year,
          n.seq,
          b.year,
          b.kind,
          b.level,
          b.title,
          b.body,
          b.itemId,
          b.responsiblePerson,
          actor.userId,
        ],
      );
      // One statement for all named units.
      await em.query(
        `INSERT INTO score_entry (tenant_id, bulletin_id, unit_id, unit_path, year, kind, points, criticism_seq,
           admonish, person_ineligible, unit_ineligible)
         SELECT $1, $2, e.unit_id, e.unit_path, $3, $4, e.points, e.seq, e.admonish, e.person, e.unit
           FROM unnest($5::bigint[], $6::ltree[], $7::int[], $8::int[], $9::boolean[], $10::boolean[], $11::boolean[])
             AS e(unit_id, unit_path, points, seq, admonish, person, unit)`,
        [
          actor.tenantId,
          id,
          b.year,
          b.kind,
          entries.map((e) => e.unit.id),
          entries.map((e) => e.unit.path),
          entries.map((e) => e.points),
          entries.map((e) => e.criticismSeq),
          entries.map((e) => e.admonish),
          entries.map((e) => e.personAwardIneligible),
          entries.map((e) => e.unitAwardIneligible),
        ],
      );

      const kind = BULLETIN_KIND_LABELS[b.kind];
      const level = BULLETIN_LEVEL_LABELS[b.level];
      await this.audit.append(em, actor, {
        chainKey: `bulletin:${id}`,
        unitPath: actor.unitPath,
        itemId: b.itemId,
        action: 'bulletin.issued',
        after: {
          number: n.number,
          kind: b.kind,
          level: b.level,
          year: b.year,
          responsiblePerson: b.responsiblePerson,
          targets: entries.map((e) => ({
            unitId: e.unit.id,
            points: e.points,
            criticismSeq: e.criticismSeq,
            admonish: e.admonish,
            unitIneligible: e.unitAwardIneligible,
          })),
        },
        text: `${b.title}\n\n${b.body}`,
      });
      await this.outbox.emit(em, actor.tenantId, actor.unitPath, {
        topic: 'bulletin.issued',
        itemId: b.itemId ?? undefined,
        unitIds: targets.map((t) => t.id),
        heading: {
          zh: `${level.zh}${kind.zh}（${n.number}）：${b.title}`,
          en: `${kind.en} by the ${level.en.toLowerCase()} (${n.number}): ${b.title}`,
        },
        actorId: actor.userId,
      });
      return this.getBulletin(em, id);
    });
  }

  /**
   * Every named unit must lie strictly below the caller's unit. Anything else — a sibling, an ancestor,
   * another tenant's unit or no unit at all — is the same NOT_FOUND, so existence never leaks.
   */
  private async resolveTargets(em: EntityManager, actor: Actor, ids: string[]): Promise<TargetUnit[]> {
    const numeric = ids.filter((id) => /^\d{1,18}$/.test(id));
    const rows: TargetUnit[] = numeric.length
      ? await em.query(
          `SELECT o.id::text AS id, o.path::text AS path FROM org_unit o
            WHERE o.id = ANY($1::bigint[]) AND o.path <@ $2::ltree AND o.id <> $3::bigint`,
          [numeric, actor.unitPath, actor.orgUnitId],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing === actor.orgUnitId)
      throw badInput(
        {
          zh: '不能通报本单位，请选择下级单位',
          en: 'A bulletin names units below your own, not your own unit',
        },
        'targetUnitIds',
      );
    if (missing !== undefined) throw notFound(UNIT, missing);
    return ids.map((id) => byId.get(id)!);
  }

  private async requireVisibleItem(em: EntityManager, itemId: string): Promise<void> {
    const [row] = /^\d{1,18}$/.test(itemId)
      ? await em.query(`SELECT 1 FROM supervision_item WHERE id = $1`, [itemId])
      : [];
    if (!row) throw notFound(ITEM, itemId);
  }

  /**
   * Serialises criticisms per unit and year (transaction-scoped advisory locks, taken in id order so two
   * bulletins naming the same units cannot deadlock), then counts the criticisms already on record.
   * Read committed gives the count a fresh snapshot after the lock, so the Nth criticism is exact.
   */
  private async lockCriticisms(em: EntityManager, targets: TargetUnit[], year: number) {
    const ids = targets.map((t) => t.id);
    await em.query(
      `SELECT pg_advisory_xact_lock(hashtext('duban.criticism'), hashtext(u.id::text || ':' || $2::text))
         FROM unnest($1::bigint[]) WITH ORDINALITY AS u(id, ord) ORDER BY u.ord`,
      [ids, year],
    );
    const rows: { unitId: string; n: number }[] = await em.query(
      `SELECT unit_id::text AS "unitId", count(*)::int AS n FROM score_entry
        WHERE unit_id = ANY($1::bigint[]) AND year = $2 AND kind = 'CRITICISM' GROUP BY unit_id`,
      [ids, year],
    );
    return new Map(rows.map((r) => [r.unitId, r.n]));
  }

  async getBulletin(em: EntityManager, id: string): Promise<BulletinEntity> {
    const [row] = await em.query(`SELECT ${BULLETIN_COLUMNS} FROM bulletin b WHERE b.id = $1`, [id]);
    if (!row) throw notFound({ zh: '督查通报', en: 'Bulletin' }, id);
    return row;
  }
}
