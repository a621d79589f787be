import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dueRun, formatShanghaiDate, nextRunDate, periodOf, RuleViolation } from '@duban/rules';
import { Actor, AppError, RequestContext, withSession } from '@duban/platform';
import { requireItemTemplateAccess } from '../access';
import { actorOfUser } from '../identity';
import { DueTemplate, itemTemplateRepository as templates } from './item-template.repository';
import { ItemTemplateService } from './item-template.service';
import { ruleOf } from './item-template.view';

export interface TemplateSweepResult {
  /** Items registered by recurring templates. */
  registered: number;
  /** Templates that could not run (their last_error says why). */
  failed: number;
}

/**
 * 周期事项 on schedule, run by the deadline sweeper: every active template whose next run day has come
 * (China calendar) registers its item as the supervisor who last saved it, re-read now (one deactivated,
 * moved or stripped of the role stops the template, with the reason on it). One transaction per
 * template run: the template row is locked with SKIP LOCKED (a concurrent sweep passes it by), re-read
 * as due, and the run's (template, period) key refuses a second item for a period whatever happens.
 */
@Injectable()
export class ItemTemplateSweep {
  private readonly logger = new Logger(ItemTemplateSweep.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly service: ItemTemplateService,
  ) {}

  /** `templateId` narrows the pass to one template (tests that move the clock leave others be). */
  async runDue(now = new Date(), options: { templateId?: string } = {}): Promise<TemplateSweepResult> {
    const today = formatShanghaiDate(now);
    const result: TemplateSweepResult = { registered: 0, failed: 0 };
    const roots: { tenant_id: string; path: string }[] = await this.dataSource.query(
      `SELECT * FROM duban_tenant_roots()`,
    );
    for (const root of roots) {
      const scope = { tenantId: String(root.tenant_id), path: root.path };
      const due = await withSession(this.dataSource, scope, (s) =>
        templates.due(s, scope.tenantId, today, options.templateId ?? null),
      );
      for (const t of due) {
        const outcome = await this.runOne(scope, t, today);
        if (outcome === 'registered') result.registered++;
        else if (outcome === 'failed') result.failed++;
      }
    }
    if (result.registered + result.failed)
      this.logger.log(`item templates: ${result.registered} registered, ${result.failed} could not run`);
    return result;
  }

  private async runOne(
    root: { tenantId: string; path: string },
    due: DueTemplate,
    today: string,
  ): Promise<'registered' | 'skipped' | 'failed'> {
    try {
      const actor = await this.actorFor(due);
      return await withSession(
        this.dataSource,
        { tenantId: actor.tenantId, path: actor.unitPath },
        async (s) => {
          const t = await templates.lockDue(s, due.id, today);
          if (!t) return 'skipped'; // another sweep holds it, or has just run it
          const run = t.nextRunOn ? dueRun(ruleOf(t), t.nextRunOn, today) : null;
          if (!run) {
            // Its end date passed before the run day: nothing more to run.
            await templates.advance(s, t.id, null, null);
            return 'skipped';
          }
          if (await templates.hasRun(s, t.id, periodOf(t.frequency, run.runOn))) {
            // Its period has its item already (the clock went back, or next_run_on was set by hand).
            await templates.advance(s, t.id, null, nextRunDate(ruleOf(t), run.runOn));
            return 'skipped';
          }
          const ctx = new RequestContext(s, actor.locale);
          ctx.actor = actor;
          await this.service.run(ctx, t, run);
          return 'registered';
        },
      );
    } catch (err) {
      const text = err instanceof AppError || err instanceof RuleViolation ? err.text : null;
      if (!text) throw err;
      // Nothing of the run was kept; the template says why until it runs or is saved again.
      await withSession(this.dataSource, root, (s) => templates.fail(s, due.id, `${text.zh}（${text.en}）`));
      this.logger.warn(`item template ${due.id} could not run: ${text.en}`);
      return 'failed';
    }
  }

  /** The supervisor the template runs as, as they are now; refused if they may no longer use it. */
  private async actorFor(due: DueTemplate): Promise<Actor> {
    const actor = await actorOfUser(this.dataSource, due.runAs);
    requireItemTemplateAccess(actor, due.ownerUnitId);
    return actor;
  }
}
