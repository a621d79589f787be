import { changedSpan } from './changed-span';

describe('changedSpan: the part of an edited text that changed', () => {
  it('keeps the common start and end apart', () => {
    expect(changedSpan('年内完成改造。', '年内完成全部改造。')).toEqual({
      head: '年内完成',
      removed: '',
      added: '全部',
      tail: '改造。',
    });
    expect(changedSpan('abc', 'xyz')).toEqual({ head: '', removed: 'abc', added: 'xyz', tail: '' });
  });

  it('elides long unchanged context to 30 characters each side', () => {
    const before = `${'甲'.repeat(100)}旧${'乙'.repeat(100)}`;
    const after = `${'甲'.repeat(100)}新${'乙'.repeat(100)}`;
    expect(changedSpan(before, after)).toEqual({
      head: `…${'甲'.repeat(30)}`,
      removed: '旧',
      added: '新',
      tail: `${'乙'.repeat(30)}…`,
    });
  });

  it('does not let start and end overlap on a repeated character', () => {
    expect(changedSpan('aa', 'aaa')).toEqual({ head: 'aa', removed: '', added: 'a', tail: '' });
  });
});
