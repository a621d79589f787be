import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { toClientError } from '../errors/client-error';

/**
 * Maps what resolvers throw to the errors clients see: our AppErrors untouched, a broken business rule
 * from @duban/rules as BAD_USER_INPUT (with its `field`), a refused state transition as CONFLICT, a
 * database refusal of a bad value as BAD_USER_INPUT (toClientError). Anything else is passed on as it
 * is: the masking backstop (`formatError`, error-masking.ts) logs it once with the request's
 * correlation id and answers "内部错误，编号 …", the same as for errors from field resolvers,
 * DataLoaders and plugins, which never pass through this filter.
 */
@Catch()
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') throw error;
    return toClientError(error) ?? error;
  }
}
