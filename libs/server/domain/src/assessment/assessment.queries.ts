import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AssignmentStatus as S, BulletinKind, ReportStatus as R } from '@duban/rules';
import { Connection, newestFirstPage, notFound, RequestContext } from '@duban/platform';
import { BULLETIN_COLUMNS, BulletinEntity } from './bulletin.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import {
  queryYear,
  ScoreboardCounts,
  ScoreboardRowValues,
  toScoreboardRow,
  yearRange,
} from './assessment.logic';

const UNIT = { zh: '单位', en: 'Unit' };

const SCORE_ENTRY_COLUMNS = `s.id, s.tenant_id AS "tenantId", s.bulletin_id AS "bulletinId", s.unit_id AS "unitId",
  s.unit_path::text AS "unitPath", s.year, s.kind, s.points, s.criticism_seq AS "criticismSeq", s.admonish,
  s.person_ineligible AS "personAwardIneligible", s.unit_ineligible AS "unitAwardIneligible", s.created_at AS "createdAt"`;

/** Read side of assessment: every query scoped by the caller's subtree (and by RLS underneath). */
@Injectable()
export class AssessmentQueries {
  /** Bulletins issued in the caller's subtree or naming a unit in it (about one item, if given), newest first. */
  async bulletins(
    ctx: RequestContext,
    f: { year?: number | null; kind?: BulletinKind | null; itemId?: string | null },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<BulletinEntity>> {
    const params: unknown[] = [ctx.requireActor().unitPath];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [
      `(b.issuer_path <@ $1::ltree OR EXISTS (
         SELECT 1 FROM score_entry s WHERE s.bulletin_id = b.id AND s.unit_path <@ $1::ltree))`,
    ];
    if (f.year != null) where.push(`b.year = ${p(queryYear(f.year, new Date()))}`);
    if (f.kind) where.push(`b.kind = ${p(f.kind)}`);
    // Same scope as any list of bulletins: the item filter only narrows it.
    if (f.itemId) where.push(`b.item_id = ${p(f.itemId)}::bigint`);
    return newestFirstPage<BulletinEntity>(
      ctx.db,
      { from: 'bulletin b', alias: 'b', columns: BULLETIN_COLUMNS, where, params },
      first,
      after,
    );
  }

  /** One bulletin as the caller may read it (issued in its subtree or naming a unit in it), else null. */
  async bulletin(ctx: RequestContext, id: string): Promise<BulletinEntity | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const [b] = await ctx.db.query<BulletinEntity>(
      `SELECT ${BULLETIN_COLUMNS} FROM bulletin b WHERE b.id = $1`,
      [id],
    );
    return b ?? null;
  }

  /** The score entries of a bulletin that fall in the caller's subtree (a named unit sees only its own). */
  targetsOf(ctx: RequestContext) {
    return ctx.loader(
      'bulletin.targets',
      () =>
        new DataLoader<string, ScoreEntryEntity[]>(async (ids) => {
          const rows = await ctx.db.query<ScoreEntryEntity>(
            `SELECT ${SCORE_ENTRY_COLUMNS} FROM score_entry s
              WHERE s.bulletin_id = ANY($1::bigint[]) AND s.unit_path <@ $2::ltree ORDER BY s.id`,
            [ids, ctx.requireActor().unitPath],
          );
          return ids.map((id) => rows.filter((r) => String(r.bulletinId) === String(id)));
        }),
    );
  }

  /**
   * 考评记分板: one row per unit directly under `parentId` (default: the caller's unit). Bulletin points
   * are the unit's own; the office metrics cover its whole subtree. All children in one statement.
   */
  async scoreboard(
    ctx: RequestContext,
    year: number | null | undefined,
    parentId: string | null | undefined,
  ): Promise<ScoreboardRowValues[]> {
    const actor = ctx.requireActor();
    const y = queryYear(year, new Date());
    const parent = parentId ?? actor.orgUnitId;
    const [found] = /^\d{1,18}$/.test(parent)
      ? await ctx.db.query(`SELECT 1 FROM org_unit WHERE id = $1 AND path <@ $2::ltree`, [
          parent,
          actor.unitPath,
        ])
      : [];
    if (!found) throw notFound(UNIT, parent);
    const { from, to } = yearRange(y);
    const rows = await ctx.db.query<ScoreboardCounts>(
      `WITH kids AS MATERIALIZED (
         SELECT o.id, o.path, o.sort FROM org_unit o WHERE o.parent_id = $1 AND o.path <@ $2::ltree
       ),
       -- 办结率 / 按时办结率: live leaf assignments (split ones are counted through their children), due in the year.
       work AS (
         SELECT k.id,
                count(*) FILTER (WHERE a.status <> '${S.WITHDRAWN}')::int AS applicable,
                count(*) FILTER (WHERE a.status = '${S.DONE}')::int AS done,
                count(*) FILTER (WHERE a.status = '${S.DONE}' AND NOT a.done_late)::int AS on_time
           FROM kids k JOIN org_unit d ON d.path <@ k.path JOIN assignment a ON a.unit_id = d.id
          WHERE NOT a.split AND NOT a.not_applicable AND a.deadline >= $3 AND a.deadline < $4
          GROUP BY k.id
       ),
       -- 退回率: review decisions on reports in the year; RETURNED = 退回重办.
       reviews AS (
         SELECT k.id,
                count(*)::int AS reviewed,
                count(*) FILTER (WHERE r.status = '${R.RETURNED}')::int AS returned
           FROM kids k JOIN report r ON r.unit_path <@ k.path
          WHERE r.status IN ('${R.ACCEPTED}', '${R.RETURNED}') AND r.reviewed_at >= $3 AND r.reviewed_at < $4
          GROUP BY k.id
       ),
       -- 复查复议率: items the subtree's offices issued, first concluded in the year, and of those the
       -- reopened ones (countsAsReopened: reopen_count > 0).
       closings AS (
         SELECT k.id,
                count(*)::int AS closed,
                count(*) FILTER (WHERE i.reopen_count > 0)::int AS reopened
           FROM kids k JOIN supervision_item i ON i.issuer_path <@ k.path
          WHERE i.first_concluded_at >= $3 AND i.first_concluded_at < $4
          GROUP BY k.id
       ),
       scores AS (
         SELECT s.unit_id AS id,
                sum(s.points)::int AS points,
                count(*) FILTER (WHERE s.kind = 'PRAISE')::int AS praises,
                count(*) FILTER (WHERE s.kind = 'CRITICISM')::int AS criticisms,
                array_agg(DISTINCT b.responsible_person ORDER BY b.responsible_person)
                  FILTER (WHERE s.admonish AND b.responsible_person IS NOT NULL) AS admonished
           FROM score_entry s JOIN bulletin b ON b.id = s.bulletin_id
          WHERE s.unit_id IN (SELECT id FROM kids) AND s.year = $5
          GROUP BY s.unit_id
       )
       SELECT k.id::text AS "unitId",
              coalesce(s.points, 0) AS "bulletinPoints",
              coalesce(s.praises, 0) AS "praiseCount",
              coalesce(s.criticisms, 0) AS "criticismCount",
              coalesce(s.admonished, '{}') AS "admonishedPersons",
              coalesce(w.applicable, 0) AS applicable,
              coalesce(w.done, 0) AS done,
              coalesce(w.on_time, 0) AS "onTime",
              coalesce(v.reviewed, 0) AS reviewed,
              coalesce(v.returned, 0) AS returned,
              coalesce(c.closed, 0) AS "closedItems",
              coalesce(c.reopened, 0) AS "reopenedItems"
         FROM kids k
         LEFT JOIN work w ON w.id = k.id
         LEFT JOIN reviews v ON v.id = k.id
         LEFT JOIN closings c ON c.id = k.id
         LEFT JOIN scores s ON s.id = k.id
        ORDER BY k.sort, k.id`,
      [parent, actor.unitPath, from, to, y],
    );
    return rows.map((r) => toScoreboardRow(r, y));
  }
}
