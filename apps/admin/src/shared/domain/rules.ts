// The admin's door to @duban/rules: the same state machines, lists, labels and deadline arithmetic as the API.
//
// The API registers the rules' TypeScript enums as its GraphQL enums, and codegen emits them as string unions
// ('DRAFT' | …) holding the same values. A rules enum member is assignable to its union as it is, so the lists
// and labels below are simply typed with the codegen unions; a value read from the API goes the other way through
// `fromSchema`. Both directions are checked by the compiler (a list typed `gql.X[]` fails if the enum gains a
// value, a label record keyed by `gql.X` or `fromSchema` fails if the schema does), so pages use codegen types
// throughout and never cast.
//
// What the caller may do with a record is not decided here: the API answers it as `allowedActions` (the state
// machines, the caller's roles and standing), and the admin offers exactly those. The operation enums below only
// name the values that field holds.
import type { Dayjs } from 'dayjs';
import {
  ASSIGNMENT_FLAG_LABELS as RULES_ASSIGNMENT_FLAG_LABELS,
  ASSIGNMENT_STATUS_LABELS as RULES_ASSIGNMENT_STATUS_LABELS,
  AssignmentStatus,
  DAY_MS,
  DEADLINE_TIER_DAYS as RULES_DEADLINE_TIER_DAYS,
  deadlineFromTier,
  DeadlineTier,
  endOfShanghaiDay,
  startOfShanghaiDay,
  ESCALATION_STATUS_LABELS as RULES_ESCALATION_STATUS_LABELS,
  extensionRoute,
  formatShanghaiDate,
  isAssignmentOpen as rulesIsAssignmentOpen,
  isItemOpen as rulesIsItemOpen,
  ITEM_SOURCES as RULES_ITEM_SOURCES,
  ITEM_STATUS_LABELS as RULES_ITEM_STATUS_LABELS,
  ItemStatus,
  ROLE_LABELS as RULES_ROLE_LABELS,
  ROLES as RULES_ROLES,
  ROLLUP_POLICIES as RULES_ROLLUP_POLICIES,
  ROLLUP_POLICY_LABELS as RULES_ROLLUP_POLICY_LABELS,
  RuleViolation,
  shanghaiDayNumber,
  validateMilestonePlan,
  type MilestoneInput,
  type PlanBounds,
  type AssignmentFlag,
  type Bilingual,
} from '@duban/rules';
import type * as gql from '../../gql/graphql';

export {
  ACCESS_TOKEN_DEFAULT_DAYS,
  ACCESS_TOKEN_MAX_DAYS,
  AssignmentOperation,
  changedSpan,
  formatRegistrationNumber,
  InstructionKind,
  ItemOperation,
  LIGHT_LABELS,
  OFFICE_PREFIX_RULE,
  OrgUnitOperation,
  ReportOperation,
  shareBalance,
  TEXT_LIMITS,
  URGENT_MAX_DAYS,
  worstLight,
  MAX_MILESTONES,
  REPORT_DUE_DAY_MAX,
  DEFAULT_REPORT_DUE_DAY,
  milestoneLabel,
  type MilestoneInput,
  type AssignmentFlag,
  type Bilingual,
} from '@duban/rules';

/** A value the API sent, as the rules' enum member with the same value (the same string at run time). */
function fromSchema<E extends string>(value: `${E}`): E {
  return value as E;
}

// ── Lists, in the rules' order ──────────────────────────────────────────────────────────────────────────────

export const ITEM_STATUSES: readonly gql.ItemStatus[] = Object.values(ItemStatus);
export const DEADLINE_TIERS: readonly gql.DeadlineTier[] = Object.values(DeadlineTier);
export const ITEM_SOURCES: readonly gql.ItemSource[] = RULES_ITEM_SOURCES;
export const ROLLUP_POLICIES: readonly gql.RollupPolicy[] = RULES_ROLLUP_POLICIES;
/** Every role, in the order of the office hierarchy. */
export const ROLES: readonly gql.Role[] = RULES_ROLES;
export const DEADLINE_TIER_DAYS: Readonly<Record<gql.DeadlineTier, number>> = RULES_DEADLINE_TIER_DAYS;

// ── Labels (both languages; `t` picks the locale's) ──────────────────────────────────────────────────────────

/** The rules write some labels for use inside a sentence ("administrator"); on their own they start upper-case. */
const standalone = (text: Bilingual): Bilingual => ({
  zh: text.zh,
  en: text.en.charAt(0).toUpperCase() + text.en.slice(1),
});

export const ITEM_STATUS_LABELS: Readonly<Record<gql.ItemStatus, Bilingual>> = RULES_ITEM_STATUS_LABELS;
export const ASSIGNMENT_STATUS_LABELS: Readonly<Record<gql.AssignmentStatus, Bilingual>> =
  RULES_ASSIGNMENT_STATUS_LABELS;
export const ROLLUP_POLICY_LABELS: Readonly<Record<gql.RollupPolicy, Bilingual>> = RULES_ROLLUP_POLICY_LABELS;
export const ASSIGNMENT_FLAG_LABELS: Readonly<Record<AssignmentFlag, Bilingual>> =
  RULES_ASSIGNMENT_FLAG_LABELS;
export const ESCALATION_STATUS_LABELS: Readonly<Record<gql.EscalationStatus, Bilingual>> =
  RULES_ESCALATION_STATUS_LABELS;
const ROLE_WORDS: Readonly<Record<gql.Role, Bilingual>> = RULES_ROLE_LABELS;
export const roleLabel = (role: gql.Role): Bilingual => standalone(ROLE_WORDS[role]);

// ── State machines ───────────────────────────────────────────────────────────────────────────────────────────

/** Open = still being worked on (the states an item can be withdrawn from). */
export const isItemOpen = (status: gql.ItemStatus): boolean =>
  rulesIsItemOpen(fromSchema<ItemStatus>(status));

/** Open = not yet done or withdrawn. */
export const isAssignmentOpen = (status: gql.AssignmentStatus): boolean =>
  rulesIsAssignmentOpen(fromSchema<AssignmentStatus>(status));

// ── Deadlines: whole Shanghai calendar days, as the API counts them ─────────────────────────────────────────

/** The deadline a tier gives when registered now, as 'YYYY-MM-DD'; null while `days` is not a valid choice. */
export function tierDeadline(tier: gql.DeadlineTier, days?: number): string | null {
  try {
    return formatShanghaiDate(deadlineFromTier(fromSchema<DeadlineTier>(tier), new Date(), days));
  } catch (err) {
    if (err instanceof RuleViolation) return null;
    throw err;
  }
}

/** Why the API would refuse this 节点计划 (the same rule), or null. */
export function milestonePlanRefusal(plan: MilestoneInput[], bounds: PlanBounds): Bilingual | null {
  try {
    validateMilestonePlan(plan, bounds);
    return null;
  } catch (err) {
    if (err instanceof RuleViolation) return err.text;
    throw err;
  }
}

/** The Shanghai day number of the calendar date a date picker shows (whatever the browser's time zone). */
export const pickedDay = (date: Dayjs): number => Date.UTC(date.year(), date.month(), date.date()) / DAY_MS;

/** The Shanghai day number of an instant the API sent (a deadline), or of now. */
export const shanghaiDay = (iso?: string | null): number =>
  shanghaiDayNumber(iso ? new Date(iso) : new Date());

/** The first instant of a picked date in China (a range filter's start), whatever the browser's time zone. */
export const startOfPickedDay = (date: Dayjs): string => startOfShanghaiDay(pickedDay(date)).toISOString();

/** The deadline a picked date stands for: the end of that day, 23:59:59 Shanghai time. */
export const endOfPickedDay = (date: Dayjs): string => endOfShanghaiDay(pickedDay(date)).toISOString();

/** 'YYYY-MM-DD' as an instant the API sent reads in China (a deadline), whatever the browser's time zone. */
export const chinaDate = (iso: string | null | undefined): string =>
  iso ? formatShanghaiDate(new Date(iso)) : '';

/**
 * Whether agreeing to an extension to `requested` goes beyond the deciding office's own deadline (the parent
 * assignment's), so the API forwards it to the office above instead of granting it. No parent: the issuing
 * office decides itself.
 */
export const extensionForwards = (requested: string, parentDeadline: string | null | undefined): boolean =>
  extensionRoute(new Date(requested), parentDeadline ? new Date(parentDeadline) : null) === 'FORWARD';
