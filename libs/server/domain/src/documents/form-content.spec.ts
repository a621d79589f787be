import {
  AssignmentStatus,
  BulletinKind,
  BulletinLevel,
  DocumentKind,
  InstructionKind,
  InstructionTarget,
  ItemSource,
  UrgeKind,
} from '@duban/rules';
import { documentFileName } from './document-sources';
import {
  bulletinForm,
  instructionFeedbackForm,
  ItemFacts,
  registrationForm,
  reportForm,
  urgeNoticeForm,
} from './form-content';
import { FormDocument, verificationLines } from './form';

const ISSUED = new Date('2026-11-27T02:00:00Z');
const FRAME = {
  office: '商丘市督查室',
  issuedAt: ISSUED,
  verification: { code: '7K3MQ9XD2FHTB8RW', url: 'http://localhost:5173/verify/7K3M-Q9XD-2FHT-B8RW' },
};
const rows = (form: FormDocument) =>
  Object.fromEntries(
    form.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => [r.label, r.value]) : [])),
  );

const ITEM: ItemFacts = {
  regNumber: '商督〔2026〕17号',
  title: '高标准农田建设',
  source: ItemSource.LEADER_INSTRUCTION,
  category: null,
  content: '年内新建配套道路',
  requirements: null,
  instruction: '请抓紧落实',
  deadline: new Date('2026-12-26T15:59:59Z'),
  leaderName: '李书记',
  responsiblePerson: null,
  target: 100,
  targetUnit: '公里',
  feedback: null,
  createdAt: ISSUED,
  updatedAt: ISSUED,
  leadUnit: '睢县',
  coUnits: ['民权县', '宁陵县'],
  assignments: [
    { unit: '睢县', deadline: new Date('2026-12-16T15:59:59Z'), status: AssignmentStatus.IN_PROGRESS },
  ],
  leaderNotes: [],
};

describe('the forms’ content', () => {
  it('登记单: the registered facts, dates on the Shanghai calendar, blanks as a dash', () => {
    const form = registrationForm(ITEM, FRAME);
    expect(form).toMatchObject({
      kind: DocumentKind.ITEM_REGISTRATION,
      office: '商丘市督查室',
      number: '商督〔2026〕17号',
      title: '督促检查登记单',
      signature: { lines: ['商丘市督查室'], date: '2026年11月27日' },
      imprint: { office: '商丘市督查室', date: '2026年11月27日' },
    });
    expect(rows(form)).toMatchObject({
      事项来源: '领导批示',
      事项类别: '—',
      办理时限: '2026年12月26日',
      协办单位: '民权县、宁陵县',
      量化目标: '100公里',
      交办情况: '睢县（时限2026年12月16日，办理中）',
    });
  });

  it('批示 and 阅示 recorded in the system print on the 登记单 and the 批示件办理情况, in Shanghai dates', () => {
    const note = (kind: InstructionKind, target: InstructionTarget, text: string | null, at: string) => ({
      kind,
      target,
      leader: '李书记',
      leaderUnit: '市委',
      reportUnit: target === InstructionTarget.REPORT ? '睢县' : null,
      text,
      at: new Date(at),
    });
    const item: ItemFacts = {
      ...ITEM,
      feedback: '已全部完工',
      leaderNotes: [
        note(InstructionKind.INSTRUCTION, InstructionTarget.ITEM, '务必年底前完成', '2026-11-27T17:00:00Z'),
        note(InstructionKind.INSTRUCTION, InstructionTarget.REPORT, '总结经验', '2026-12-01T02:00:00Z'),
        note(InstructionKind.READ, InstructionTarget.FEEDBACK, null, '2026-12-20T02:00:00Z'),
      ],
    };
    expect(rows(registrationForm(item, FRAME)).领导批示).toBe(
      '请抓紧落实\n2026年11月28日 市委 李书记批示：务必年底前完成\n2026年12月1日 市委 李书记对睢县办理情况报告批示：总结经验',
    );
    const feedback = rows(instructionFeedbackForm(item, FRAME));
    expect(feedback.领导批示).toContain('市委 李书记批示：务必年底前完成');
    expect(feedback.领导阅示).toBe('2026年12月20日 市委 李书记已阅（圈阅）');
    // Nothing recorded: no empty rows.
    expect(rows(instructionFeedbackForm({ ...item, leaderNotes: [] }, FRAME))).not.toHaveProperty('领导阅示');
  });

  it('催办通知单: addressed to the unit, naming the item and its number in the text', () => {
    const form = urgeNoticeForm(
      {
        number: '商督催〔2026〕3号',
        kind: UrgeKind.OVERDUE_NOTICE,
        text: '请抓紧办理',
        createdAt: ISSUED,
        unit: '睢县',
        deadline: ITEM.deadline,
        item: { title: ITEM.title, regNumber: ITEM.regNumber },
      },
      FRAME,
    );
    expect(form.addressee).toBe('睢县');
    expect(form.blocks[0]).toEqual({
      type: 'paragraph',
      indent: true,
      text: '你单位承办的“高标准农田建设”（商督〔2026〕17号），办理时限为2026年12月26日。请抓紧办理',
    });
    expect(rows(form)).toMatchObject({ 催办类型: '逾期通知', 催办时间: '2026年11月27日 10:00' });
  });

  it('办理情况报告: signed by the unit on the signing day; an acting signer says for whom; evidence with its hash', () => {
    const form = reportForm(
      {
        unit: '白庙乡',
        version: 2,
        content: '第一段\n\n第二段',
        achieved: 37.5,
        progressPercent: 100,
        signer: '孙丽',
        signedFor: '吴强',
        signedAt: new Date('2026-11-30T01:30:00Z'),
        hash: 'a'.repeat(64),
        attachments: [
          { name: '验收单.pdf', size: 2048, sha256: 'b'.repeat(64) },
          { name: '旧附件.jpg', size: 3 * 1024 * 1024, sha256: null },
        ],
        citations: [],
        item: { title: ITEM.title, regNumber: ITEM.regNumber, target: 100, targetUnit: '公里' },
        target: 40,
      },
      FRAME,
    );
    expect(form.signature).toEqual({ lines: ['白庙乡', '孙丽（代吴强签字）'], date: '2026年11月30日' });
    expect(
      form.blocks.filter((b) => b.type === 'paragraph').map((b) => b.type === 'paragraph' && b.text),
    ).toEqual(['第一段', '第二段']);
    expect(rows(form)).toMatchObject({
      量化完成: '完成37.5公里，目标40公里',
      报告版次: '第2版',
      签字时间: '2026年11月30日 09:30',
      佐证材料: `1. 验收单.pdf（2.0 KB）\nSHA-256：${'b'.repeat(64)}\n2. 旧附件.jpg（3.0 MB）`,
    });
  });

  it('督查通报: its own number and title, the units it names as addressees', () => {
    const form = bulletinForm(
      {
        number: '商督通〔2026〕2号',
        kind: BulletinKind.CRITICISM,
        level: BulletinLevel.COMMITTEE,
        title: '关于通报批评的通报',
        body: '正文',
        createdAt: ISSUED,
        targets: ['睢县', '民权县'],
        item: null,
      },
      { ...FRAME, office: '商丘市督查委员会' },
    );
    expect(form).toMatchObject({
      number: '商督通〔2026〕2号',
      title: '关于通报批评的通报',
      addressee: '睢县、民权县',
    });
    expect(form.blocks).toHaveLength(2);
  });

  it('prints the verification code in groups and its address on a line of its own', () => {
    expect(verificationLines(registrationForm(ITEM, FRAME)).slice(0, 2)).toEqual([
      '核验码：7K3M-Q9XD-2FHT-B8RW',
      'http://localhost:5173/verify/7K3M-Q9XD-2FHT-B8RW',
    ]);
  });

  it('names the downloaded file after the form and its number, without path characters', () => {
    expect(documentFileName(DocumentKind.URGE_NOTICE, '商督催〔2026〕3号', 'pdf')).toBe(
      '督查催办通知单_商督催〔2026〕3号.pdf',
    );
    expect(documentFileName(DocumentKind.REPORT, 'a/b:c', 'docx')).toBe('办理情况报告_a_b_c.docx');
    expect(documentFileName(DocumentKind.BULLETIN, null, 'pdf')).toBe('督查通报.pdf');
  });
});
