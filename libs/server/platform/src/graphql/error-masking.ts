import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Bilingual } from '../errors/app-error';
import { toClientError } from '../errors/client-error';
import { CLIENT_ERROR_CODES } from '../errors/error-codes';
import { graphqlErrors } from '../observability/metrics';

export const REQUEST_ID_HEADER = 'x-request-id';
/** What we accept from a caller (a proxy's or client's id): no spaces, quotes or control characters. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's correlation id: a sane incoming `x-request-id`, else a fresh UUID. */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Fields a client may never see on any error, known or not. */
const PRIVATE_EXTENSIONS = ['stacktrace', 'exception', 'originalError'];

// Errors of a request → its correlation id; set when Apollo reports them, read when it formats them.
const correlation = new WeakMap<object, string>();
const logger = new Logger('GraphQL');

/** The innermost cause: GraphQL wraps what resolvers throw, sometimes twice. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

function withoutPrivate(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...formatted.extensions };
  for (const key of PRIVATE_EXTENSIONS) delete extensions[key];
  return { ...formatted, extensions };
}

export const internalErrorText = (id: string): Bilingual => ({
  zh: `内部错误，编号 ${id}`,
  en: `Internal error, reference ${id}`,
});

/**
 * Apollo's `formatError`: the backstop every error passes, wherever it was thrown (resolvers, field
 * resolvers, DataLoaders, plugins, context creation). A known client error (its code in ERROR_CODES,
 * raised as a GraphQL error by us, Apollo or graphql-js) goes out without private extensions; a rule
 * or bad-value error that skipped the Nest filter (field resolvers) is mapped as the filter would;
 * anything else is logged once with its stack and the request's correlation id and reaches the client
 * only as INTERNAL_SERVER_ERROR "内部错误，编号 <id>" with `extensions.correlationId`. The same in
 * development: the stack is in the server log, found by the id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = mask(formatted, error);
  graphqlErrors.inc({ code: String(answer.extensions?.code ?? 'UNKNOWN') });
  return answer;
}

function mask(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = rootCause(error);
  if (cause instanceof GraphQLError) {
    if (CLIENT_ERROR_CODES.has(formatted.extensions?.code as string)) return withoutPrivate(formatted);
  } else {
    const mapped = toClientError(cause);
    if (mapped) return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
  }
  const id = correlation.get(error as object) ?? randomUUID();
  const where = formatted.path ? ` at ${formatted.path.join('.')}` : '';
  const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
  logger.error(`internal error ${id}${where}: ${detail}`);
  const text = internalErrorText(id);
  return {
    message: text.zh,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: id, i18n: text },
  };
}

/** An error's text in the caller's language (what the request plugin does for HTTP answers). */
function inLanguage(formatted: GraphQLFormattedError, locale: string | undefined): GraphQLFormattedError {
  const { i18n, ...extensions } = (formatted.extensions ?? {}) as { i18n?: Bilingual };
  if (!i18n) return formatted;
  return { ...formatted, message: locale === 'en' ? i18n.en : i18n.zh, extensions };
}

/**
 * The same backstop for what graphql-ws sends (subscriptions do not pass Apollo's formatError):
 * `onNext` results and `onError` refusals, masked and in the caller's language.
 */
export function maskSubscriptionResult(
  result: ExecutionResult,
  context: { requestId?: string; locale?: string } | undefined,
): FormattedExecutionResult {
  if (!result.errors?.length) return result as FormattedExecutionResult;
  return { ...result, errors: maskSubscriptionErrors(result.errors, context) };
}

export function maskSubscriptionErrors(
  errors: readonly GraphQLError[],
  context: { requestId?: string; locale?: string } | undefined,
): GraphQLFormattedError[] {
  return errors.map((e) => {
    if (context?.requestId) correlation.set(e, context.requestId);
    return inLanguage(formatError(e.toJSON(), e), context?.locale);
  });
}

/**
 * Tags each error of a request with the request's correlation id before Apollo formats it, so the
 * masked message, the log line and the `x-request-id` response header all carry the same id.
 */
export function errorMaskingPlugin(): ApolloServerPlugin<{ requestId?: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          const id = contextValue.requestId;
          if (id) for (const e of errors) correlation.set(e, id);
        },
      };
    },
  };
}
