import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { ItemArchiveService } from './item-archive.service';
import { SupervisionItemEntity } from './supervision-item.entity';

@Resolver()
export class ItemArchiveResolver {
  constructor(private readonly service: ItemArchiveService) {}

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description: '归档: 已办结 → 已归档, by the issuing office; it stays readable and searchable',
  })
  archiveSupervisionItem(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID }) itemId: string) {
    return this.service.archiveItem(ctx, itemId);
  }

  @Roles(Role.SUPERVISOR)
  @Query(() => Int, {
    description:
      '年度归档 preview: how many of your office’s items first concluded in the year are still 已办结',
  })
  archivableItemCount(@Ctx() ctx: RequestContext, @Args('year', { type: () => Int }) year: number) {
    return this.service.archivableCount(ctx, year);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => Int, {
    description:
      '年度归档: archives your office’s items first concluded in the year (Beijing time) that are still 已办结; returns how many (0 when run again)',
  })
  archiveConcludedItems(@Ctx() ctx: RequestContext, @Args('year', { type: () => Int }) year: number) {
    return this.service.archiveConcludedItems(ctx, year);
  }
}
