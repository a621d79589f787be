import {
  actingSignatureNote,
  ASSIGNMENT_STATUS_LABELS,
  AssignmentStatus,
  BULLETIN_KIND_LABELS,
  BULLETIN_LEVEL_LABELS,
  BulletinKind,
  BulletinLevel,
  documentDate,
  documentDateTime,
  DOCUMENT_KIND_LABELS,
  DocumentKind,
  INSTRUCTION_KIND_LABELS,
  InstructionKind,
  InstructionTarget,
  ITEM_SOURCE_LABELS,
  ItemSource,
  URGE_KIND_LABELS,
  UrgeKind,
} from '@duban/rules';
import { FormBlock, FormDocument } from './form';

/** What every form is made from besides its record: the office, the moment, the verification line. */
export interface FormFrame {
  /** The office the form goes out under (版头, 落款, 印发). */
  office: string;
  issuedAt: Date;
  verification: { code: string; url: string };
}

/** A leader's 批示 or 阅示 on the item, its feedback or one of its reports, as the forms print it. */
export interface LeaderNote {
  kind: InstructionKind;
  target: InstructionTarget;
  leader: string;
  leaderUnit: string;
  /** The unit whose report it was written on (target REPORT). */
  reportUnit: string | null;
  text: string | null;
  at: Date;
}

/** 2026年11月27日 市委 李书记对睢县办理情况报告批示：请抓紧落实 */
export function leaderNoteLine(n: LeaderNote): string {
  const on = n.target === InstructionTarget.REPORT && n.reportUnit ? `对${n.reportUnit}办理情况报告` : '';
  const who = [n.leaderUnit, n.leader].filter(Boolean).join(' ');
  return `${documentDate(n.at)} ${who}${on}${INSTRUCTION_KIND_LABELS[n.kind].zh}${n.text ? `：${n.text}` : ''}`;
}

const linesOf = (notes: readonly LeaderNote[], targets: readonly InstructionTarget[]) =>
  notes.filter((n) => targets.includes(n.target)).map(leaderNoteLine);

export interface ItemFacts {
  regNumber: string | null;
  title: string;
  source: ItemSource;
  category: string | null;
  content: string;
  requirements: string | null;
  instruction: string | null;
  deadline: Date;
  leaderName: string | null;
  responsiblePerson: string | null;
  target: number | null;
  targetUnit: string | null;
  feedback: string | null;
  createdAt: Date;
  updatedAt: Date;
  leadUnit: string | null;
  coUnits: string[];
  /** Top-level assignments: unit, deadline, status. */
  assignments: { unit: string; deadline: Date; status: AssignmentStatus }[];
  /** 批示 and 阅示 recorded in the system, oldest first. */
  leaderNotes: LeaderNote[];
}

export interface UrgeFacts {
  number: string;
  kind: UrgeKind;
  text: string;
  createdAt: Date;
  unit: string;
  deadline: Date;
  item: { title: string; regNumber: string | null };
}

export interface ReportFacts {
  unit: string;
  version: number;
  content: string;
  achieved: number | null;
  progressPercent: number;
  signer: string;
  /** 代签: the head the acting signer signed for. */
  signedFor: string | null;
  signedAt: Date;
  hash: string;
  attachments: { name: string; size: number; sha256?: string | null }[];
  citations: { unit: string; signer: string; hash: string | null; achieved: number | null }[];
  item: { title: string; regNumber: string | null; target: number | null; targetUnit: string | null };
  /** The assignment's own 分解指标, when it has one. */
  target: number | null;
}

export interface BulletinFacts {
  number: string;
  kind: BulletinKind;
  level: BulletinLevel;
  title: string;
  body: string;
  createdAt: Date;
  targets: string[];
  item: { title: string; regNumber: string | null } | null;
}

const dash = (v: string | null | undefined) => (v?.trim() ? v : '—');
const figure = (n: number | null, unit: string | null) =>
  n === null ? '—' : `${Number(n.toFixed(4))}${unit ?? ''}`;
/** Text into paragraphs, one per non-empty line. */
const paragraphs = (text: string): FormBlock[] =>
  text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ type: 'paragraph', text: t, indent: true }));

function frame(
  kind: DocumentKind,
  f: FormFrame,
  rest: Omit<FormDocument, 'kind' | 'office' | 'signature' | 'imprint' | 'verification'>,
): FormDocument {
  const date = documentDate(f.issuedAt);
  return {
    kind,
    office: f.office,
    signature: { lines: [f.office], date },
    imprint: { office: f.office, date },
    verification: f.verification,
    ...rest,
  };
}

/** A table row of several lines, left out when there is nothing to print. */
const optionalRow = (label: string, lines: readonly string[]) =>
  lines.length ? [{ label, value: lines.join('\n') }] : [];

/** 督促检查登记单: everything the office registered about the item, and to whom it went. */
export function registrationForm(item: ItemFacts, f: FormFrame): FormDocument {
  const rows = [
    { label: '登记编号', value: dash(item.regNumber) },
    { label: '事项来源', value: ITEM_SOURCE_LABELS[item.source].zh },
    { label: '事项类别', value: dash(item.category) },
    { label: '事项名称', value: item.title },
    { label: '事项内容', value: item.content },
    ...optionalRow('领导批示', [
      ...(item.instruction ? [item.instruction] : []),
      ...linesOf(item.leaderNotes, [InstructionTarget.ITEM, InstructionTarget.REPORT]),
    ]),
    { label: '办理要求', value: dash(item.requirements) },
    { label: '办理时限', value: documentDate(item.deadline) },
    { label: '牵头单位', value: dash(item.leadUnit) },
    { label: '协办单位', value: item.coUnits.length ? item.coUnits.join('、') : '—' },
    { label: '分管领导', value: dash(item.leaderName) },
    { label: '责任人', value: dash(item.responsiblePerson) },
    { label: '量化目标', value: figure(item.target, item.targetUnit) },
    {
      label: '交办情况',
      value: item.assignments.length
        ? item.assignments
            .map(
              (a) => `${a.unit}（时限${documentDate(a.deadline)}，${ASSIGNMENT_STATUS_LABELS[a.status].zh}）`,
            )
            .join('\n')
        : '尚未交办',
    },
    { label: '立项日期', value: documentDate(item.createdAt) },
  ];
  return frame(DocumentKind.ITEM_REGISTRATION, f, {
    number: item.regNumber,
    title: DOCUMENT_KIND_LABELS[DocumentKind.ITEM_REGISTRATION].zh,
    addressee: null,
    blocks: [{ type: 'table', rows }],
    subject: item.title,
  });
}

/** 领导同志批示件办理情况: the instruction, who handled it, and the result reported back (结果反馈). */
export function instructionFeedbackForm(item: ItemFacts, f: FormFrame): FormDocument {
  const units = [item.leadUnit, ...item.coUnits].filter((u): u is string => !!u);
  const handled = units.length ? units : item.assignments.map((a) => a.unit);
  const rows = [
    { label: '登记编号', value: dash(item.regNumber) },
    { label: '批示件', value: item.title },
    { label: '批示领导', value: dash(item.leaderName) },
    { label: '批示内容', value: dash(item.instruction ?? item.content) },
    { label: '承办单位', value: handled.length ? handled.join('、') : '—' },
    { label: '办理时限', value: documentDate(item.deadline) },
    ...optionalRow('领导批示', linesOf(item.leaderNotes, [InstructionTarget.ITEM, InstructionTarget.REPORT])),
    { label: '办理结果', value: dash(item.feedback) },
    { label: '反馈日期', value: documentDate(item.updatedAt) },
    ...optionalRow('领导阅示', linesOf(item.leaderNotes, [InstructionTarget.FEEDBACK])),
  ];
  return frame(DocumentKind.INSTRUCTION_FEEDBACK, f, {
    number: item.regNumber,
    title: DOCUMENT_KIND_LABELS[DocumentKind.INSTRUCTION_FEEDBACK].zh,
    addressee: null,
    blocks: [{ type: 'table', rows }],
    subject: item.title,
  });
}

/** 督查催办通知单: to the unit, naming the item, its deadline and what is asked. */
export function urgeNoticeForm(u: UrgeFacts, f: FormFrame): FormDocument {
  const ref = u.item.regNumber ? `（${u.item.regNumber}）` : '';
  return frame(DocumentKind.URGE_NOTICE, f, {
    number: u.number,
    title: DOCUMENT_KIND_LABELS[DocumentKind.URGE_NOTICE].zh,
    addressee: u.unit,
    blocks: [
      {
        type: 'paragraph',
        indent: true,
        text: `你单位承办的“${u.item.title}”${ref}，办理时限为${documentDate(u.deadline)}。${u.text}`,
      },
      {
        type: 'table',
        rows: [
          { label: '催办编号', value: u.number },
          { label: '催办类型', value: URGE_KIND_LABELS[u.kind].zh },
          { label: '承办单位', value: u.unit },
          { label: '督查事项', value: u.item.title },
          { label: '办理时限', value: documentDate(u.deadline) },
          { label: '催办时间', value: documentDateTime(u.createdAt) },
        ],
      },
    ],
    subject: u.item.title,
  });
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** 办理情况报告 as its head signed it: content, quantified result, signature, hash and evidence. */
export function reportForm(r: ReportFacts, f: FormFrame): FormDocument {
  const unitOfTarget = r.item.targetUnit;
  const evidence = r.attachments.length
    ? r.attachments
        .map((a, i) => `${i + 1}. ${a.name}（${bytes(a.size)}）${a.sha256 ? `\nSHA-256：${a.sha256}` : ''}`)
        .join('\n')
    : '无';
  const signature = r.signedFor ? actingSignatureNote(r.signer, r.signedFor).zh : r.signer;
  const rows = [
    { label: '督查事项', value: r.item.title },
    { label: '登记编号', value: dash(r.item.regNumber) },
    { label: '承办单位', value: r.unit },
    { label: '报告版次', value: `第${r.version}版` },
    ...(r.target !== null || r.achieved !== null
      ? [
          {
            label: '量化完成',
            value: `完成${figure(r.achieved, unitOfTarget)}${r.target !== null ? `，目标${figure(r.target, unitOfTarget)}` : ''}`,
          },
        ]
      : []),
    { label: '办理进度', value: `${Number(r.progressPercent.toFixed(2))}%` },
    { label: '签字人', value: signature },
    { label: '签字时间', value: documentDateTime(r.signedAt) },
    { label: '报告哈希', value: `SHA-256：${r.hash}` },
    { label: '佐证材料', value: evidence },
    ...(r.citations.length
      ? [
          {
            label: '引用报告',
            value: r.citations
              .map(
                (c) =>
                  `${c.unit}（${c.signer}签字${c.achieved !== null ? `，完成${figure(c.achieved, unitOfTarget)}` : ''}）${c.hash ? `\nSHA-256：${c.hash}` : ''}`,
              )
              .join('\n'),
          },
        ]
      : []),
  ];
  const doc = frame(DocumentKind.REPORT, f, {
    number: r.item.regNumber,
    title: `关于“${r.item.title}”的${DOCUMENT_KIND_LABELS[DocumentKind.REPORT].zh}`,
    addressee: null,
    blocks: [
      { type: 'heading', text: '一、办理情况' },
      ...paragraphs(r.content),
      { type: 'heading', text: '二、报告信息' },
      { type: 'table', rows },
    ],
    subject: r.item.title,
  });
  // The report is signed by the unit, on the day its head signed it.
  return { ...doc, signature: { lines: [r.unit, signature], date: documentDate(r.signedAt) } };
}

/** 督查通报: its number, title, the units it names and its text, under the issuing office. */
export function bulletinForm(b: BulletinFacts, f: FormFrame): FormDocument {
  const about = b.item
    ? `所涉事项：${b.item.title}${b.item.regNumber ? `（${b.item.regNumber}）` : ''}`
    : null;
  const doc = frame(DocumentKind.BULLETIN, f, {
    number: b.number,
    title: b.title,
    addressee: b.targets.length ? b.targets.join('、') : null,
    blocks: [
      ...paragraphs(b.body),
      {
        type: 'paragraph',
        indent: true,
        text: `（${BULLETIN_KIND_LABELS[b.kind].zh}，${BULLETIN_LEVEL_LABELS[b.level].zh}）`,
      },
      ...(about ? [{ type: 'paragraph' as const, text: about, indent: true }] : []),
    ],
    subject: b.title,
  });
  return { ...doc, signature: { lines: [f.office], date: documentDate(b.createdAt) } };
}
