/** Local defaults for the CLI tools; the API itself insists on explicit configuration. */
export const LOCAL_DEFAULTS = {
  DATABASE_URL: 'postgres://duban_app:duban_app@127.0.0.1:5432/duban',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

/** Owner connection for migrations and imports: DATABASE_ADMIN_URL, else DATABASE_URL as postgres. */
export function adminUrlFrom(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_ADMIN_URL) return env.DATABASE_ADMIN_URL;
  const u = new URL(env.DATABASE_URL ?? LOCAL_DEFAULTS.DATABASE_URL);
  u.username = 'postgres';
  u.password = '';
  return u.toString();
}
