import { registerEnumType } from '@nestjs/graphql';

export enum LightEnum {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}
registerEnumType(LightEnum, {
  name: 'Light',
  description: '绿灯 on track, 黄灯 behind schedule or due soon, 红灯 overdue or returned',
});
