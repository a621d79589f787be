/**
 * Every `extensions.code` the API can answer with, what it means and its HTTP status when the whole
 * request is refused before execution (errors inside an executed operation come with HTTP 200 and
 * partial data, per the GraphQL-over-HTTP spec). One list: the masking backstop lets through only
 * these codes (anything else becomes INTERNAL_SERVER_ERROR), the docs and the fuzz tests read it.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: {
    status: 401,
    meaning:
      'No, bad, expired or revoked token (a sign-in token or a personal access token dbpat_…), wrong password, deactivated user',
  },
  FORBIDDEN: {
    status: 403,
    meaning:
      'Missing role, not the unit that may act, or a mutation with a personal access token (read-only)',
  },
  NOT_FOUND: {
    status: 404,
    meaning: 'Does not exist or is not visible to the caller (no difference leaked)',
  },
  BAD_USER_INPUT: {
    status: 400,
    meaning: 'Validation or business rule violation; `field` names the input (edge rules: HTTP 400)',
  },
  CONFLICT: { status: 409, meaning: 'Illegal state transition or a similar race' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    meaning:
      'Sign-in refused after too many failures of the account or the address; the message says how long to wait',
  },
  RATE_LIMITED: {
    status: 429,
    meaning:
      'Too many requests by this user per minute (API_RATE_LIMIT_PER_MINUTE), or verification look-ups from this address (VERIFY_RATE_LIMIT_PER_MINUTE)',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    meaning:
      'The request body is larger than BODY_LIMIT_BYTES, or an uploaded file (POST /files) larger than FILE_MAX_BYTES',
  },
  QUERY_TOO_DEEP: { status: 400, meaning: 'The operation nests deeper than the depth limit' },
  QUERY_TOO_COMPLEX: { status: 400, meaning: 'The operation costs more than the complexity limit' },
  OPERATION_NOT_ALLOWED: {
    status: 400,
    meaning: 'The allow-list is on (GRAPHQL_ALLOWLIST) and the document is not in the manifest',
  },
  // Raised by Apollo Server / graphql-js themselves for malformed requests and documents.
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: 'The document is not valid GraphQL syntax' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, meaning: 'The document does not validate against the schema' },
  BAD_REQUEST: { status: 400, meaning: 'Malformed HTTP request (body, method, content type)' },
  OPERATION_RESOLUTION_FAILURE: {
    status: 400,
    meaning: 'operationName does not name an operation of the document',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    status: 200,
    meaning: 'A hash-only request while the allow-list is off; clients then send the full document',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    meaning:
      'PostgreSQL or Redis did not answer (an outage, a restart, a full pool): retryable; the operation did not complete',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    meaning:
      'Anything unexpected: masked as "内部错误，编号 <id>" with `correlationId`; the log has the stack',
  },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** All codes, for tests that assert every answer carries a known one. */
export const ALL_ERROR_CODES = Object.keys(ERROR_CODES) as ErrorCode[];

/** Codes of errors the client caused: shown as they are (the rest is masked). */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set(
  ALL_ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'),
);

export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
