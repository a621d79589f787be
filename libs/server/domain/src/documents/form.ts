import { DocumentKind, formatVerificationCode } from '@duban/rules';

/** One piece of 正文, in reading order. */
export type FormBlock =
  | { type: 'paragraph'; text: string; indent?: boolean }
  | { type: 'heading'; text: string }
  /** A 登记表: label in the left column, value in the right (values may hold several lines). */
  | { type: 'table'; rows: { label: string; value: string }[] };

/**
 * A form as both renderers lay it out after GB/T 9704: 版头 (office in red, 发文字号, red line),
 * 标题, 主送, 正文, 落款 with the date in Chinese, then 版记 (印发 line) and the verification line.
 */
export interface FormDocument {
  kind: DocumentKind;
  /** 发文机关标志, printed in red. */
  office: string;
  /** 发文字号, e.g. 商督〔2026〕17号; null when the form has none. */
  number: string | null;
  title: string;
  /** 主送机关, ending with a full-width colon when printed. */
  addressee: string | null;
  blocks: FormBlock[];
  /** 落款: who (one or more lines) and the 成文日期. */
  signature: { lines: string[]; date: string };
  /** 版记: 印发机关 and 印发日期. */
  imprint: { office: string; date: string };
  verification: { code: string; url: string };
  /** Subject line for document properties (the record's title). */
  subject: string;
}

/** The verification block's lines under the QR code: the code, the address on a line of its own, what to do. */
export function verificationLines(form: FormDocument): string[] {
  return [
    `核验码：${formatVerificationCode(form.verification.code)}`,
    form.verification.url,
    '扫描二维码或访问上述网址，核验本文书与存档是否一致。',
  ];
}
