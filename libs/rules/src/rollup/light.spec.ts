import { computeLight, scheduleProgress, worstLight, type LightInput } from './light';

/** A Shanghai wall-clock time. */
const at = (s: string) => new Date(`${s}+08:00`);

// A 10-day period: 06-01 00:00 → 06-10 23:59:59 (just under 10 days).
const start = at('2026-06-01T00:00:00');
const deadline = at('2026-06-10T23:59:59');
const base: LightInput = {
  now: at('2026-06-03T12:00:00'),
  start,
  deadline,
  progressPercent: 50,
  done: false,
  returned: false,
};

describe('scheduleProgress (序时进度)', () => {
  it('is the elapsed share of the period', () => {
    expect(
      scheduleProgress(at('2026-01-01T00:00:00'), at('2026-01-11T00:00:00'), at('2026-01-04T12:00:00')),
    ).toBe(35);
  });

  it('clamps to 0 before the start and 100 after the deadline', () => {
    expect(scheduleProgress(start, deadline, at('2026-05-01T00:00:00'))).toBe(0);
    expect(scheduleProgress(start, deadline, at('2026-07-01T00:00:00'))).toBe(100);
    expect(scheduleProgress(start, deadline, deadline)).toBe(100);
  });

  it('treats an empty period as a step at the deadline', () => {
    expect(scheduleProgress(deadline, deadline, at('2026-06-10T12:00:00'))).toBe(0);
    expect(scheduleProgress(deadline, deadline, deadline)).toBe(100);
  });

  it('refuses invalid dates', () => {
    expect(() => scheduleProgress(new Date('nope'), deadline, start)).toThrow(RangeError);
  });
});

describe('computeLight', () => {
  it('is green with the numbers when on track', () => {
    // 2.5 of ~10 days elapsed → 25%.
    expect(computeLight(base)).toEqual({
      light: 'GREEN',
      reason: { zh: '进度正常（进度50%，序时进度25%）', en: 'on track (progress 50%, schedule 25%)' },
    });
  });

  it('is yellow when progress lags 序时进度, rounding the figures', () => {
    // dueSoonDays 1 keeps the near deadline (3 days) out of this case.
    const r = computeLight({
      ...base,
      now: at('2026-06-07T12:00:00'),
      progressPercent: 40.4,
      dueSoonDays: 1,
    });
    expect(r).toEqual({
      light: 'YELLOW',
      reason: { zh: '进度40%，序时进度65%', en: 'progress 40%, schedule 65%' },
    });
  });

  it('does not call equal rounded figures a lag', () => {
    const now = at('2026-06-07T12:00:00'); // schedule ≈ 65.0%
    expect(computeLight({ ...base, now, progressPercent: 64.6, dueSoonDays: 1 }).light).toBe('GREEN');
    expect(computeLight({ ...base, now, progressPercent: 64.4, dueSoonDays: 1 }).light).toBe('YELLOW');
  });

  it('is yellow when the deadline is within dueSoonDays calendar days', () => {
    const now = at('2026-06-08T09:00:00');
    expect(computeLight({ ...base, now, progressPercent: 90 })).toEqual({
      light: 'YELLOW',
      reason: { zh: '距截止2天', en: 'due in 2 days' },
    });
    expect(computeLight({ ...base, now: at('2026-06-09T09:00:00'), progressPercent: 95 }).reason.en).toBe(
      'due in 1 day',
    );
    expect(computeLight({ ...base, now: at('2026-06-10T09:00:00'), progressPercent: 99 }).reason).toEqual({
      zh: '今日截止',
      en: 'due today',
    });
    // Four days out is still green with the default of 3, yellow with 5.
    const early = { ...base, now: at('2026-06-06T09:00:00'), progressPercent: 90 };
    expect(computeLight(early).light).toBe('GREEN');
    expect(computeLight({ ...early, dueSoonDays: 5 }).reason.zh).toBe('距截止4天');
  });

  it('lists every yellow cause', () => {
    const r = computeLight({ ...base, now: at('2026-06-09T00:00:00'), progressPercent: 10 });
    expect(r).toEqual({
      light: 'YELLOW',
      reason: { zh: '进度10%，序时进度80%；距截止1天', en: 'progress 10%, schedule 80%; due in 1 day' },
    });
  });

  it('is red when overdue, counting started days', () => {
    const cases: [string, string, string][] = [
      ['2026-06-11T00:00:00', '逾期1天', '1 day overdue'],
      ['2026-06-11T23:59:59', '逾期1天', '1 day overdue'],
      ['2026-06-12T00:00:00', '逾期2天', '2 days overdue'],
      ['2026-06-13T10:00:00', '逾期3天', '3 days overdue'],
    ];
    for (const [now, zh, en] of cases) {
      expect(computeLight({ ...base, now: at(now), progressPercent: 99 })).toEqual({
        light: 'RED',
        reason: { zh, en },
      });
    }
  });

  it('is red when returned, and names both causes together', () => {
    expect(computeLight({ ...base, returned: true, progressPercent: 90 })).toEqual({
      light: 'RED',
      reason: { zh: '退回重办', en: 'returned for rework' },
    });
    expect(computeLight({ ...base, now: at('2026-06-12T08:00:00'), returned: true }).reason).toEqual({
      zh: '逾期2天；退回重办',
      en: '2 days overdue; returned for rework',
    });
  });

  it('is green when done on time, yellow when done late, whatever else holds', () => {
    const done = { ...base, done: true, progressPercent: 0, returned: true, previous: 'RED' as const };
    expect(computeLight({ ...done, doneAt: deadline, now: at('2026-07-01T00:00:00') })).toEqual({
      light: 'GREEN',
      reason: { zh: '已办结', en: 'done' },
    });
    expect(
      computeLight({ ...done, doneAt: at('2026-06-13T08:00:00'), now: at('2026-07-01T00:00:00') }),
    ).toEqual({
      light: 'YELLOW',
      reason: { zh: '逾期3天办结', en: 'done 3 days late' },
    });
    // Without doneAt the work is taken as done now.
    expect(computeLight({ ...done, now: at('2026-06-11T08:00:00') }).reason.zh).toBe('逾期1天办结');
    expect(computeLight({ ...done }).light).toBe('GREEN');
  });

  describe('hysteresis', () => {
    it('steps a red back to yellow, not green, once caught up', () => {
      expect(computeLight({ ...base, previous: 'RED' })).toEqual({
        light: 'YELLOW',
        reason: {
          zh: '已赶上序时进度，由红转黄（进度50%，序时进度25%）',
          en: 'caught up with schedule, recovering from red to yellow (progress 50%, schedule 25%)',
        },
      });
    });

    it('lets yellow and green go green, and keeps real yellows and reds', () => {
      expect(computeLight({ ...base, previous: 'YELLOW' }).light).toBe('GREEN');
      expect(computeLight({ ...base, previous: 'GREEN' }).light).toBe('GREEN');
      expect(computeLight({ ...base, previous: 'RED', returned: true }).light).toBe('RED');
      const lagging = computeLight({ ...base, previous: 'RED', progressPercent: 0 });
      expect(lagging).toEqual({
        light: 'YELLOW',
        reason: { zh: '进度0%，序时进度25%', en: 'progress 0%, schedule 25%' },
      });
    });

    it('needs two evaluations to go from red to green', () => {
      const first = computeLight({ ...base, previous: 'RED' });
      const second = computeLight({ ...base, previous: first.light });
      expect([first.light, second.light]).toEqual(['YELLOW', 'GREEN']);
    });
  });

  it('refuses invalid dates', () => {
    expect(() => computeLight({ ...base, now: new Date(NaN) })).toThrow(RangeError);
  });
});

describe('worstLight', () => {
  it('picks the most severe', () => {
    expect(worstLight([])).toBe('GREEN');
    expect(worstLight(['GREEN', 'YELLOW', 'GREEN'])).toBe('YELLOW');
    expect(worstLight(['YELLOW', 'RED', 'GREEN'])).toBe('RED');
  });
});

describe('computeLight: 逾期未签收', () => {
  // base was handed down on Monday 2026-06-01 00:00; its deadline is ten days later.
  const unsigned = { ...base, unsigned: true };

  it('stays as it was within the 签收时限 (two working days by default)', () => {
    expect(computeLight({ ...unsigned, now: at('2026-06-02T23:59:59') }).light).toBe('GREEN');
  });

  it('turns yellow once two working days have passed unsigned, with the count', () => {
    expect(computeLight(unsigned)).toEqual({
      light: 'YELLOW',
      reason: { zh: '逾期未签收（2天）', en: 'not signed for (2 working days)' },
    });
    // The weekend does not count: Monday to the next Monday is five working days.
    expect(computeLight({ ...unsigned, now: at('2026-06-08T09:00:00') }).reason.zh).toBe(
      '逾期未签收（5天）；进度50%，序时进度74%；距截止2天',
    );
  });

  it('follows a configured 签收时限', () => {
    expect(computeLight({ ...unsigned, signWithinWorkingDays: 3 }).light).toBe('GREEN');
    expect(computeLight({ ...unsigned, signWithinWorkingDays: 1, now: at('2026-06-02T08:00:00') })).toEqual({
      light: 'YELLOW',
      reason: { zh: '逾期未签收（1天）', en: 'not signed for (1 working day)' },
    });
  });

  it('gives way to red, and is gone once signed for or done', () => {
    expect(computeLight({ ...unsigned, now: at('2026-06-11T09:00:00') }).reason.zh).toBe('逾期1天');
    expect(computeLight({ ...unsigned, unsigned: false }).light).toBe('GREEN');
    expect(computeLight({ ...unsigned, done: true }).reason.zh).toBe('已办结');
  });
});

describe('computeLight: 上报协调中', () => {
  const escalated = { ...base, escalated: true };

  it('is at least yellow while an escalation waits for an answer, with the reason first', () => {
    expect(computeLight(base).light).toBe('GREEN');
    expect(computeLight(escalated)).toEqual({
      light: 'YELLOW',
      reason: { zh: '上报协调中', en: 'Escalated for coordination' },
    });
    expect(computeLight({ ...escalated, now: at('2026-06-08T09:00:00') }).reason.zh).toBe(
      '上报协调中；进度50%，序时进度74%；距截止2天',
    );
    expect(computeLight({ ...escalated, unsigned: true }).reason.zh).toBe('上报协调中；逾期未签收（2天）');
  });

  it('gives way to red, and is gone once resolved or done', () => {
    expect(computeLight({ ...escalated, returned: true })).toEqual({
      light: 'RED',
      reason: { zh: '退回重办', en: 'returned for rework' },
    });
    expect(computeLight({ ...escalated, now: at('2026-06-11T09:00:00') }).reason.zh).toBe('逾期1天');
    expect(computeLight({ ...escalated, escalated: false }).light).toBe('GREEN');
    expect(computeLight({ ...escalated, done: true }).reason.zh).toBe('已办结');
  });

  it('keeps a red that was caught up yellow for the escalation, not for the recovery', () => {
    expect(computeLight({ ...escalated, previous: 'RED' }).reason.zh).toBe('上报协调中');
  });
});
