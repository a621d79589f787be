import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  SUPERVISOR = 'SUPERVISOR',
  HEAD = 'HEAD',
  LIAISON = 'LIAISON',
}
/** What the people in the offices call each role; error messages use these, never the codes. */
export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  [Role.ADMIN]: { zh: '系统管理员', en: 'administrator' },
  [Role.LEADER]: { zh: '领导', en: 'leader' },
  [Role.SUPERVISOR]: { zh: '督查员', en: 'supervisor' },
  [Role.HEAD]: { zh: '一把手', en: 'unit head' },
  [Role.LIAISON]: { zh: '联络员', en: 'liaison' },
};

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN 系统管理员, LEADER 领导, SUPERVISOR 督查员, HEAD 一把手, LIAISON 联络员',
});
