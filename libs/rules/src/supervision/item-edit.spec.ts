import { RuleViolation } from '../common/errors';
import { AssignmentStatus as AS } from './assignment-state';
import { checkEditedItemDeadline, itemEditDiff, unitRemovalRefusal } from './item-edit';

const NOW = new Date('2026-03-01T02:00:00Z');
const day = (d: string) => new Date(`${d}T15:59:59Z`);

describe('itemEditDiff', () => {
  const before = {
    title: 'A',
    content: 'long text',
    requirements: null,
    deadline: '2026-04-01T00:00:00.000Z',
  };

  it('lists only the changed fields, in a fixed order, with both values whole', () => {
    expect(
      itemEditDiff(before, {
        ...before,
        deadline: '2026-03-20T00:00:00.000Z',
        title: 'B',
        requirements: 'R',
      }),
    ).toEqual([
      { field: 'title', before: 'A', after: 'B' },
      { field: 'requirements', before: null, after: 'R' },
      { field: 'deadline', before: '2026-04-01T00:00:00.000Z', after: '2026-03-20T00:00:00.000Z' },
    ]);
  });

  it('is empty when nothing changes', () => {
    expect(itemEditDiff(before, { ...before })).toEqual([]);
  });
});

describe('checkEditedItemDeadline', () => {
  const children = [
    { unitName: '白庙乡', deadline: day('2026-03-10') },
    { unitName: '交通局', deadline: day('2026-03-20') },
  ];

  it('accepts a future deadline no earlier than every open child', () => {
    expect(() => checkEditedItemDeadline(day('2026-03-20'), NOW, children)).not.toThrow();
    expect(() => checkEditedItemDeadline(day('2026-05-01'), NOW, children)).not.toThrow();
  });

  it('refuses a deadline in the past or now', () => {
    expect(() => checkEditedItemDeadline(NOW, NOW, [])).toThrow(
      expect.objectContaining({
        field: 'deadline',
        text: expect.objectContaining({ zh: '办理时限必须晚于当前时间' }),
      }),
    );
    expect(() => checkEditedItemDeadline(new Date('bogus'), NOW, [])).toThrow(RuleViolation);
  });

  it('refuses shortening below a child, naming exactly the units that would end later', () => {
    expect(() => checkEditedItemDeadline(day('2026-03-15'), NOW, children)).toThrow(
      expect.objectContaining({
        field: 'deadline',
        text: {
          zh: '新的办理时限早于以下承办单位的时限，下级时限不得晚于上级：交通局（2026-03-20）',
          en: "The new deadline is earlier than these units' deadlines, and no child may end after its parent: 交通局 (2026-03-20)",
        },
      }),
    );
  });
});

describe('unitRemovalRefusal', () => {
  it('lets an edit remove a unit that has not reported: awaiting acceptance, or accepted without progress', () => {
    expect(unitRemovalRefusal({ unitName: 'X', status: AS.ASSIGNED, progressReported: false })).toBeNull();
    expect(unitRemovalRefusal({ unitName: 'X', status: AS.IN_PROGRESS, progressReported: false })).toBeNull();
  });

  it.each([
    [AS.IN_PROGRESS, true],
    [AS.AWAITING_SIGNATURE, false],
    [AS.UNDER_REVIEW, false],
    [AS.DONE, false],
    [AS.WITHDRAWN, false],
  ])('refuses one %s (progress reported: %s), naming the unit', (status, progressReported) => {
    const refusal = unitRemovalRefusal({ unitName: '白庙乡', status, progressReported });
    expect(refusal?.zh).toContain('白庙乡已报送办理情况或已办结');
    expect(refusal?.en).toContain('白庙乡 has already reported');
  });
});
