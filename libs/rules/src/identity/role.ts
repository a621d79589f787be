import type { Bilingual } from '../common/bilingual';

/** The roles a user can hold at their unit. Access decisions and the admin's menus both read these. */
export enum Role {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  SUPERVISOR = 'SUPERVISOR',
  HEAD = 'HEAD',
  LIAISON = 'LIAISON',
}

/** Every role, in the order of the office hierarchy. */
export const ROLES: readonly Role[] = [Role.ADMIN, Role.LEADER, Role.SUPERVISOR, Role.HEAD, Role.LIAISON];

/** What the people in the offices call each role; error messages use these, never the codes. */
export const ROLE_LABELS: Record<Role, Bilingual> = {
  [Role.ADMIN]: { zh: '系统管理员', en: 'administrator' },
  [Role.LEADER]: { zh: '领导', en: 'leader' },
  [Role.SUPERVISOR]: { zh: '督查员', en: 'supervisor' },
  [Role.HEAD]: { zh: '一把手', en: 'unit head' },
  [Role.LIAISON]: { zh: '联络员', en: 'liaison' },
};
