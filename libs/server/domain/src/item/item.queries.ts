import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Connection, RequestContext } from '@duban/platform';
import { SupervisionItemFilter } from './item.dto';
import { itemRepository } from './item.repository';
import { SupervisionItemEntity } from './supervision-item.entity';

/** Read side of items: scoped by the caller's subtree (and by RLS underneath). */
@Injectable()
export class ItemQueries {
  items(
    ctx: RequestContext,
    f: SupervisionItemFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<SupervisionItemEntity>> {
    return itemRepository.list(ctx.db, ctx.requireActor().unitPath, f, first, after);
  }

  itemById(ctx: RequestContext) {
    return ctx.loader(
      'item.byId',
      () =>
        new DataLoader<string, SupervisionItemEntity | null>(async (ids) => {
          const rows = await itemRepository.byIds(ctx.db, ids);
          const byId = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => byId.get(String(id)) ?? null);
        }),
    );
  }
}
