import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { IllegalTransitionError, RuleViolation } from '@duban/rules';
import { badInput, conflict } from './app-error';

const logger = new Logger('GraphQL');

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

/**
 * The client-facing error for an expected failure, null for anything unexpected. Our own GraphQL
 * errors pass as they are; a broken business rule from @duban/rules becomes BAD_USER_INPUT (with its
 * `field`), a refused state transition CONFLICT, both with their bilingual text; a database refusal
 * that can only mean a bad value becomes a generic BAD_USER_INPUT (its text goes to the log only).
 */
export function toClientError(error: unknown): GraphQLError | null {
  if (error instanceof GraphQLError) return error;
  if (error instanceof RuleViolation) return badInput(error.text, error.field);
  if (error instanceof IllegalTransitionError) return conflict(error.text);
  const code = sqlStateOf(error);
  if (code && BAD_INPUT_SQLSTATES.has(code)) {
    // The value slipped past the edge rules: the client's fault, but the database's text stays in the log.
    logger.warn(`bad input reached the database (SQLSTATE ${code}): ${(error as Error).message}`);
    return badInput({
      zh: '输入的值无效或超出允许范围，请检查后重试',
      en: 'A value you sent is not valid or is beyond the allowed limits; please check it and retry',
    });
  }
  return null;
}
