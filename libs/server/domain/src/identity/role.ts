import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@duban/rules';

export { Role, ROLE_LABELS } from '@duban/rules';

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN 系统管理员, LEADER 领导, SUPERVISOR 督查员, HEAD 一把手, LIAISON 联络员',
});
