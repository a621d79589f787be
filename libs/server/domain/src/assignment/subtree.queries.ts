import { Inject, Injectable, Optional } from '@nestjs/common';
import { DEFAULT_SIGN_WITHIN_WORKING_DAYS, Light, workingDaysCutoff } from '@duban/rules';
import { AppConfig, Connection, notFound, pageSize, RequestContext, toConnection } from '@duban/platform';
import { CONFIG } from '../config.token';
import { orgScope } from '../org';
import { AssignmentRow } from './assignment.row';
import { AssignmentSort } from './assignment-list.dto';
import { decodeListCursor, listCursorKey, ListOrder, listOrder } from './assignment-list.sql';
import { chainRepository } from './chain.repository';
import { SubtreeAssignmentFilter } from './subtree.dto';

const UNIT = { zh: '单位', en: 'Unit' };
/** 下级办理's own order: soonest deadline first. */
const SOONEST: ListOrder = { tag: 'DEADLINE:asc', expr: 'a.deadline', cast: 'timestamptz', desc: false };

/**
 * 下级办理, the read model of chasing along the chain: what an office's subtree holds from the
 * items of the offices above it, wherever in the chain it was assigned (a city item cascaded straight
 * to 睢县's townships included). Scoped to the caller's subtree here and by RLS underneath.
 */
@Injectable()
export class SubtreeQueries {
  private readonly signWithinWorkingDays: number;

  constructor(@Optional() @Inject(CONFIG) config?: Pick<AppConfig, 'SIGN_WITHIN_WORKING_DAYS'>) {
    this.signWithinWorkingDays = config?.SIGN_WITHIN_WORKING_DAYS ?? DEFAULT_SIGN_WITHIN_WORKING_DAYS;
  }

  /** The open shares under `unitId` (default: the caller's unit), soonest deadline first unless sorted. */
  async open(
    ctx: RequestContext,
    unitId: string | null,
    filter: SubtreeAssignmentFilter | null,
    first?: number | null,
    after?: string | null,
    sort?: AssignmentSort | null,
  ): Promise<Connection<AssignmentRow>> {
    const actor = ctx.requireActor();
    const size = pageSize(first);
    const order = listOrder(sort, 'u.name', SOONEST);
    const cursor = decodeListCursor(after, order);
    // Only an office inside the caller's own subtree (RLS would also show the ancestors).
    const office = unitId ? await orgScope.unit(ctx.db, unitId, actor.unitPath) : { path: actor.unitPath };
    if (!office) throw notFound(UNIT, unitId ?? '');
    const now = new Date();
    const { n, rows } = await chainRepository.subtreeOpen(
      ctx.db,
      {
        officePath: office.path,
        statuses: filter?.status ?? null,
        lights: (filter?.light as Light[] | undefined) ?? null,
        overdue: filter?.overdue ?? null,
        unitKinds: filter?.unitKind ?? null,
        search: filter?.search ?? null,
        unsigned: filter?.unsigned ?? null,
        now,
        unsignedBefore: workingDaysCutoff(now, this.signWithinWorkingDays),
      },
      { order, size, after: cursor },
    );
    return toConnection(rows, size, n, listCursorKey(order));
  }
}
