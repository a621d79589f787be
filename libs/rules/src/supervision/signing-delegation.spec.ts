import {
  actingSignatureNote,
  calendarDayNumber,
  chinaToday,
  delegateRefusal,
  delegationActive,
  delegationOverlapRefusal,
  delegationPending,
  delegationPeriodRefusal,
  delegationStatus,
  MAX_DELEGATION_DAYS,
  revocationRefusal,
  SigningDelegationStatus as St,
} from './signing-delegation';

// 2025-06-02 00:00 in China is 2025-06-01T16:00Z.
const LAST_SECOND_OF_JUNE_1 = new Date('2025-06-01T15:59:59.999Z');
const FIRST_SECOND_OF_JUNE_2 = new Date('2025-06-01T16:00:00.000Z');
const JUNE_2_NOON = new Date('2025-06-02T04:00:00.000Z');

describe('calendar dates', () => {
  it('reads real YYYY-MM-DD dates only', () => {
    expect(calendarDayNumber('1970-01-02')).toBe(1);
    expect(calendarDayNumber('2024-02-29')).not.toBeNull();
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-6-1',
      '20250601',
      '',
      'yesterday',
      '2025-06-01T00:00',
    ])
      expect([bad, calendarDayNumber(bad)]).toEqual([bad, null]);
  });

  it('takes today on the China calendar, not UTC', () => {
    expect(chinaToday(LAST_SECOND_OF_JUNE_1)).toBe('2025-06-01');
    expect(chinaToday(FIRST_SECOND_OF_JUNE_2)).toBe('2025-06-02');
  });
});

describe('delegation status', () => {
  const d = { validFrom: '2025-06-02', validTo: '2025-06-05' };

  it('is in force from the first China-time day to the last, both included', () => {
    expect(delegationStatus(d, LAST_SECOND_OF_JUNE_1)).toBe(St.SCHEDULED);
    expect(delegationStatus(d, FIRST_SECOND_OF_JUNE_2)).toBe(St.ACTIVE);
    expect(delegationStatus(d, new Date('2025-06-05T15:59:59.999Z'))).toBe(St.ACTIVE);
    expect(delegationStatus(d, new Date('2025-06-05T16:00:00.000Z'))).toBe(St.ENDED);
    expect(delegationActive(d, JUNE_2_NOON)).toBe(true);
    expect(delegationActive(d, LAST_SECOND_OF_JUNE_1)).toBe(false);
  });

  it('a revocation ends it at once, whatever the dates; an unreadable period is over', () => {
    expect(delegationStatus({ ...d, revokedAt: JUNE_2_NOON }, JUNE_2_NOON)).toBe(St.REVOKED);
    expect(delegationActive({ ...d, revokedAt: '2025-06-02T03:00:00Z' }, JUNE_2_NOON)).toBe(false);
    expect(delegationStatus({ validFrom: 'x', validTo: '2025-06-05' }, JUNE_2_NOON)).toBe(St.ENDED);
  });

  it('is pending while still to come or running', () => {
    expect(delegationPending(d, LAST_SECOND_OF_JUNE_1)).toBe(true);
    expect(delegationPending(d, JUNE_2_NOON)).toBe(true);
    expect(delegationPending(d, new Date('2025-06-06T04:00:00Z'))).toBe(false);
    expect(delegationPending({ ...d, revokedAt: JUNE_2_NOON }, JUNE_2_NOON)).toBe(false);
  });
});

describe('a new delegation', () => {
  const now = JUNE_2_NOON;

  it('covers real dates, from today on, start before end, at most the maximum', () => {
    expect(delegationPeriodRefusal({ validFrom: '2025-06-02', validTo: '2025-06-02' }, now)).toBeNull();
    expect(delegationPeriodRefusal({ validFrom: '2025-06-10', validTo: '2025-06-20' }, now)).toBeNull();
    const field = (validFrom: string, validTo: string) =>
      delegationPeriodRefusal({ validFrom, validTo }, now)?.field;
    expect(field('2025-06-31', '2025-07-01')).toBe('validFrom');
    expect(field('2025-06-03', 'next week')).toBe('validTo');
    expect(field('2025-06-01', '2025-06-03')).toBe('validFrom');
    expect(
      delegationPeriodRefusal({ validFrom: '2025-06-01', validTo: '2025-06-03' }, now)?.text.zh,
    ).toContain('不能补授权');
    expect(field('2025-06-05', '2025-06-04')).toBe('validTo');
    const longest = new Date(Date.UTC(2025, 5, 2 + MAX_DELEGATION_DAYS - 1)).toISOString().slice(0, 10);
    const tooLong = new Date(Date.UTC(2025, 5, 2 + MAX_DELEGATION_DAYS)).toISOString().slice(0, 10);
    expect(field('2025-06-02', longest)).toBeUndefined();
    expect(field('2025-06-02', tooLong)).toBe('validTo');
  });

  it('names an active colleague of the same unit, not the head', () => {
    const head = { userId: '70', unitId: '34' };
    expect(delegateRefusal(head, { userId: '77', unitId: '34', active: true })).toBeNull();
    expect(delegateRefusal(head, { userId: '70', unitId: '34', active: true })?.text.zh).toBe(
      '不能委托给本人',
    );
    for (const other of [
      null,
      { userId: '77', unitId: '35', active: true },
      { userId: '77', unitId: '34', active: false },
    ])
      expect(delegateRefusal(head, other)).toEqual({
        field: 'delegateId',
        text: {
          zh: '代签人必须是本单位在岗人员',
          en: 'The acting signer must be an active member of your own unit',
        },
      });
  });

  it('may not overlap another still to come or running (one acting signer at a time)', () => {
    const existing = [
      { validFrom: '2025-06-02', validTo: '2025-06-05' },
      { validFrom: '2025-06-20', validTo: '2025-06-25', revokedAt: JUNE_2_NOON },
      { validFrom: '2025-05-01', validTo: '2025-06-01' },
    ];
    const clash = (validFrom: string, validTo: string) =>
      delegationOverlapRefusal({ validFrom, validTo }, existing, JUNE_2_NOON);
    expect(clash('2025-06-05', '2025-06-08')?.zh).toContain('2025-06-02至2025-06-05');
    expect(clash('2025-05-30', '2025-06-02')).not.toBeNull();
    expect(clash('2025-06-06', '2025-06-10')).toBeNull();
    // Revoked and ended ones are no obstacle.
    expect(clash('2025-06-21', '2025-06-22')).toBeNull();
  });

  it('is revoked once, before it ends', () => {
    const d = { validFrom: '2025-06-02', validTo: '2025-06-05' };
    expect(revocationRefusal(d, JUNE_2_NOON)).toBeNull();
    expect(revocationRefusal(d, LAST_SECOND_OF_JUNE_1)).toBeNull();
    expect(revocationRefusal({ ...d, revokedAt: JUNE_2_NOON }, JUNE_2_NOON)?.en).toContain(
      'already been revoked',
    );
    expect(revocationRefusal(d, new Date('2025-06-07T00:00:00Z'))?.en).toContain('already ended');
  });

  it('reads on the signed report as who signed for whom', () => {
    expect(actingSignatureNote('孙丽', '吴强')).toEqual({
      zh: '孙丽（代吴强签字）',
      en: '孙丽 (signed for 吴强)',
    });
  });
});
