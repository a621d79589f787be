import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import QRCode from 'qrcode';
import { formatVerificationCode } from '@duban/rules';
import { FormBlock, FormDocument, verificationLines } from './form';
import { WORD_FONTS } from './fonts';
import { GBT9704, linePitchPt, pageMarginsMm, twips, TYPE_SIZE, OFFICIAL_RED } from './layout';

/** Word is told font names (East Asian and Latin alike), so it uses the installed 仿宋_GB2312 etc. */
const face = (name: string) => ({ eastAsia: name, ascii: name, hAnsi: name });
const RED = OFFICIAL_RED.slice(1);
/** Word sizes are half-points; line pitch is in twentieths of a point. */
const half = (pt: number) => Math.round(pt * 2);
const PITCH = Math.round(linePitchPt() * 20);
const LABEL_MM = 32;

function run(text: string, font: string, pt: number, extra: { color?: string; bold?: boolean } = {}) {
  return new TextRun({ text, font: face(font), size: half(pt), ...extra });
}

/** One paragraph per line of `text`, on the 22-line grid. */
function lines(
  text: string,
  o: {
    font?: string;
    pt?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
  } = {},
): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: o.align ?? AlignmentType.JUSTIFIED,
        spacing: { line: PITCH, lineRule: LineRuleType.EXACT },
        indent: o.indent ? { firstLine: (o.pt ?? TYPE_SIZE.san) * 2 * 20 } : undefined,
        children: [run(line, o.font ?? WORD_FONTS.body, o.pt ?? TYPE_SIZE.san)],
      }),
  );
}

function table(rows: { label: string; value: string }[]): Table {
  const labelWidth = twips(LABEL_MM);
  const valueWidth = twips(GBT9704.textWidthMm - LABEL_MM);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children,
    });
  return new Table({
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    rows: rows.map(
      (r) =>
        new TableRow({
          children: [
            cell(lines(r.label, { font: WORD_FONTS.heading, align: AlignmentType.CENTER }), labelWidth),
            cell(lines(r.value), valueWidth),
          ],
        }),
    ),
  });
}

function block(b: FormBlock): (Paragraph | Table)[] {
  if (b.type === 'table') return [table(b.rows)];
  if (b.type === 'heading') return lines(b.text, { font: WORD_FONTS.heading, indent: true });
  return lines(b.text, { indent: b.indent });
}

/** The same form as a Word document: same page, same content, fonts by name. */
export async function renderDocx(form: FormDocument): Promise<Buffer> {
  const m = pageMarginsMm();
  const code = formatVerificationCode(form.verification.code);
  const qr = await QRCode.toBuffer(form.verification.url, {
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 256,
  });
  const right = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: TYPE_SIZE.san * 4 * 20 },
      spacing: { line: PITCH, lineRule: LineRuleType.EXACT },
      children: [run(text, WORD_FONTS.body, TYPE_SIZE.san)],
    });
  const rule = { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' };
  const children: (Paragraph | Table)[] = [
    // 版头: office in red, 发文字号, red line under it.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(form.office, WORD_FONTS.title, 26, { color: RED, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, space: 8, color: RED } },
      spacing: { after: PITCH },
      children: form.number ? [run(form.number, WORD_FONTS.body, TYPE_SIZE.san)] : [],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: PITCH },
      children: [run(form.title, WORD_FONTS.title, TYPE_SIZE.er, { bold: true })],
    }),
    ...(form.addressee ? lines(`${form.addressee}：`) : []),
    ...form.blocks.flatMap(block),
    new Paragraph({ spacing: { before: PITCH } }),
    ...[...form.signature.lines, form.signature.date].map(right),
    // 版记: 印发机关 and date between two rules.
    new Paragraph({
      spacing: { before: PITCH * 2 },
      border: { top: rule, bottom: rule },
      tabStops: [{ type: 'right', position: twips(GBT9704.textWidthMm) - TYPE_SIZE.si * 20 }],
      indent: { left: TYPE_SIZE.si * 20 },
      children: [run(`${form.imprint.office}\t${form.imprint.date}印发`, WORD_FONTS.body, TYPE_SIZE.si)],
    }),
    new Paragraph({
      spacing: { before: 200 },
      children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 83, height: 83 } })],
    }),
    ...verificationLines(form).map(
      (line) => new Paragraph({ children: [run(line, WORD_FONTS.kai, TYPE_SIZE.wu)] }),
    ),
  ];
  const doc = new Document({
    creator: '督查督办平台',
    title: form.title,
    subject: form.subject,
    keywords: `${form.number ?? ''} 核验码 ${code}`.trim(),
    description: form.office,
    styles: { default: { document: { run: { font: face(WORD_FONTS.body), size: half(TYPE_SIZE.san) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(GBT9704.pageWidthMm), height: twips(GBT9704.pageHeightMm) },
            margin: {
              top: twips(m.top),
              left: twips(m.left),
              right: twips(m.right),
              bottom: twips(m.bottom),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    font: face(WORD_FONTS.body),
                    size: half(TYPE_SIZE.si),
                  }),
                ],
              }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [run(`核验码 ${code}`, WORD_FONTS.kai, TYPE_SIZE.wu)],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
