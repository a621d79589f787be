import type { Bilingual } from '../common/bilingual';
import { formatShanghaiDate, shanghaiDayNumber } from '../common/time';

/**
 * 委托签字 (acting signer): a unit head (一把手) names a colleague of the same unit who may sign, or
 * refuse to sign, the unit's reports for a period of China-time calendar days (both ends included).
 * The head may revoke it at any time; a revocation takes effect at once. Who may name and revoke is in
 * access.ts; the period and its state are here.
 */

/** A delegation as the rules read it: dates are 'YYYY-MM-DD' on the Shanghai calendar. */
export interface DelegationPeriod {
  validFrom: string;
  validTo: string;
  revokedAt?: Date | string | null;
}

export enum SigningDelegationStatus {
  /** Named, the period has not begun. */
  SCHEDULED = 'SCHEDULED',
  /** The acting signer may sign today. */
  ACTIVE = 'ACTIVE',
  /** The period is over. */
  ENDED = 'ENDED',
  /** Revoked by the head. */
  REVOKED = 'REVOKED',
}

export const SIGNING_DELEGATION_STATUS_LABELS: Record<SigningDelegationStatus, Bilingual> = {
  [SigningDelegationStatus.SCHEDULED]: { zh: '未开始', en: 'Scheduled' },
  [SigningDelegationStatus.ACTIVE]: { zh: '生效中', en: 'Active' },
  [SigningDelegationStatus.ENDED]: { zh: '已到期', en: 'Ended' },
  [SigningDelegationStatus.REVOKED]: { zh: '已撤销', en: 'Revoked' },
};

/** A delegation covers at most this many calendar days (an absence, not a standing arrangement). */
export const MAX_DELEGATION_DAYS = 90;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' calendar date; null if it is not one. */
export function calendarDayNumber(date: string): number | null {
  const m = DATE.exec(typeof date === 'string' ? date.trim() : '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

/** Today on the Shanghai calendar, as 'YYYY-MM-DD' (what the delegation's dates are compared with). */
export const chinaToday = (now: Date): string => formatShanghaiDate(now);

/** Where a delegation stands at `now`. */
export function delegationStatus(d: DelegationPeriod, now: Date): SigningDelegationStatus {
  if (d.revokedAt) return SigningDelegationStatus.REVOKED;
  const today = shanghaiDayNumber(now);
  const from = calendarDayNumber(d.validFrom);
  const to = calendarDayNumber(d.validTo);
  // A period that cannot be read is treated as over (fail closed).
  if (from === null || to === null || today > to) return SigningDelegationStatus.ENDED;
  return today < from ? SigningDelegationStatus.SCHEDULED : SigningDelegationStatus.ACTIVE;
}

/** The acting signer may sign today: within the period (China time, both ends included), not revoked. */
export function delegationActive(d: DelegationPeriod, now: Date): boolean {
  return delegationStatus(d, now) === SigningDelegationStatus.ACTIVE;
}

/** Still to come or running: what a new delegation of the same head may not overlap. */
export function delegationPending(d: DelegationPeriod, now: Date): boolean {
  const s = delegationStatus(d, now);
  return s === SigningDelegationStatus.ACTIVE || s === SigningDelegationStatus.SCHEDULED;
}

/** A refusal of the input, with the field a form should highlight. */
export interface FieldRefusal {
  text: Bilingual;
  field: string;
}

/**
 * Why a new delegation's period is refused (BAD_USER_INPUT), or null: real dates, the start not before
 * today and not after the end, at most MAX_DELEGATION_DAYS days.
 */
export function delegationPeriodRefusal(
  p: { validFrom: string; validTo: string },
  now: Date,
): FieldRefusal | null {
  const from = calendarDayNumber(p.validFrom);
  const to = calendarDayNumber(p.validTo);
  if (from === null)
    return {
      field: 'validFrom',
      text: { zh: '委托开始日期格式应为YYYY-MM-DD', en: 'The start date must be a date (YYYY-MM-DD)' },
    };
  if (to === null)
    return {
      field: 'validTo',
      text: { zh: '委托结束日期格式应为YYYY-MM-DD', en: 'The end date must be a date (YYYY-MM-DD)' },
    };
  if (from < shanghaiDayNumber(now))
    return {
      field: 'validFrom',
      text: {
        zh: `委托开始日期不能早于今天（${chinaToday(now)}），不能补授权`,
        en: `The start date cannot be before today (${chinaToday(now)}): no backdated delegation`,
      },
    };
  if (to < from)
    return {
      field: 'validTo',
      text: { zh: '委托结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
    };
  if (to - from + 1 > MAX_DELEGATION_DAYS)
    return {
      field: 'validTo',
      text: {
        zh: `委托期限最长${MAX_DELEGATION_DAYS}天（所选${to - from + 1}天）`,
        en: `A delegation covers at most ${MAX_DELEGATION_DAYS} days (this one ${to - from + 1})`,
      },
    };
  return null;
}

/** The person named, as the head's unit knows them. */
export interface DelegateFacts {
  userId: string;
  unitId: string;
  active: boolean;
}

/** Why this person cannot be named (BAD_USER_INPUT on `delegateId`), or null. */
export function delegateRefusal(
  head: { userId: string; unitId: string },
  d: DelegateFacts | null,
): FieldRefusal | null {
  if (d && d.userId === head.userId)
    return {
      field: 'delegateId',
      text: { zh: '不能委托给本人', en: 'You cannot name yourself as acting signer' },
    };
  if (!d || d.unitId !== head.unitId || !d.active)
    return {
      field: 'delegateId',
      text: {
        zh: '代签人必须是本单位在岗人员',
        en: 'The acting signer must be an active member of your own unit',
      },
    };
  return null;
}

/**
 * Why the new period clashes with the head's delegations still to come or running (CONFLICT), or null:
 * one acting signer at a time, so it is always clear who signed for whom.
 */
export function delegationOverlapRefusal(
  p: { validFrom: string; validTo: string },
  existing: readonly DelegationPeriod[],
  now: Date,
): Bilingual | null {
  const from = calendarDayNumber(p.validFrom);
  const to = calendarDayNumber(p.validTo);
  if (from === null || to === null) return null;
  const clash = existing.find((e) => {
    if (!delegationPending(e, now)) return false;
    const a = calendarDayNumber(e.validFrom)!;
    const b = calendarDayNumber(e.validTo)!;
    return a <= to && from <= b;
  });
  if (!clash) return null;
  return {
    zh: `与已有委托（${clash.validFrom}至${clash.validTo}）时间重叠；请先撤销原委托`,
    en: `This overlaps an existing delegation (${clash.validFrom} to ${clash.validTo}); revoke it first`,
  };
}

/** A revocation needs the delegation still to come or running (CONFLICT otherwise). */
export function revocationRefusal(d: DelegationPeriod, now: Date): Bilingual | null {
  const s = delegationStatus(d, now);
  if (s === SigningDelegationStatus.REVOKED)
    return { zh: '该委托已撤销', en: 'This delegation has already been revoked' };
  if (s === SigningDelegationStatus.ENDED)
    return { zh: '该委托已到期，无需撤销', en: 'This delegation has already ended' };
  return null;
}

/** How a report signed by an acting signer reads: "孙丽 代 吴强 签字". */
export function actingSignatureNote(signerName: string, headName: string): Bilingual {
  return {
    zh: `${signerName}（代${headName}签字）`,
    en: `${signerName} (signed for ${headName})`,
  };
}
