import {
  classifyDeadline,
  dueSoonBefore,
  escalationTarget,
  nextChaseStep,
  nextSendTime,
  nextSignChase,
  URGE_KIND_LABELS,
  UrgeKind,
  urgeKindFor,
  type DeadlineClass,
} from './chasing';

const at = (s: string) => new Date(`${s}+08:00`);

describe('classifyDeadline', () => {
  const deadline = at('2026-06-10T23:59:59');

  it('classifies by Shanghai calendar day', () => {
    const cases: [string, DeadlineClass][] = [
      ['2026-06-01T09:00:00', 'NONE'],
      ['2026-06-06T23:59:59', 'NONE'],
      ['2026-06-07T00:00:00', 'DUE_SOON'],
      ['2026-06-09T23:00:00', 'DUE_SOON'],
      ['2026-06-10T00:00:00', 'DUE_TODAY'],
      ['2026-06-10T23:59:59', 'DUE_TODAY'],
      ['2026-06-11T00:00:00', 'OVERDUE'],
      ['2026-07-01T00:00:00', 'OVERDUE'],
    ];
    for (const [now, expected] of cases)
      expect([now, classifyDeadline(deadline, at(now))]).toEqual([now, expected]);
  });

  it('is overdue the moment a mid-day deadline passes, even on the same day', () => {
    const noon = at('2026-06-10T12:00:00');
    expect(classifyDeadline(noon, at('2026-06-10T11:59:59'))).toBe('DUE_TODAY');
    expect(classifyDeadline(noon, at('2026-06-10T12:00:01'))).toBe('OVERDUE');
  });

  it('uses the Shanghai day even where the UTC day differs', () => {
    // 07:00 Shanghai on 06-10 is 23:00 UTC on 06-09.
    expect(classifyDeadline(deadline, at('2026-06-10T07:00:00'))).toBe('DUE_TODAY');
  });

  it('honours dueSoonDays', () => {
    expect(classifyDeadline(deadline, at('2026-06-05T09:00:00'), 5)).toBe('DUE_SOON');
    expect(classifyDeadline(deadline, at('2026-06-09T09:00:00'), 0)).toBe('NONE');
  });
});

describe('dueSoonBefore', () => {
  it('is the start of the first Shanghai day classifyDeadline no longer flags', () => {
    const now = at('2026-06-07T23:30:00');
    expect(dueSoonBefore(now)).toEqual(at('2026-06-11T00:00:00'));
    // Agrees with classifyDeadline on both sides of the cut, whatever the deadline's time of day.
    for (const d of ['2026-06-10T23:59:59', '2026-06-10T00:00:00', '2026-06-01T12:00:00'])
      expect([d, classifyDeadline(at(d), now) !== 'NONE']).toEqual([d, at(d) < dueSoonBefore(now)]);
    for (const d of ['2026-06-11T00:00:00', '2026-06-11T09:00:00'])
      expect([d, classifyDeadline(at(d), now)]).toEqual([d, 'NONE']);
    expect(dueSoonBefore(now, 0)).toEqual(at('2026-06-08T00:00:00'));
  });
});

describe('escalation', () => {
  it('climbs from liaison to head to leader', () => {
    expect([1, 2, 3, 4, 10].map(escalationTarget)).toEqual(['LIAISON', 'HEAD', 'LEADER', 'LEADER', 'LEADER']);
    for (const bad of [0, -1, 1.5]) expect(() => escalationTarget(bad)).toThrow(RangeError);
  });

  it('names the kind of each notice', () => {
    expect(urgeKindFor('NONE', 0)).toBe(UrgeKind.REMINDER);
    expect(urgeKindFor('DUE_SOON', 0)).toBe(UrgeKind.REMINDER);
    expect(urgeKindFor('DUE_TODAY', 0)).toBe(UrgeKind.REMINDER);
    expect(urgeKindFor('OVERDUE', 1)).toBe(UrgeKind.OVERDUE_NOTICE);
    expect(urgeKindFor('OVERDUE', 2)).toBe(UrgeKind.ESCALATION);
    expect(() => urgeKindFor('OVERDUE', 0)).toThrow(RangeError);
    expect(Object.values(UrgeKind).map((k) => URGE_KIND_LABELS[k].zh)).toEqual([
      '提醒',
      '逾期通知',
      '升级催办',
      '签收提醒',
      '月报/季报提醒',
    ]);
  });
});

describe('nextSendTime', () => {
  it('sends now outside quiet hours', () => {
    for (const t of ['2026-06-10T07:00:00', '2026-06-10T12:00:00', '2026-06-10T21:59:59']) {
      expect(nextSendTime(at(t))).toEqual(at(t));
    }
  });

  it('waits until 07:00 local inside 22:00–07:00', () => {
    expect(nextSendTime(at('2026-06-10T22:00:00'))).toEqual(at('2026-06-11T07:00:00'));
    expect(nextSendTime(at('2026-06-10T23:59:00'))).toEqual(at('2026-06-11T07:00:00'));
    expect(nextSendTime(at('2026-06-11T00:00:00'))).toEqual(at('2026-06-11T07:00:00'));
    expect(nextSendTime(at('2026-06-11T06:59:59'))).toEqual(at('2026-06-11T07:00:00'));
    // Across a month end.
    expect(nextSendTime(at('2026-06-30T23:00:00'))).toEqual(at('2026-07-01T07:00:00'));
  });

  it('supports a window that does not wrap midnight, and none at all', () => {
    const lunch = { start: 12, end: 14 };
    expect(nextSendTime(at('2026-06-10T12:30:00'), lunch)).toEqual(at('2026-06-10T14:00:00'));
    expect(nextSendTime(at('2026-06-10T14:00:00'), lunch)).toEqual(at('2026-06-10T14:00:00'));
    expect(nextSendTime(at('2026-06-10T23:00:00'), { start: 0, end: 0 })).toEqual(at('2026-06-10T23:00:00'));
  });

  it('works in another offset', () => {
    // UTC 23:00 is quiet at offset 0, and ends at 07:00 UTC the next day.
    expect(nextSendTime(new Date('2026-06-10T23:00:00Z'), undefined, 0)).toEqual(
      new Date('2026-06-11T07:00:00Z'),
    );
  });

  it('refuses nonsense hours', () => {
    expect(() => nextSendTime(at('2026-06-10T12:00:00'), { start: 24, end: 7 })).toThrow(RangeError);
  });
});

describe('nextChaseStep', () => {
  const deadline = new Date('2026-06-10T09:00:00Z'); // 17:00 Shanghai
  const fresh = {
    deadline,
    overdue: false,
    overdueNotices: 0,
    lastOverdueNoticeAt: null,
    reminderStage: 'NONE',
  };
  const at = (iso: string) => new Date(iso);

  it('does nothing while the deadline is far', () => {
    expect(nextChaseStep(fresh, at('2026-06-01T02:00:00Z'))).toBeNull();
  });

  it('reminds once when due soon, once more on the day, then not again', () => {
    const soon = nextChaseStep(fresh, at('2026-06-08T02:00:00Z'))!;
    expect(soon).toMatchObject({
      kind: UrgeKind.REMINDER,
      target: 'LIAISON',
      next: { reminderStage: 'DUE_SOON' },
    });
    const after = { ...fresh, ...soon.next };
    expect(nextChaseStep(after, at('2026-06-09T02:00:00Z'))).toBeNull();
    const today = nextChaseStep(after, at('2026-06-10T01:00:00Z'))!;
    expect(today.next.reminderStage).toBe('DUE_TODAY');
    expect(nextChaseStep({ ...after, ...today.next }, at('2026-06-10T05:00:00Z'))).toBeNull();
  });

  it('marks overdue with a first notice to the liaison, then climbs to the head and the leader', () => {
    const first = nextChaseStep(fresh, at('2026-06-10T10:00:00Z'))!;
    expect(first).toMatchObject({
      kind: UrgeKind.OVERDUE_NOTICE,
      target: 'LIAISON',
      next: { overdue: true, overdueNotices: 1 },
    });
    const s1 = { ...fresh, ...first.next };
    expect(nextChaseStep(s1, at('2026-06-10T20:00:00Z'))).toBeNull(); // within renoticeHours
    const second = nextChaseStep(s1, at('2026-06-11T10:00:00Z'))!;
    expect(second).toMatchObject({ kind: UrgeKind.ESCALATION, target: 'HEAD', next: { overdueNotices: 2 } });
    const third = nextChaseStep({ ...s1, ...second.next }, at('2026-06-12T10:00:00Z'))!;
    expect(third).toMatchObject({ kind: UrgeKind.ESCALATION, target: 'LEADER', next: { overdueNotices: 3 } });
  });
});

describe('nextSignChase (签收 chase)', () => {
  // Handed down on Monday 2026-06-08 at 10:00 Shanghai, due in 15 days.
  const state = {
    unsigned: true,
    assignedAt: at('2026-06-08T10:00:00'),
    deadline: at('2026-06-23T23:59:59'),
    signReminders: 0,
  };

  it('reminds the liaison once two working days have passed unsigned', () => {
    expect(nextSignChase(state, at('2026-06-09T23:59:59'))).toBeNull(); // one working day
    expect(nextSignChase(state, at('2026-06-10T00:00:00'))).toEqual({
      kind: UrgeKind.SIGN_REMINDER,
      target: 'LIAISON',
      workingDays: 2,
    });
  });

  it('counts working days only: handed down on a Friday, Monday is the first', () => {
    const friday = { ...state, assignedAt: at('2026-06-12T16:00:00') };
    expect(nextSignChase(friday, at('2026-06-15T09:00:00'))).toBeNull();
    expect(nextSignChase(friday, at('2026-06-16T00:00:00'))?.workingDays).toBe(2);
  });

  it('honours a configured 签收时限', () => {
    expect(nextSignChase(state, at('2026-06-10T09:00:00'), 3)).toBeNull();
    expect(nextSignChase(state, at('2026-06-11T09:00:00'), 3)?.workingDays).toBe(3);
    expect(() => nextSignChase(state, at('2026-06-11T09:00:00'), 0)).toThrow(RangeError);
  });

  it('sends one reminder only, none once signed for, none after the deadline', () => {
    const late = at('2026-06-18T09:00:00');
    expect(nextSignChase({ ...state, signReminders: 1 }, late)).toBeNull();
    expect(nextSignChase({ ...state, unsigned: false }, late)).toBeNull();
    expect(nextSignChase(state, at('2026-06-24T00:00:00'))).toBeNull();
  });
});
