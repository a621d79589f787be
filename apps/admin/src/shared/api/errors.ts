import { CombinedGraphQLErrors } from '@apollo/client';
import { t } from '../i18n/locale';

/** The stable codes the API puts in `extensions.code` (DESIGN §6). */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

export function errorCodes(error: unknown): ErrorCode[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => (e.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR');
}

/**
 * Text to show for a failed operation. GraphQL errors already come in the UI language (we send
 * Accept-Language), so their message is shown as is; transport failures get our own wording.
 */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.message || t('error.unknown');
  return t('error.network');
}
