import { Foundation1763700000000 } from './1763700000000-foundation';
import { Supervision1763800000000 } from './1763800000000-supervision';
import { Notification1763900000000 } from './1763900000000-notification';
import { Assessment1763950000000 } from './1763950000000-assessment';
import { RollupOverride1764000000000 } from './1764000000000-rollup-override';

/**
 * Every migration, in the order it runs. Migrations are history: a released one is never edited,
 * and nothing outside database/ imports them (ESLint enforces both the door and the direction).
 * A change to the schema is a new file appended here.
 */
export const MIGRATIONS = [
  Foundation1763700000000,
  Supervision1763800000000,
  Notification1763900000000,
  Assessment1763950000000,
  RollupOverride1764000000000,
];
