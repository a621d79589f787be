import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes';

/** The stable codes clients switch on: the one list is ERROR_CODES (error-codes.ts). */
export type { ErrorCode };

/** A message in both UI languages; the API answers in the caller's one. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Locale = 'zh-CN' | 'en';

/**
 * A domain error with a stable code. Thrown as a GraphQLError so Apollo keeps the code;
 * the bilingual text travels in extensions until the locale plugin picks one.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly text: Bilingual,
    details: Record<string, unknown> = {},
  ) {
    super(text.zh, { extensions: { code, ...details, i18n: text } });
  }
}

export const unauthenticated = (text: Bilingual = { zh: '请先登录', en: 'Please sign in first' }) =>
  new AppError('UNAUTHENTICATED', text);
export const forbidden = (
  text: Bilingual = { zh: '您无权执行此操作', en: 'You are not allowed to do this' },
) => new AppError('FORBIDDEN', text);
export const notFound = (what: Bilingual, id: string) =>
  new AppError(
    'NOT_FOUND',
    {
      zh: `${what.zh}不存在或您无权查看（${id}）`,
      en: `${what.en} ${id} does not exist or is not visible to you`,
    },
    { id },
  );
export const badInput = (text: Bilingual, field?: string) =>
  new AppError('BAD_USER_INPUT', text, field ? { field } : {});
export const conflict = (text: Bilingual) => new AppError('CONFLICT', text);
export const serviceUnavailable = () =>
  new AppError('SERVICE_UNAVAILABLE', {
    zh: '服务暂时不可用：数据库或消息服务未响应，本次操作未能完成，请稍后重试',
    en: 'The service is briefly unavailable: the database or message service did not answer, so this did not complete; please retry in a few seconds',
  });

export function pickLocale(acceptLanguage: string | undefined, preferred?: string | null): Locale {
  const raw = (preferred ?? acceptLanguage ?? '').toLowerCase();
  return raw.startsWith('en') ? 'en' : 'zh-CN';
}
