import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  checkRecurrence,
  expandTitle,
  formatShanghaiDate,
  nextRunDate,
  periodOf,
  RecurrenceFrequency,
  type RecurrenceRule,
  runOnOrAfter,
  templateDeadline,
  upcomingRuns,
} from '@duban/rules';
import { Actor, badInput, notFound, RequestContext } from '@duban/platform';
import { requireItemTemplateAccess } from '../access';
import { CascadeService } from '../assignment';
import { AuditService } from '../audit';
import { ItemService, SupervisionItemEntity } from '../item';
import { orgScope } from '../org';
import { requiredText } from '../shared';
import { ItemTemplateInput, RecurrenceInput, TemplateOverridesInput } from './item-template.dto';
import { itemTemplateRepository as templates, TemplateFields } from './item-template.repository';
import { ItemTemplateView, ruleOf } from './item-template.view';

export const ITEM_TEMPLATE = { zh: '事项模板', en: 'Item template' };

/** At most this many runs in a preview. */
export const PREVIEW_MAX = 12;

export const ruleOfInput = (r: RecurrenceInput): RecurrenceRule => ({
  frequency: r.frequency,
  dayOfMonth: r.dayOfMonth ?? 0,
  month: r.month ?? null,
  dueWorkingDays: r.dueWorkingDays,
  startOn: r.startOn,
  endOn: r.endOn || null,
});

/** The first run from today on, or none for a plain template (or one whose end has passed). */
const firstRun = (rule: RecurrenceRule, now: Date) => runOnOrAfter(rule, formatShanghaiDate(now));

/**
 * 模板与周期事项: an office keeps templates of items it registers again and again; one registers an
 * item now (用此模板登记), and a recurring one is registered by the sweeper on its days. Both go through
 * 立项 and 交办 themselves (ItemService, CascadeService): numbered in the office's series, audited.
 */
@Injectable()
export class ItemTemplateService {
  constructor(
    private readonly items: ItemService,
    private readonly cascade: CascadeService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: ItemTemplateInput): Promise<ItemTemplateView> {
    const actor = ctx.requireActor();
    requireItemTemplateAccess(actor, actor.orgUnitId);
    const em = await ctx.db.manager();
    const fields = await this.fields(em, actor, input);
    const id = await templates.insert(em, actor, fields);
    await this.record(em, actor, id, actor.unitPath, 'item_template.created', null, fields);
    return this.get(em, id);
  }

  async update(ctx: RequestContext, id: string, input: ItemTemplateInput): Promise<ItemTemplateView> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const before = await this.lock(em, actor, id);
    const fields = await this.fields(em, actor, input);
    await templates.update(em, id, fields);
    await this.record(em, actor, id, before.unitPath, 'item_template.updated', before, fields);
    return this.get(em, id);
  }

  /** 停用 / 启用: a stopped template is not run; started again, it runs from its next day on. */
  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<ItemTemplateView> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const t = await this.lock(em, actor, id);
    await templates.setActive(em, id, active, active ? firstRun(ruleOf(t), new Date()) : null);
    await this.record(
      em,
      actor,
      id,
      t.unitPath,
      active ? 'item_template.activated' : 'item_template.deactivated',
      {
        active: t.active,
      },
      { active },
    );
    return this.get(em, id);
  }

  /** Deletes the template and its run records; the items it registered stay as they are. */
  async remove(ctx: RequestContext, id: string): Promise<string> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const t = await this.lock(em, actor, id);
    await templates.remove(em, id);
    await this.record(em, actor, id, t.unitPath, 'item_template.deleted', { name: t.name }, null);
    return id;
  }

  /** The templates of an office, for a supervisor of that office. */
  async list(ctx: RequestContext, unitId: string | undefined): Promise<ItemTemplateView[]> {
    const actor = ctx.requireActor();
    const unit = unitId ?? actor.orgUnitId;
    requireItemTemplateAccess(actor, unit);
    return templates.ofUnit(ctx.db, unit);
  }

  async find(ctx: RequestContext, id: string): Promise<ItemTemplateView | null> {
    const t = await templates.find(ctx.db, id);
    if (t) requireItemTemplateAccess(ctx.requireActor(), t.ownerUnitId);
    return t;
  }

  /** The next `n` days the sweeper would register on, from today (China calendar). */
  previewRuns(rule: RecurrenceRule, n: number, now = new Date()): string[] {
    checkRecurrence(rule);
    return upcomingRuns(rule, formatShanghaiDate(now), Math.min(Math.max(n, 0), PREVIEW_MAX));
  }

  /** 用此模板登记: one item now, the title filled in for today and due per the template (or as given). */
  async registerFromTemplate(
    ctx: RequestContext,
    id: string,
    overrides: TemplateOverridesInput = {},
  ): Promise<SupervisionItemEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const t = await this.lock(em, actor, id);
    const today = formatShanghaiDate(new Date());
    return this.register(ctx, t, {
      title: overrides.title?.trim() || expandTitle(t.registration.title, today),
      deadline: overrides.deadline ?? templateDeadline(today, t.dueWorkingDays),
      note: `由模板「${t.name}」登记`,
    });
  }

  /**
   * A scheduled run, inside the sweeper's transaction for this template (locked by it): registers
   * the period's item, records the run (its key refuses a second item for the period) and moves
   * the template on. Missed periods: only the latest due run registers (see dueRun).
   */
  async run(
    ctx: RequestContext,
    t: ItemTemplateView,
    due: { runOn: string; skipped: string[] },
  ): Promise<SupervisionItemEntity> {
    const em = await ctx.db.manager();
    const period = periodOf(t.frequency, due.runOn);
    const missed = due.skipped.map((d) => periodOf(t.frequency, d));
    const item = await this.register(ctx, t, {
      title: expandTitle(t.registration.title, due.runOn),
      deadline: templateDeadline(due.runOn, t.dueWorkingDays),
      note:
        `由周期模板「${t.name}」按期生成（${period}期）` +
        (missed.length ? `；服务中断期间错过${missed.join('、')}期，未补登记` : ''),
    });
    await templates.recordRun(em, t, {
      period,
      runOn: due.runOn,
      itemId: String(item.id),
      skipped: due.skipped,
    });
    const next = nextRunDate(ruleOf(t), due.runOn);
    await templates.advance(em, t.id, due.runOn, next);
    await this.record(em, ctx.requireActor(), t.id, t.unitPath, 'item_template.ran', null, {
      period,
      runOn: due.runOn,
      itemId: String(item.id),
      regNumber: item.regNumber,
      skipped: due.skipped,
      nextRunOn: next,
    });
    return item;
  }

  /** 立项 and 交办 from the template's fields, as the caller (a supervisor of the owning office). */
  private async register(
    ctx: RequestContext,
    t: ItemTemplateView,
    run: { title: string; deadline: Date; note: string },
  ): Promise<SupervisionItemEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const reg = t.registration;
    const item = await this.items.createItem(ctx, {
      ...reg,
      title: run.title,
      deadline: run.deadline,
      draft: false,
    });
    await this.audit.append(em, actor, {
      chainKey: `item:${item.id}`,
      unitPath: actor.unitPath,
      itemId: String(item.id),
      action: 'item.from_template',
      after: { templateId: t.id },
      text: run.note,
    });
    const units = [...new Set([reg.leadUnitId, ...(reg.coUnitIds ?? [])].filter((u): u is string => !!u))];
    if (!units.length) return item;
    await this.cascade.assignItem(ctx, String(item.id), units, [], { leadUnitId: reg.leadUnitId ?? null });
    return this.items.get(em, String(item.id));
  }

  /**
   * What is stored: the checked recurrence and registration. The registration is checked here as 立项
   * will check it at each run (required texts, a positive target, units within the office's scope),
   * so a template that could never register is refused when saved.
   */
  private async fields(em: EntityManager, actor: Actor, input: ItemTemplateInput): Promise<TemplateFields> {
    const name = requiredText(input.name, 'name', { zh: '模板名称', en: 'Template name' }, 100);
    const rule = ruleOfInput(input.recurrence);
    checkRecurrence(rule);
    const reg = input.registration;
    const registration = {
      ...reg,
      title: requiredText(reg.title, 'title', { zh: '事项名称', en: 'Title' }, 200),
      content: requiredText(reg.content, 'content', { zh: '事项内容', en: 'Content' }),
    };
    if (reg.target != null && !(reg.target > 0))
      throw badInput(
        { zh: '量化目标必须大于0', en: 'The quantified target must be greater than 0' },
        'target',
      );
    const units = [...new Set([reg.leadUnitId, ...(reg.coUnitIds ?? [])].filter((u): u is string => !!u))];
    if (units.length && (await orgScope.count(em, units, actor.unitPath)) !== units.length)
      throw badInput(
        {
          zh: '牵头或协办单位不在本单位管辖范围内',
          en: 'Lead or co-units must be within your own organisation',
        },
        'leadUnitId',
      );
    return {
      name,
      registration,
      rule,
      nextRunOn: rule.frequency === RecurrenceFrequency.NONE ? null : firstRun(rule, new Date()),
      runAs: actor.userId,
    };
  }

  private async lock(em: EntityManager, actor: Actor, id: string): Promise<ItemTemplateView> {
    const t = await templates.lock(em, id);
    if (!t) throw notFound(ITEM_TEMPLATE, id);
    requireItemTemplateAccess(actor, t.ownerUnitId);
    return t;
  }

  private async get(em: EntityManager, id: string): Promise<ItemTemplateView> {
    const t = await templates.find(em, id);
    if (!t) throw notFound(ITEM_TEMPLATE, id);
    return t;
  }

  private record(
    em: EntityManager,
    actor: Actor,
    id: string,
    unitPath: string,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    return this.audit.append(em, actor, { chainKey: `item_template:${id}`, unitPath, action, before, after });
  }
}
