import { AppError } from '../errors/app-error';

/** Whole minutes to wait, at least one: "请 15 分钟后再试". */
const minutesOf = (waitMs: number) => Math.max(1, Math.ceil(waitMs / 60_000));
const secondsOf = (waitMs: number) => Math.max(1, Math.ceil(waitMs / 1000));

/** HTTP 429 with Retry-After, for Apollo to apply (it removes `http` from the extensions it sends). */
const tooMany = (waitMs: number) => ({
  retryAfterSeconds: secondsOf(waitMs),
  http: { status: 429, headers: new Map([['retry-after', String(secondsOf(waitMs))]]) },
});

/**
 * Sign-in refused while an account or a client address is locked out. The same words whatever the
 * reason and whether the account exists, so the refusal reveals nothing but the wait.
 */
export function tooManyAttempts(waitMs: number): AppError {
  const minutes = minutesOf(waitMs);
  return new AppError(
    'TOO_MANY_ATTEMPTS',
    {
      zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
      en: `Too many failed sign-ins; please try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    },
    tooMany(waitMs),
  );
}

/** A signed-in user sent more requests per minute than API_RATE_LIMIT_PER_MINUTE allows. */
export function rateLimited(waitMs: number): AppError {
  const seconds = secondsOf(waitMs);
  return new AppError(
    'RATE_LIMITED',
    {
      zh: `请求过于频繁，请 ${seconds} 秒后再试`,
      en: `Too many requests; please try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
    },
    tooMany(waitMs),
  );
}

/** The text of the 413 answer (sent by PayloadTooLargeFilter, before GraphQL runs). */
export function payloadTooLargeText(limitBytes: number): { zh: string; en: string } {
  const size =
    limitBytes >= 1_048_576
      ? `${Number((limitBytes / 1_048_576).toFixed(1))} MB`
      : `${Math.ceil(limitBytes / 1024)} KB`;
  return {
    zh: `请求内容过大（上限 ${size}），请减少内容后重试`,
    en: `The request is too large (limit ${size}); please send less`,
  };
}
