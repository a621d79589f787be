import { Injectable } from '@nestjs/common';
import { ItemAction, ItemStatus, RuleViolation } from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { requireYearArchiveAccess } from '../access';
import { AuditService } from '../audit';
import { itemRepository } from './item.repository';
import { ItemService } from './item.service';

const YEAR = { zh: '请选择2000年至今的年度', en: 'Choose a year from 2000 up to this year' };

/** The Beijing calendar year of `now` (the office's 年度). */
const beijingYear = (now: Date) => new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();

/**
 * 归档: a concluded item becomes a record (已归档) — readable and searchable, changed by nobody.
 * One by one, or 年度归档: every item the office concluded in a year, in one statement.
 */
@Injectable()
export class ItemArchiveService {
  constructor(
    private readonly items: ItemService,
    private readonly audit: AuditService,
  ) {}

  async archiveItem(ctx: RequestContext, itemId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const item = await this.items.lock(em, actor, itemId);
    await this.items.transition(em, actor, item, ItemAction.ARCHIVE, { event: 'item.archived' });
    return this.items.get(em, itemId);
  }

  /** How many of the office's items 年度归档 of `year` would archive now. */
  archivableCount(ctx: RequestContext, year: number): Promise<number> {
    const actor = ctx.requireActor();
    requireYearArchiveAccess(actor);
    return itemRepository.countArchivable(ctx.db, actor.orgUnitId, checkYear(year));
  }

  /**
   * 年度归档: the office's items first concluded in `year` (Beijing time) and still concluded are
   * archived; each item's own trail records it. Idempotent: a second run finds none and returns 0.
   */
  async archiveConcludedItems(ctx: RequestContext, year: number): Promise<number> {
    const actor = ctx.requireActor();
    requireYearArchiveAccess(actor);
    const em = await ctx.db.manager();
    const moved = await itemRepository.archiveConcluded(em, actor.orgUnitId, checkYear(year));
    await this.audit.appendMany(
      em,
      actor,
      moved.map((i) => ({
        chainKey: `item:${i.id}`,
        unitPath: i.issuerPath,
        itemId: i.id,
        action: 'item.archived',
        before: { status: ItemStatus.CONCLUDED },
        after: { status: ItemStatus.ARCHIVED, year },
        text: `${year}年度归档`,
      })),
    );
    return moved.length;
  }
}

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > beijingYear(new Date()))
    throw new RuleViolation(YEAR, 'year');
  return year;
}
