import { Role, ROLES } from '@duban/rules';

/** Roles as stored (a Postgres array, sometimes as its text form '{A,B}'); unknown codes are dropped. */
export function parseRoles(raw: string[] | string): Role[] {
  const codes = Array.isArray(raw) ? raw : raw.replace(/[{}]/g, '').split(',').filter(Boolean);
  return codes.filter((c): c is Role => (ROLES as readonly string[]).includes(c));
}
