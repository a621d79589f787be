import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';

/**
 * A field resolver that Nest hands to GraphQL as it is: called as `(parent, args, context, info)`,
 * without building an execution context and injecting each parameter on every call (its fast path for
 * field resolvers without parameter metadata). For fields resolved once per row of a long list, such
 * as a roll-up per child unit. Put it above @ResolveField, and write the parameters in that order with
 * @Parent(), @Args() (an @ArgsType: it still declares the schema's arguments), @Ctx() and @Info():
 * they then describe what GraphQL passes, and are not run per call.
 */
export function PlainFieldResolver(): MethodDecorator {
  return (target, key) => {
    Reflect.deleteMetadata(ROUTE_ARGS_METADATA, target.constructor, key);
  };
}
