import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Light } from '@duban/rules';
import { AppError, badInput, notFound, RequestContext } from '@duban/platform';
import { AuditService } from '../audit/audit.service';

export interface LightOverride {
  light: Light;
  reason: string;
}

/**
 * 人工调整灯色: a supervisor or leader may set a roll-up's light by hand for a unit in their subtree,
 * only with a reason; setting and clearing are audited. Readers see the override with its reason.
 */
@Injectable()
export class RollupOverrideService {
  constructor(private readonly audit: AuditService) {}

  async set(ctx: RequestContext, itemId: string, unitId: string, light: Light | null, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = reason.trim();
    if (!text)
      throw badInput(
        light
          ? { zh: '人工调整灯色必须填写理由', en: 'A manual light override needs a reason' }
          : { zh: '取消人工调整也须填写理由', en: 'Clearing an override needs a reason too' },
        'reason',
      );
    if (!/^\d+$/.test(unitId) || !/^\d+$/.test(itemId)) throw notFound({ zh: '单位', en: 'Unit' }, unitId);
    // The unit must be inside the caller's own subtree (RLS alone would also show ancestors).
    const [unit] = await em.query(
      `SELECT o.id, o.tenant_id, o.path::text AS path FROM org_unit o WHERE o.id = $1 AND o.path <@ $2::ltree`,
      [unitId, actor.unitPath],
    );
    if (!unit) throw notFound({ zh: '单位', en: 'Unit' }, unitId);
    const [rolled] = await em.query(`SELECT 1 FROM roll_up WHERE item_id = $1 AND unit_id = $2`, [
      itemId,
      unitId,
    ]);
    if (!rolled)
      throw badInput(
        { zh: '该单位没有此事项的汇总，无法调整灯色', en: 'This unit has no roll-up for the item' },
        'orgUnitId',
      );
    const [before] = await em.query(
      `SELECT light, reason FROM rollup_override WHERE item_id = $1 AND unit_id = $2 FOR UPDATE`,
      [itemId, unitId],
    );
    if (light)
      await em.query(
        `INSERT INTO rollup_override (item_id, unit_id, tenant_id, unit_path, light, reason, created_by)
         VALUES ($1, $2, $3, $4::ltree, $5, $6, $7)
         ON CONFLICT (item_id, unit_id) DO UPDATE SET light = EXCLUDED.light, reason = EXCLUDED.reason,
           created_by = EXCLUDED.created_by, created_at = now()`,
        [itemId, unitId, unit.tenant_id, unit.path, light, text, actor.userId],
      );
    else if (before)
      await em.query(`DELETE FROM rollup_override WHERE item_id = $1 AND unit_id = $2`, [itemId, unitId]);
    else throw new AppError('CONFLICT', { zh: '该汇总没有人工调整', en: 'There is no override to clear' });
    await this.audit.append(em, actor, {
      chainKey: `rollup:${itemId}:${unitId}`,
      unitPath: unit.path,
      itemId,
      action: light ? 'rollup.light_overridden' : 'rollup.override_cleared',
      before: before ?? null,
      after: light ? { light, reason: text } : null,
      text,
    });
  }

  overrides(ctx: RequestContext): DataLoader<string, LightOverride | null> {
    return ctx.loader(
      'rollup.overrides',
      () =>
        new DataLoader<string, LightOverride | null>(async (keys) => {
          const pairs = keys.map((k) => k.split(':'));
          const rows = await ctx.db.query<{ unit_id: string; item_id: string; light: Light; reason: string }>(
            `SELECT o.unit_id, o.item_id, o.light, o.reason FROM rollup_override o
               JOIN unnest($1::bigint[], $2::bigint[]) AS k(unit_id, item_id)
                 ON k.unit_id = o.unit_id AND k.item_id = o.item_id`,
            [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
          );
          const byKey = new Map(
            rows.map((r) => [`${r.unit_id}:${r.item_id}`, { light: r.light, reason: r.reason }]),
          );
          return keys.map((k) => byKey.get(k) ?? null);
        }),
    );
  }
}
