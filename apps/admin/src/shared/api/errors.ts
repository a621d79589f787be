import { CombinedGraphQLErrors } from '@apollo/client';
import { t } from '../i18n/locale';

/** The stable codes the API puts in `extensions.code` (DESIGN §6). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

export function errorCodes(error: unknown): ErrorCode[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => (e.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR');
}

const CODE_TEXT = {
  FORBIDDEN: 'error.code.FORBIDDEN',
  NOT_FOUND: 'error.code.NOT_FOUND',
  BAD_USER_INPUT: 'error.code.BAD_USER_INPUT',
  CONFLICT: 'error.code.CONFLICT',
  // The API's text says how long to wait (登录失败次数过多，请 15 分钟后再试): shown as is.
  TOO_MANY_ATTEMPTS: 'error.code.TOO_MANY_ATTEMPTS',
  RATE_LIMITED: 'error.code.RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'error.code.PAYLOAD_TOO_LARGE',
} as const;

/**
 * Text to show for a failed operation. The API's own messages for its stable codes already come in the UI
 * language (we send Accept-Language) and name the rule that was broken, so they are shown as is; a code
 * without a message gets our wording for it, and anything unexpected (a server fault, a transport failure)
 * gets a plain "please retry" rather than a stack trace.
 */
export function describeError(error: unknown): string {
  if (!CombinedGraphQLErrors.is(error)) return t('error.network');
  const first = error.errors[0];
  const code = first?.extensions?.code as ErrorCode | undefined;
  if (code === 'UNAUTHENTICATED') return first.message || t('login.expired');
  if (code && code in CODE_TEXT) return first.message || t(CODE_TEXT[code as keyof typeof CODE_TEXT]);
  // A masked server fault names its reference ("内部错误，编号 …"), which the user can quote to support.
  if (code === 'INTERNAL_SERVER_ERROR' && first.extensions?.correlationId) return first.message;
  return t('error.unknown');
}

/** The form field a BAD_USER_INPUT error is about, when the API names it. */
export function errorField(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const field = error.errors[0]?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
}
