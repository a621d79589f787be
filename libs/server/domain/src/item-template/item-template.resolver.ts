import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { formatShanghaiDate, Role, upcomingRuns } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { ItemTemplateOperation, itemTemplateOperations } from '../access';
import { SupervisionItemEntity } from '../item';
import { OrgService, OrgUnitEntity } from '../org';
import { ItemTemplateInput, RecurrenceInput, TemplateOverridesInput } from './item-template.dto';
import { ItemTemplateService, PREVIEW_MAX, ruleOfInput } from './item-template.service';
import { ItemTemplateView, ruleOf } from './item-template.view';

const RUNS_ARG = {
  type: () => Int,
  nullable: true,
  defaultValue: 3,
  description: `How many (at most ${PREVIEW_MAX})`,
};

/** 模板与周期事项: an office's templates, for a supervisor of that office. */
@Resolver(() => ItemTemplateView)
export class ItemTemplateResolver {
  constructor(
    private readonly service: ItemTemplateService,
    private readonly org: OrgService,
  ) {}

  @Query(() => [ItemTemplateView], {
    description: 'The item templates of an office (default: yours), for a supervisor of that office',
  })
  itemTemplates(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ) {
    return this.service.list(ctx, unitId);
  }

  @Query(() => ItemTemplateView, { nullable: true })
  itemTemplate(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.find(ctx, id);
  }

  @Query(() => [String], {
    description: 'The next days (YYYY-MM-DD, China calendar) a recurrence would register on, from today',
  })
  previewRecurrence(
    @Args('recurrence', { type: () => RecurrenceInput }) recurrence: RecurrenceInput,
    @Args('first', RUNS_ARG) first: number,
  ) {
    return this.service.previewRuns(ruleOfInput(recurrence), first);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ItemTemplateView, {
    description: '新建模板 of your office; a recurring one runs by itself',
  })
  createItemTemplate(@Ctx() ctx: RequestContext, @Args('input') input: ItemTemplateInput) {
    return this.service.create(ctx, input);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ItemTemplateView, {
    description: 'Edits a template; its next run is recomputed from today and it runs as you from now on',
  })
  updateItemTemplate(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ItemTemplateInput,
  ) {
    return this.service.update(ctx, id, input);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ItemTemplateView, { description: '停用 (false) / 启用 (true) a template' })
  setItemTemplateActive(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ) {
    return this.service.setActive(ctx, id, active);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ID, {
    description: 'Deletes a template (the items it registered stay); returns its id',
  })
  deleteItemTemplate(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(ctx, id);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description:
      '用此模板登记: registers (立项, numbered) and assigns one item from a template now, its title filled in for today',
  })
  registerItemFromTemplate(
    @Ctx() ctx: RequestContext,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('overrides', { type: () => TemplateOverridesInput, nullable: true })
    overrides?: TemplateOverridesInput,
  ) {
    return this.service.registerFromTemplate(ctx, templateId, overrides ?? {});
  }

  @ResolveField(() => [String], {
    description: 'The next days it will register on (none when it will not run)',
  })
  nextRuns(@Parent() t: ItemTemplateView, @Args('first', RUNS_ARG) first: number) {
    if (!t.active || !t.nextRunOn) return [];
    const from = t.nextRunOn > formatShanghaiDate(new Date()) ? t.nextRunOn : formatShanghaiDate(new Date());
    return upcomingRuns(ruleOf(t), from, Math.min(Math.max(first, 0), PREVIEW_MAX));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  ownerUnit(@Ctx() ctx: RequestContext, @Parent() t: ItemTemplateView) {
    return this.org.byId(ctx).load(t.ownerUnitId);
  }

  @ResolveField(() => [ItemTemplateOperation], {
    description: 'What you may do with this template now (the admin offers exactly these)',
  })
  allowedActions(@Ctx() ctx: RequestContext, @Parent() t: ItemTemplateView) {
    return itemTemplateOperations(ctx.requireActor(), t.ownerUnitId);
  }
}
