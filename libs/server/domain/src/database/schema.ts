import { OrgUnitEntity } from '../org';
import { AccessTokenEntity, UserEntity } from '../identity';
import { SupervisionItemEntity } from '../item';
import { AssignmentEntity } from '../assignment';
import { ReportCitationEntity, ReportEntity } from '../report';
import { NotificationEntity } from '../notification';
import { BulletinEntity, ScoreEntryEntity } from '../assessment';
import { SigningDelegationEntity } from '../signing';
import { StoredFileEntity } from '../evidence';
import { SpreadsheetJobEntity } from '../spreadsheet';
import { IssuedDocumentEntity } from '../documents';
import { InstructionEntity } from '../instruction';

export { MIGRATIONS } from '../migrations';

/** Every entity (the migrations are listed in migrations/index.ts). New modules register theirs here. */
export const ENTITIES = [
  OrgUnitEntity,
  UserEntity,
  SupervisionItemEntity,
  AssignmentEntity,
  ReportEntity,
  ReportCitationEntity,
  NotificationEntity,
  BulletinEntity,
  ScoreEntryEntity,
  SigningDelegationEntity,
  StoredFileEntity,
  SpreadsheetJobEntity,
  IssuedDocumentEntity,
  InstructionEntity,
  AccessTokenEntity,
];
