import { registerEnumType } from '@nestjs/graphql';
import { ReportStatus } from './report.entity';

export enum ExtensionStatusEnum {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(ExtensionStatusEnum, { name: 'ExtensionStatus', description: '审批中 / 已同意 / 未同意' });

export { ReportStatus };
