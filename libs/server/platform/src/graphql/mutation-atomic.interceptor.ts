import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Reflector } from '@nestjs/core';
import { RequestContext } from '../context/request-context';
import { IS_PUBLIC } from '../auth/decorators';

/**
 * Every top-level mutation is its own transaction: it commits as soon as its resolver returns (the
 * response's fields are then read in a fresh one), or rolls back entirely and changes nothing.
 */
@Injectable()
export class MutationAtomicInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(execution);
    const info = gql.getInfo();
    if (info.parentType.name !== 'Mutation') return next.handle();
    // Public mutations (login) write no tenant data and may re-bind the session to the new caller.
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [execution.getHandler(), execution.getClass()]))
      return next.handle();
    const ctx = gql.getContext<RequestContext>();
    return from(
      (async () => {
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          await ctx.db.endTransaction(true);
          return result;
        } catch (err) {
          await ctx.db.endTransaction(false);
          throw err;
        }
      })(),
    );
  }
}
