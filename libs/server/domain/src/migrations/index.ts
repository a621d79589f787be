import { Foundation1763700000000 } from './1763700000000-foundation';
import { Supervision1763800000000 } from './1763800000000-supervision';
import { Notification1763900000000 } from './1763900000000-notification';
import { Assessment1763950000000 } from './1763950000000-assessment';
import { RollupOverride1764000000000 } from './1764000000000-rollup-override';
import { ReportChain1764100000000 } from './1764100000000-report-chain';
import { ChainChasing1764300000000 } from './1764300000000-chain-chasing';
import { ExtensionChain1764400000000 } from './1764400000000-extension-chain';
import { EscalationChain1764500000000 } from './1764500000000-escalation-chain';
import { Reassignment1764600000000 } from './1764600000000-reassignment';
import { CoUnitsActingSigner1764700000000 } from './1764700000000-co-units-acting-signer';
import { TokenRevocation1764800000000 } from './1764800000000-token-revocation';
import { Workbench1764900000000 } from './1764900000000-workbench';
import { RollupTotals1765300000000 } from './1765300000000-rollup-totals';
import { RlsInitplan1765300000001 } from './1765300000001-rls-initplan';
import { CascadeKeys1765300000002 } from './1765300000002-cascade-keys';
import { Evidence1765400000000 } from './1765400000000-evidence';
import { IssuedDocument1765500000000 } from './1765500000000-issued-document';
import { SpreadsheetJobs1765600000000 } from './1765600000000-spreadsheet-jobs';
import { Instruction1765700000000 } from './1765700000000-instruction';
import { ItemReopen1765700000001 } from './1765700000001-item-reopen';
import { OutboxDelivery1765800000000 } from './1765800000000-outbox-delivery';
import { OutboxLag1765800000001 } from './1765800000001-outbox-lag';
import { AccessToken1765900000000 } from './1765900000000-access-token';
import { Milestones1765910000000 } from './1765910000000-milestones';
import { ItemTemplate1765920000000 } from './1765920000000-item-template';
import { ItemVersion1765930000000 } from './1765930000000-item-version';
import { CitusReady1765940000000 } from './1765940000000-citus-ready';
import { OutboxStillQueued1765950000000 } from './1765950000000-outbox-still-queued';
import { AssignmentNoPathIndex1765960000000 } from './1765960000000-assignment-no-path-index';
import { RollupKeys1765960000001 } from './1765960000001-rollup-keys';
import { RollupAddNewFresh1765960000002 } from './1765960000002-rollup-add-new-fresh';

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
  ReportChain1764100000000,
  ChainChasing1764300000000,
  ExtensionChain1764400000000,
  EscalationChain1764500000000,
  Reassignment1764600000000,
  CoUnitsActingSigner1764700000000,
  TokenRevocation1764800000000,
  Workbench1764900000000,
  RollupTotals1765300000000,
  RlsInitplan1765300000001,
  CascadeKeys1765300000002,
  Evidence1765400000000,
  IssuedDocument1765500000000,
  SpreadsheetJobs1765600000000,
  Instruction1765700000000,
  ItemReopen1765700000001,
  OutboxDelivery1765800000000,
  OutboxLag1765800000001,
  AccessToken1765900000000,
  Milestones1765910000000,
  ItemTemplate1765920000000,
  ItemVersion1765930000000,
  CitusReady1765940000000,
  OutboxStillQueued1765950000000,
  AssignmentNoPathIndex1765960000000,
  RollupKeys1765960000001,
  RollupAddNewFresh1765960000002,
];
