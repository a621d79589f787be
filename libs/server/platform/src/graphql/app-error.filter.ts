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
    const code = sqlStateOf(error);
    if (code && BAD_INPUT_SQLSTATES.has(code)) {
      // The value slipped past the edge rules: the client's fault, but keep the database's text to the log.
      this.logger.warn(`bad input reached the database (SQLSTATE ${code}): ${(error as Error).message}`);
      return badInput({
        zh: '输入的值无效或超出允许范围，请检查后重试',
        en: 'A value you sent is not valid or is beyond the allowed limits; please check it and retry',
      });
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return new AppError('INTERNAL_SERVER_ERROR', {
      zh: '服务器内部错误，请稍后重试或联系管理员',
      en: 'Internal server error; please retry later or contact the administrator',
    });
  }
}

/**
 * SQLSTATEs that can only mean a value the client sent was unacceptable: 22003 numeric out of range,
 * 22P02 invalid text representation, 22007/22008 bad datetime, 22001 string too long, 22021 bad
 * character (NUL), 23514 check violation. Everything else stays an internal error.
 */
export const BAD_INPUT_SQLSTATES = new Set(['22003', '22P02', '22007', '22008', '22001', '22021', '23514']);

/** The PostgreSQL error code of a driver or TypeORM error, if any. */
export function sqlStateOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** The client-facing error for an expected failure; null for anything unexpected. */
export function toAppError(error: unknown): GraphQLError | null {
  if (error instanceof GraphQLError) return error;
  if (error instanceof RuleViolation) return badInput(error.text, error.field);
  if (error instanceof IllegalTransitionError) return conflict(error.text);
  return null;
}
