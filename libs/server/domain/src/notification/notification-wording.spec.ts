// Over 400 lines on purpose: one case per event topic, in one table that fails to compile when a topic is missing.
import { DomainEvent, DomainTopic, EventOf } from '@duban/contracts';
import { notificationWording, preWordedNotification } from './notification-wording';

const facts = { itemId: '7', assignmentId: '70', unitId: '100', issuerUnitId: '10', actorId: '5' };
const told = (event: DomainEvent) => notificationWording(event);

/** Every topic is worded below; adding a topic to DomainEvent makes this table fail to compile. */
const cases: { [T in DomainTopic]: [EventOf<T>, ReturnType<typeof notificationWording>] } = {
  'item.assigned': [
    {
      topic: 'item.assigned',
      itemId: '7',
      itemTitle: '河道清障',
      assignmentRange: { min: '71', max: '90' },
      actorId: '5',
    },
    {
      audience: [],
      title: { zh: '新交办事项：河道清障', en: 'New assignment: 河道清障' },
      cascade: { min: '71', max: '90', parentId: null },
      itemId: '7',
      assignmentId: null,
    },
  ],
  'assignment.delegated': [
    {
      topic: 'assignment.delegated',
      ...facts,
      itemTitle: '河道清障',
      assignmentRange: { min: '91', max: '95' },
    },
    {
      audience: [],
      title: { zh: '新转办事项：河道清障', en: 'Delegated to you: 河道清障' },
      cascade: { min: '91', max: '95', parentId: '70' },
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'report.submitted': [
    { topic: 'report.submitted', ...facts },
    {
      audience: [{ unitId: '100', roles: ['HEAD'] }],
      title: { zh: '有一份办理情况报告待您签字', en: 'A report is waiting for your signature' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
      actingSigners: true,
    },
  ],
  'report.signed': [
    { topic: 'report.signed', ...facts },
    {
      audience: [{ unitId: '10', roles: ['SUPERVISOR'] }],
      title: { zh: '有一份已签字的办理报告待审核', en: 'A signed report is waiting for review' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'report.signature_refused': [
    { topic: 'report.signature_refused', ...facts, reason: '数据不准' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON'] }],
      title: { zh: '一把手退回了报告：数据不准', en: 'The head sent the report back: 数据不准' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'report.accepted': [
    { topic: 'report.accepted', ...facts },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: {
        zh: '办理情况报告已审核通过，事项办结',
        en: 'Your report was accepted; the assignment is done',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'report.co_unit_accepted': [
    {
      topic: 'report.co_unit_accepted',
      ...facts,
      leadAssignmentId: '69',
      leadUnitId: '101',
      unitName: '白庙乡',
    },
    {
      audience: [{ unitId: '101', roles: ['LIAISON', 'HEAD'] }],
      title: {
        zh: '协办单位白庙乡的报告已审核通过，可在主办单位报告中引用汇总',
        en: "Co-unit 白庙乡's report was accepted; your lead report can now cite it",
      },
      cascade: null,
      itemId: '7',
      assignmentId: '69',
    },
  ],
  'report.returned': [
    { topic: 'report.returned', ...facts, reason: '材料不全' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: { zh: '报告被退回重办：材料不全', en: 'Your report was returned for rework: 材料不全' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'extension.requested': [
    { topic: 'extension.requested', ...facts, reason: '汛期施工受阻' },
    {
      audience: [{ unitId: '10', roles: ['SUPERVISOR'] }],
      title: { zh: '延期申请待审批：汛期施工受阻', en: 'Extension request to decide: 汛期施工受阻' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'assignment.share_adjusted': [
    { topic: 'assignment.share_adjusted', ...facts, from: 60, to: 50, reason: '城关镇征地受阻' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: {
        zh: '分解指标已调整：60 → 50（城关镇征地受阻）',
        en: 'Your quantified share was changed: 60 → 50 (城关镇征地受阻)',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'extension.forwarded': [
    { topic: 'extension.forwarded', ...facts, opinion: '同意延期，报市督查室' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: {
        zh: '延期申请超出交办单位时限，已转报上级审批（意见：同意延期，报市督查室）',
        en: "Your extension request goes beyond the assigning office's own deadline and was forwarded upward (opinion: 同意延期，报市督查室)",
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'extension.cancelled': [
    { topic: 'extension.cancelled', ...facts },
    {
      audience: [{ unitId: '10', roles: ['SUPERVISOR'] }],
      title: { zh: '下级单位撤回了延期申请', en: 'An extension request was cancelled by the unit' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'extension.decided': [
    {
      topic: 'extension.decided',
      ...facts,
      approved: true,
      deadline: '2026-07-15T15:59:59.000Z',
      comment: null,
    },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: { zh: '延期申请已同意，新时限 2026-07-15', en: 'Extension approved until 2026-07-15' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'assignment.urged': [
    {
      topic: 'assignment.urged',
      source: 'MANUAL',
      ...facts,
      number: '商督催〔2026〕3号',
      text: { zh: '请抓紧办理', en: 'Please hurry' },
      target: 'LIAISON',
    },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: {
        zh: '催办通知 商督催〔2026〕3号：请抓紧办理',
        en: 'Urge notice 商督催〔2026〕3号: Please hurry',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'assignment.escalated': [
    { topic: 'assignment.escalated', ...facts, reason: '跨部门协调' },
    {
      audience: [{ unitId: '10', roles: ['SUPERVISOR', 'LEADER'] }],
      title: { zh: '下级上报协调：跨部门协调', en: 'Escalated for coordination: 跨部门协调' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'escalation.forwarded': [
    { topic: 'escalation.forwarded', ...facts, opinion: '情况属实，建议市级协调' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: {
        zh: '上报协调事项已转报上级协调（意见：情况属实，建议市级协调）',
        en: 'Your escalation was forwarded to the office above (opinion: 情况属实，建议市级协调)',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'escalation.resolved': [
    { topic: 'escalation.resolved', ...facts, resolution: '已协调市水利局现场办公' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD', 'SUPERVISOR'] }],
      title: {
        zh: '上报协调事项已答复：已协调市水利局现场办公',
        en: 'Your escalation was resolved: 已协调市水利局现场办公',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'assignment.declined': [
    { topic: 'assignment.declined', ...facts, reason: '不属于本单位职责', unitName: '城关镇' },
    {
      audience: [{ unitId: '10', roles: ['SUPERVISOR'] }],
      title: {
        zh: '城关镇退回交办，请改派或标为不适用：不属于本单位职责',
        en: '城关镇 returned the assignment; reassign it or mark it not applicable: 不属于本单位职责',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'assignment.reassigned': [
    { topic: 'assignment.reassigned', ...facts, itemTitle: '河道清障', fromAssignmentId: '69' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON'] }],
      title: { zh: '改派交办事项：河道清障', en: 'Reassigned to you: 河道清障' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'assignment.withdrawn': [
    { topic: 'assignment.withdrawn', ...facts, reason: '调整承办单位' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: { zh: '交办任务已撤回：调整承办单位', en: 'The assignment was withdrawn: 调整承办单位' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'item.feedback': [
    { topic: 'item.feedback', itemId: '7', itemTitle: '河道清障', issuerUnitId: '10', actorId: '5' },
    {
      audience: [{ unitId: '10', roles: ['LEADER'] }],
      title: { zh: '事项已办结反馈：河道清障', en: 'Result reported: 河道清障' },
      cascade: null,
      itemId: '7',
      assignmentId: null,
    },
  ],
  'item.edited': [
    {
      topic: 'item.edited',
      itemId: '7',
      itemTitle: '河道清障',
      issuerUnitId: '10',
      unitIds: ['100', '101'],
      fields: ['title', 'deadline'],
      deadline: '2026-03-20T15:59:59.000Z',
      actorId: '5',
    },
    {
      audience: [
        { unitId: '100', roles: ['LIAISON', 'HEAD'] },
        { unitId: '101', roles: ['LIAISON', 'HEAD'] },
      ],
      title: {
        zh: '督办事项已调整：事项名称、办理时限（新时限2026-03-20）',
        en: 'The item was edited: title, deadline (now due 2026-03-20)',
      },
      cascade: null,
      itemId: '7',
      assignmentId: null,
    },
  ],
  'instruction.given': [
    {
      topic: 'instruction.given',
      itemId: '7',
      itemTitle: '河道清障',
      issuerUnitId: '10',
      instructionId: '3',
      target: 'ITEM',
      kind: 'INSTRUCTION',
      leaderName: '李书记',
      text: '汛前务必完成',
      actorId: '5',
    },
    {
      audience: [{ unitId: '10', roles: ['SUPERVISOR'] }],
      title: { zh: '李书记批示：汛前务必完成', en: '李书记 gave an instruction: 汛前务必完成' },
      cascade: null,
      itemId: '7',
      assignmentId: null,
    },
  ],
  'assignment.reopened': [
    { topic: 'assignment.reopened', ...facts, reason: '仍有积水', deadline: '2026-07-10T15:59:59.000Z' },
    {
      audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
      title: {
        zh: '事项复查复议，请重新办理（新时限2026-07-10）：仍有积水',
        en: 'Reopened for re-review; due 2026-07-10: 仍有积水',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    },
  ],
  'bulletin.issued': [
    {
      topic: 'bulletin.issued',
      unitIds: ['100', '101'],
      heading: {
        zh: '市级通报批评（商督通〔2026〕2号）：整改不力',
        en: 'Criticism by the city (商督通〔2026〕2号): 整改不力',
      },
      actorId: '5',
    },
    {
      audience: [
        { unitId: '100', roles: ['HEAD', 'LIAISON'] },
        { unitId: '101', roles: ['HEAD', 'LIAISON'] },
      ],
      title: {
        zh: '市级通报批评（商督通〔2026〕2号）：整改不力',
        en: 'Criticism by the city (商督通〔2026〕2号): 整改不力',
      },
      cascade: null,
      itemId: null,
      assignmentId: null,
    },
  ],
};

describe('notificationWording', () => {
  it.each(Object.entries(cases))('words %s', (_topic, [event, expected]) => {
    expect(told(event)).toEqual(expected);
  });

  it('words a 批示 on a report for the office and the reporting unit, pointing at its assignment', () => {
    const event: DomainEvent = {
      topic: 'instruction.given',
      itemId: '7',
      itemTitle: '河道清障',
      issuerUnitId: '10',
      instructionId: '4',
      target: 'REPORT',
      kind: 'INSTRUCTION',
      leaderName: '李书记',
      text: '数据再核实',
      report: { assignmentId: '70', unitId: '100' },
    };
    expect(told(event)).toEqual({
      audience: [
        { unitId: '10', roles: ['SUPERVISOR'] },
        { unitId: '100', roles: ['LIAISON', 'HEAD'] },
      ],
      title: {
        zh: '李书记对办理报告批示：数据再核实',
        en: '李书记 gave an instruction on a report: 数据再核实',
      },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    });
  });

  it.each([
    ['READ', null, { zh: '李书记已阅结果反馈', en: '李书记 read the result' }],
    ['AGREE', '同意', { zh: '李书记同意结果反馈：同意', en: '李书记 agreed to the result: 同意' }],
    [
      'FURTHER_INSTRUCTION',
      '再查一遍',
      {
        zh: '李书记对结果反馈进一步批示：再查一遍',
        en: '李书记 gave a further instruction on the result: 再查一遍',
      },
    ],
  ] as const)('words a 阅示 %s on the result', (kind, text, title) => {
    const event: DomainEvent = {
      topic: 'instruction.given',
      itemId: '7',
      itemTitle: '河道清障',
      issuerUnitId: '10',
      instructionId: '5',
      target: 'FEEDBACK',
      kind,
      leaderName: '李书记',
      text,
    };
    expect(told(event).title).toEqual(title);
    expect(told(event).audience).toEqual([{ unitId: '10', roles: ['SUPERVISOR'] }]);
  });

  it('words a refused extension with the refusal comment', () => {
    const event: DomainEvent = {
      topic: 'extension.decided',
      ...facts,
      approved: false,
      deadline: '2026-06-30T15:59:59.000Z',
      comment: '理由不充分',
    };
    expect(told(event).title).toEqual({
      zh: '延期申请未同意：理由不充分',
      en: 'Extension refused: 理由不充分',
    });
  });

  it('writes the new deadline as its UTC calendar day, as the emit site did', () => {
    const event: DomainEvent = {
      topic: 'extension.decided',
      ...facts,
      approved: true,
      deadline: new Date('2026-08-01T07:30:00+08:00').toISOString(),
      comment: null,
    };
    expect(told(event).title.zh).toBe('延期申请已同意，新时限 2026-07-31');
  });

  describe("the deadline sweep's notices: titled by their text, heard further up as they climb", () => {
    const text = {
      zh: '逾期通知（商督催〔2026〕9号）：请联络员督促，按时限报送办理情况',
      en: 'Overdue notice (商督催〔2026〕9号) to the liaison: please report by the deadline',
    };
    const sweep = (target: 'LIAISON' | 'HEAD' | 'LEADER'): DomainEvent => ({
      topic: 'assignment.urged',
      source: 'SWEEP',
      ...facts,
      actorId: null,
      number: '商督催〔2026〕9号',
      text,
      target,
    });

    it.each([
      ['LIAISON', [{ unitId: '100', roles: ['LIAISON'] }]],
      ['HEAD', [{ unitId: '100', roles: ['HEAD', 'LIAISON'] }]],
      [
        'LEADER',
        [
          { unitId: '10', roles: ['LEADER'] },
          { unitId: '100', roles: ['HEAD', 'LIAISON'] },
        ],
      ],
    ] as const)('to the %s', (target, audience) => {
      expect(told(sweep(target))).toEqual({
        audience,
        title: text,
        cascade: null,
        itemId: '7',
        assignmentId: '70',
      });
    });
  });

  describe('an urge along the chain: the offices between the urging office and the unit are told', () => {
    const manual: DomainEvent = {
      topic: 'assignment.urged',
      source: 'MANUAL',
      ...facts,
      number: '商督催〔2026〕3号',
      text: { zh: '请抓紧办理', en: 'Please hurry' },
      target: 'LIAISON',
      urgerUnitId: '1',
      urgerUnitName: '商丘市',
      unitName: '城关镇',
    };

    it('names the urging office, the unit and the notice, in both languages', () => {
      expect(told(manual)).toEqual({
        audience: [{ unitId: '100', roles: ['LIAISON', 'HEAD'] }],
        title: {
          zh: '催办通知 商督催〔2026〕3号：请抓紧办理',
          en: 'Urge notice 商督催〔2026〕3号: Please hurry',
        },
        cascade: null,
        itemId: '7',
        assignmentId: '70',
        chain: {
          fromUnitId: '1',
          roles: ['SUPERVISOR'],
          title: {
            zh: '商丘市已催办城关镇：请抓紧办理（商督催〔2026〕3号）',
            en: '商丘市 urged 城关镇: Please hurry (商督催〔2026〕3号)',
          },
        },
      });
    });

    it('does not repeat a number the text already carries, and covers the sweep’s notices', () => {
      const text = {
        zh: '签收提醒（商督催〔2026〕4号）：请联络员督促，按时限报送办理情况',
        en: 'Sign-for reminder (商督催〔2026〕4号) to the liaison: please report by the deadline',
      };
      const sweep: DomainEvent = {
        ...manual,
        source: 'SWEEP',
        actorId: null,
        number: '商督催〔2026〕4号',
        text,
      };
      expect(told(sweep).chain?.title).toEqual({
        zh: `商丘市已催办城关镇：${text.zh}`,
        en: `商丘市 urged 城关镇: ${text.en}`,
      });
    });

    it('tells only the unit for an event that does not name the urging office', () => {
      const {
        urgerUnitId: _u,
        urgerUnitName: _n,
        unitName: _m,
        ...old
      } = manual as EventOf<'assignment.urged'>;
      expect(told(old)).not.toHaveProperty('chain');
    });
  });

  it('keeps an item id on a bulletin about an item', () => {
    const event: DomainEvent = {
      topic: 'bulletin.issued',
      itemId: '7',
      unitIds: ['100'],
      heading: { zh: '通报', en: 'Bulletin' },
    };
    expect(told(event).itemId).toBe('7');
  });

  it('refuses a topic it has no wording for (the compiler refuses it first)', () => {
    expect(() => told({ topic: 'item.vanished' } as unknown as DomainEvent)).toThrow(
      'no wording for event topic item.vanished',
    );
  });
});

describe('preWordedNotification', () => {
  it('delivers an event written before facts-only events exactly as written', () => {
    expect(
      preWordedNotification({
        topic: 'assignment.delegated',
        itemId: '7',
        assignmentId: '70',
        audience: [],
        assignmentRange: { min: '91', max: '95' },
        title: { zh: '新转办事项：河道清障', en: 'Delegated to you: 河道清障' },
      }),
    ).toEqual({
      audience: [],
      title: { zh: '新转办事项：河道清障', en: 'Delegated to you: 河道清障' },
      cascade: { min: '91', max: '95', parentId: '70' },
      itemId: '7',
      assignmentId: '70',
    });
    expect(
      preWordedNotification({
        topic: 'assignment.urged',
        itemId: '7',
        assignmentId: '70',
        audience: [{ unitId: '100', roles: ['LIAISON'] }],
        title: { zh: '催办', en: 'Urge' },
      }),
    ).toEqual({
      audience: [{ unitId: '100', roles: ['LIAISON'] }],
      title: { zh: '催办', en: 'Urge' },
      cascade: null,
      itemId: '7',
      assignmentId: '70',
    });
  });

  it('leaves a facts-only event to notificationWording', () => {
    expect(preWordedNotification({ topic: 'report.submitted', ...facts })).toBeNull();
  });
});

describe('every notice names its item and unit', () => {
  const names = { item: '河道清障', unit: '白庙乡' };

  it('appends both to words that name neither, in each language', () => {
    expect(notificationWording({ topic: 'report.submitted', ...facts }, names).title).toEqual({
      zh: '有一份办理情况报告待您签字（河道清障 · 白庙乡）',
      en: 'A report is waiting for your signature (河道清障 · 白庙乡)',
    });
  });

  it('names a manual urge notice’s item and unit, and the chain’s words too', () => {
    const event: EventOf<'assignment.urged'> = {
      topic: 'assignment.urged',
      ...facts,
      source: 'MANUAL',
      target: 'LIAISON',
      number: '商督催〔2026〕3号',
      text: { zh: '请抓紧办理', en: 'Please act now' },
      urgerUnitId: '1',
      urgerUnitName: '商丘市',
      unitName: '白庙乡',
    } as EventOf<'assignment.urged'>;
    const told = notificationWording(event, names);
    expect(told.title.zh).toBe('催办通知 商督催〔2026〕3号：请抓紧办理（河道清障 · 白庙乡）');
    // The chain's words already name the unit: only the item is added.
    expect(told.chain?.title.zh).toBe('商丘市已催办白庙乡：请抓紧办理（商督催〔2026〕3号）（河道清障）');
  });

  it('adds nothing the words already say, nor a name it could not read', () => {
    const assigned = {
      topic: 'item.assigned',
      itemId: '7',
      itemTitle: '河道清障',
    } as EventOf<'item.assigned'>;
    expect(
      notificationWording({ ...assigned, assignmentRange: { min: '1', max: '2' } }, { item: '河道清障' })
        .title,
    ).toEqual({ zh: '新交办事项：河道清障', en: 'New assignment: 河道清障' });
    expect(notificationWording({ topic: 'report.signed', ...facts }).title.zh).toBe(
      '有一份已签字的办理报告待审核',
    );
  });
});
