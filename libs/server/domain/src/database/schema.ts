import { OrgUnitEntity } from '../org/org-unit.entity';
import { UserEntity } from '../identity/user.entity';
import { SupervisionItemEntity } from '../supervision/supervision-item.entity';
import { AssignmentEntity } from '../supervision/assignment.entity';
import { ReportEntity } from '../supervision/report.entity';
import { Foundation1763700000000 } from '../migrations/1763700000000-foundation';
import { Supervision1763800000000 } from '../migrations/1763800000000-supervision';

/** Every entity and migration, in order. New modules register theirs here. */
export const ENTITIES = [OrgUnitEntity, UserEntity, SupervisionItemEntity, AssignmentEntity, ReportEntity];
export const MIGRATIONS = [Foundation1763700000000, Supervision1763800000000];
