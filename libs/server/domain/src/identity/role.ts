import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  SUPERVISOR = 'SUPERVISOR',
  HEAD = 'HEAD',
  LIAISON = 'LIAISON',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN 系统管理员, LEADER 领导, SUPERVISOR 督查员, HEAD 一把手, LIAISON 联络员',
});
