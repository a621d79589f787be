import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Light } from '@duban/rules';
import { AppError, badInput, notFound, RequestContext } from '@duban/platform';
import { requireLightOverride } from '../access';
import { AuditService } from '../audit';
import { orgScope } from '../org';
import { rollupRepository } from './rollup.repository';
import { isId } from '../shared';

export interface LightOverride {
  light: Light;
  reason: string;
}

const UNIT = { zh: '单位', en: 'Unit' };

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
    if (!isId(unitId) || !isId(itemId)) throw notFound(UNIT, unitId);
    const unit = await orgScope.unit(em, unitId, actor.unitPath);
    if (!unit) throw notFound(UNIT, unitId);
    requireLightOverride(actor, unit.path);
    if (!(await rollupRepository.exists(em, itemId, unitId)))
      throw badInput(
        { zh: '该单位没有此事项的汇总，无法调整灯色', en: 'This unit has no roll-up for the item' },
        'orgUnitId',
      );
    const before = await rollupRepository.lockOverride(em, itemId, unitId);
    if (light)
      await rollupRepository.upsertOverride(em, {
        itemId,
        unitId,
        tenantId: unit.tenantId,
        unitPath: unit.path,
        light,
        reason: text,
        by: actor.userId,
      });
    else if (before) await rollupRepository.deleteOverride(em, itemId, unitId);
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
          const rows = await rollupRepository.overrides(
            ctx.db,
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          const byKey = new Map(
            rows.map((r) => [`${r.unit_id}:${r.item_id}`, { light: r.light, reason: r.reason }]),
          );
          return keys.map((k) => byKey.get(k) ?? null);
        }),
    );
  }
}
