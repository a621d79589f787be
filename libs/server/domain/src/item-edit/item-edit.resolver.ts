import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@duban/rules';
import { Ctx, RequestContext, Roles } from '@duban/platform';
import { EditSupervisionItemInput, SupervisionItemEntity } from '../item';
import { ItemEditService } from './item-edit.service';

@Resolver()
export class ItemEditResolver {
  constructor(private readonly service: ItemEditService) {}

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description:
      '编辑: the issuing office corrects an open item (title, content, requirements, deadline) and adds or removes units, audited field by field; CONFLICT when the item changed since `expectedVersion`',
  })
  editSupervisionItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('input') input: EditSupervisionItemInput,
  ) {
    return this.service.editItem(ctx, itemId, input);
  }
}
