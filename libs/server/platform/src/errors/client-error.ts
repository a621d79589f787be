import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { IllegalTransitionError, RuleViolation } from '@duban/rules';
import { badInput, conflict, serviceUnavailable } from './app-error';

const logger = new Logger('GraphQL');

/**
 * SQLSTATEs that can only mean a value the client sent was unacceptable: 22003 numeric out of range,
 * 22P02 invalid text representation, 22007/22008 bad datetime, 22001 string too long, 22021 bad
 * character (NUL), 23514 check violation. Everything else stays an internal error.
 */
export const BAD_INPUT_SQLSTATES = new Set(['22003', '22P02', '22007', '22008', '22001', '22021', '23514']);

/**
 * SQLSTATEs of a database that is going away or cannot take us: class 08 (connection exception),
 * 57P01–57P03 (administrator/crash shutdown, cannot connect now), 53300 (too many connections).
 */
const OUTAGE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** Socket errors of a peer that is down or unreachable (pg and ioredis both report these). */
const OUTAGE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** What pg, its pool and ioredis say when a connection is lost, not available, or gave up retrying. */
// pg's "not queryable": a query sent on a client whose connection already failed or closed.
const OUTAGE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Connection is closed\.|Stream isn't writeable|Client (has encountered a connection error|was closed) and is not queryable)/;

/** Whether an error means PostgreSQL or Redis is unavailable (retryable), not that the request was wrong. */
export function isOutage(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; message?: unknown; driverError?: unknown } | null;
  if (!e) return false;
  const state = sqlStateOf(e);
  if (state && OUTAGE_SQLSTATE.test(state)) return true;
  if (typeof e.code === 'string' && OUTAGE_ERRNO.has(e.code)) return true;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  // TypeORM releases a query runner by itself when its connection fails (the server restarted, the
  // backend was terminated); the session's next statement, often the COMMIT, then gets this instead
  // of the connection's error. Nothing was committed: the server ended that transaction.
  if (e.name === 'QueryRunnerAlreadyReleasedError') return true;
  if (typeof e.message === 'string' && OUTAGE_MESSAGE.test(e.message)) return true;
  return e.driverError !== undefined && e.driverError !== e && isOutage(e.driverError);
}

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
  if (isOutage(error)) {
    logger.warn(`dependency unavailable: ${(error as Error).message}`);
    return serviceUnavailable();
  }
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
