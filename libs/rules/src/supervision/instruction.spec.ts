import { ItemStatus as IS, ITEM_STATUSES } from './item-state';
import {
  instructionKindRefusal,
  instructionKinds,
  instructionNeedsText,
  instructionRefusal,
  instructionReopens,
  instructionStateRefusal,
  InstructionKind as K,
  InstructionTarget as T,
  reopenDeadlineRefusal,
} from './instruction';

describe('批示 and 阅示', () => {
  it('pairs targets and kinds: a 批示 on an item or report, a 阅示 on the feedback', () => {
    expect(instructionKinds(T.ITEM)).toEqual([K.INSTRUCTION]);
    expect(instructionKinds(T.REPORT)).toEqual([K.INSTRUCTION]);
    expect(instructionKinds(T.FEEDBACK)).toEqual([K.READ, K.AGREE, K.FURTHER_INSTRUCTION]);
    expect(instructionRefusal(T.ITEM, K.READ, IS.IN_PROGRESS)).toEqual({
      zh: '事项不能作“已阅（圈阅）”：事项和报告作批示，结果反馈作阅示（已阅、同意或进一步批示）',
      en: 'Item cannot take “Read”: items and reports take an instruction, the result feedback a read, agree or further instruction',
    });
    expect(instructionRefusal(T.FEEDBACK, K.INSTRUCTION, IS.CONCLUDED)).not.toBeNull();
    expect(instructionRefusal(T.REPORT, K.FURTHER_INSTRUCTION, IS.IN_PROGRESS)).not.toBeNull();
  });

  it('takes a 批示 on the item from registration (draft included) until it is withdrawn', () => {
    const taken = ITEM_STATUSES.filter((s) => instructionRefusal(T.ITEM, K.INSTRUCTION, s) === null);
    expect(taken).toEqual([
      IS.DRAFT,
      IS.REGISTERED,
      IS.IN_PROGRESS,
      IS.AWAITING_FEEDBACK,
      IS.CONCLUDED,
      IS.ARCHIVED,
    ]);
    expect(instructionRefusal(T.ITEM, K.INSTRUCTION, IS.WITHDRAWN)).toEqual({
      zh: '事项已撤销，不能再作批示',
      en: 'The item was withdrawn; it takes no more instructions',
    });
  });

  it('takes a 阅示 only once the result is fed back, and a reopening one only while it can reopen', () => {
    for (const kind of [K.READ, K.AGREE])
      expect(ITEM_STATUSES.filter((s) => instructionRefusal(T.FEEDBACK, kind, s) === null)).toEqual([
        IS.CONCLUDED,
        IS.ARCHIVED,
      ]);
    expect(
      ITEM_STATUSES.filter((s) => instructionRefusal(T.FEEDBACK, K.FURTHER_INSTRUCTION, s) === null),
    ).toEqual([IS.CONCLUDED]);
    expect(instructionRefusal(T.FEEDBACK, K.READ, IS.AWAITING_FEEDBACK)).toEqual({
      zh: '事项尚未办结反馈，暂不能阅示',
      en: 'The item’s result has not been reported yet; there is nothing to read',
    });
    expect(instructionRefusal(T.FEEDBACK, K.FURTHER_INSTRUCTION, IS.ARCHIVED)).toEqual({
      zh: '事项已归档，不能再作进一步批示重新督办',
      en: 'The item is archived; a further instruction can no longer reopen it',
    });
  });

  it('tells a wrong kind (the input) from a wrong moment (the state)', () => {
    expect(instructionKindRefusal(T.FEEDBACK, K.INSTRUCTION)).not.toBeNull();
    expect(instructionStateRefusal(T.FEEDBACK, K.INSTRUCTION, IS.CONCLUDED)).toBeNull();
    expect(instructionKindRefusal(T.FEEDBACK, K.READ)).toBeNull();
    expect(instructionStateRefusal(T.FEEDBACK, K.READ, IS.IN_PROGRESS)).not.toBeNull();
    expect(instructionRefusal(T.FEEDBACK, K.INSTRUCTION, IS.IN_PROGRESS)).toEqual(
      instructionKindRefusal(T.FEEDBACK, K.INSTRUCTION),
    );
  });

  it('needs words for a 批示 and a further instruction, not for 圈阅 or 同意', () => {
    expect(Object.values(K).filter(instructionNeedsText)).toEqual([K.INSTRUCTION, K.FURTHER_INSTRUCTION]);
  });

  it('reopens the item only with a further instruction', () => {
    expect(Object.values(K).filter(instructionReopens)).toEqual([K.FURTHER_INSTRUCTION]);
  });
});

describe('复查复议 deadline', () => {
  const now = new Date('2026-06-01T08:00:00Z');
  it('must lie ahead of now', () => {
    const refusal = {
      zh: '复查复议的新办理时限必须晚于当前时间',
      en: 'The new deadline must be in the future',
    };
    expect(reopenDeadlineRefusal(new Date('2026-06-01T08:00:00Z'), now)).toEqual(refusal);
    expect(reopenDeadlineRefusal(new Date('2026-05-01T00:00:00Z'), now)).toEqual(refusal);
    expect(reopenDeadlineRefusal(new Date('not a date'), now)).toEqual(refusal);
    expect(reopenDeadlineRefusal(new Date('2026-06-01T08:00:01Z'), now)).toBeNull();
  });
});
