import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { IllegalTransitionError, RuleViolation } from '@duban/rules';
import { AppError, badInput, conflict } from '../errors/app-error';

/**
 * The one place where errors become GraphQL errors. Expected ones go to the client unlogged:
 * our own AppErrors untouched, a broken business rule from @duban/rules as BAD_USER_INPUT (with
 * its `field`), a refused state transition as CONFLICT, both with their bilingual text. Anything
 * else is logged once and reaches the client as a generic, bilingual internal error (no SQL or
 * stack in responses).
 */
@Catch()
export class AppErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') throw error;
    const expected = toAppError(error);
    if (expected) return expected;
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return new AppError('INTERNAL_SERVER_ERROR', {
      zh: '服务器内部错误，请稍后重试或联系管理员',
      en: 'Internal server error; please retry later or contact the administrator',
    });
  }
}

/** The client-facing error for an expected failure; null for anything unexpected. */
export function toAppError(error: unknown): GraphQLError | null {
  if (error instanceof GraphQLError) return error;
  if (error instanceof RuleViolation) return badInput(error.text, error.field);
  if (error instanceof IllegalTransitionError) return conflict(error.text);
  return null;
}
