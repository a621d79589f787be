import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { ConnectionType, Ctx, RequestContext, FIRST_ARG, AFTER_ARG } from '@duban/platform';
import { ItemQueries, SupervisionItemEntity } from '../item';
import { NotificationEntity, NotificationView } from './notification.entity';
import { NotificationHub } from './notification.hub';
import { NotificationService } from './notification.service';

export const NotificationConnection = ConnectionType(NotificationEntity, 'Notification');

@Resolver(() => NotificationEntity)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly hub: NotificationHub,
    private readonly items: ItemQueries,
  ) {}

  @Query(() => NotificationConnection, { description: '我的消息: the caller’s notifications, newest first' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
    @Args('first', FIRST_ARG) first?: number,
    @Args('after', AFTER_ARG) after?: string,
  ) {
    return this.service.list(ctx, { unreadOnly, first, after });
  }

  @Query(() => Int, { description: '未读消息数: the caller’s unread notifications' })
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return this.service.unreadCount(ctx);
  }

  @Mutation(() => Int, {
    description:
      '标记已读 (read receipt): the caller’s own notifications only; null ids = all. Returns how many changed.',
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ) {
    return this.service.markRead(ctx, ids);
  }

  @Subscription(() => NotificationEntity, {
    description: '新消息推送: the caller’s new notifications, live over graphql-ws',
  })
  notificationAdded(@Ctx() ctx: RequestContext) {
    return this.hub.listen(ctx.requireActor());
  }

  @ResolveField(() => String, {
    description: 'Title in the caller’s language (Accept-Language, else profile)',
  })
  title(@Ctx() ctx: RequestContext, @Parent() notification: NotificationView) {
    return ctx.locale === 'en' ? notification.titleEn : notification.titleZh;
  }

  @ResolveField(() => SupervisionItemEntity, {
    nullable: true,
    description:
      '督查事项 the message is about (编号, 名称); null when none or not visible to the caller (RLS)',
  })
  item(@Ctx() ctx: RequestContext, @Parent() notification: NotificationView) {
    return notification.itemId ? this.items.itemById(ctx).load(String(notification.itemId)) : null;
  }
}
