import { OrgUnitEntity } from '../org/org-unit.entity';
import { UserEntity } from '../identity/user.entity';
import { SupervisionItemEntity } from '../supervision/supervision-item.entity';
import { AssignmentEntity } from '../supervision/assignment.entity';
import { ReportEntity } from '../supervision/report.entity';
import { NotificationEntity } from '../notification/notification.entity';
import { BulletinEntity } from '../assessment/bulletin.entity';
import { ScoreEntryEntity } from '../assessment/score-entry.entity';
import { Foundation1763700000000 } from '../migrations/1763700000000-foundation';
import { Supervision1763800000000 } from '../migrations/1763800000000-supervision';
import { Notification1763900000000 } from '../migrations/1763900000000-notification';
import { Assessment1763950000000 } from '../migrations/1763950000000-assessment';
import { RollupOverride1764000000000 } from '../migrations/1764000000000-rollup-override';

/** Every entity and migration, in order. New modules register theirs here. */
export const ENTITIES = [
  OrgUnitEntity,
  UserEntity,
  SupervisionItemEntity,
  AssignmentEntity,
  ReportEntity,
  NotificationEntity,
  BulletinEntity,
  ScoreEntryEntity,
];
export const MIGRATIONS = [
  Foundation1763700000000,
  Supervision1763800000000,
  Notification1763900000000,
  Assessment1763950000000,
  RollupOverride1764000000000,
];
