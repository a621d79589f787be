/** Any loopback origin, any port: the development default (npm start's admin, Vite, the e2e suite's admin). */
const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * Which browser origins may call the API cross-origin. `origins` is the validated CORS_ORIGINS: a list
 * (exact matches only, possibly empty), or undefined for the default: every loopback origin in
 * development, none in production. Requests without an Origin header are not CORS and get no headers.
 */
export function corsOriginAllowed(
  origins: readonly string[] | undefined,
  production: boolean,
): (origin: string | undefined) => boolean {
  if (origins) {
    const allowed = new Set(origins.map((o) => o.toLowerCase()));
    return (origin) => !!origin && allowed.has(origin.toLowerCase());
  }
  return (origin) => !production && !!origin && LOOPBACK.test(origin);
}
