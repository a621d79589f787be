import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatVerificationCode } from '@duban/rules';
import { FormDocument, verificationLines } from './form';
import { formFonts } from './fonts';
import { GBT9704, linePitchPt, mm, OFFICIAL_RED, pageMarginsMm, TYPE_SIZE } from './layout';

type Doc = PDFKit.PDFDocument;

const LABEL_WIDTH = mm(32);
const CELL_PAD = mm(2);

/** The PDF of a form: A4 on the GB/T 9704 grid, fonts embedded (subset), document info set. */
export async function renderPdf(form: FormDocument, issuedAt: Date): Promise<Buffer> {
  const fonts = formFonts();
  const m = pageMarginsMm();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: mm(m.top), left: mm(m.left), right: mm(m.right), bottom: mm(m.bottom) },
    bufferPages: true,
    info: {
      Title: form.title,
      Author: form.office,
      Subject: form.subject,
      Keywords: `${form.number ?? ''} 核验码 ${formatVerificationCode(form.verification.code)}`.trim(),
      Creator: '督查督办平台',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  doc.registerFont('body', fonts.body.file);
  doc.registerFont('heading', fonts.heading.file);
  doc.registerFont('kai', fonts.kai.file);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = mm(GBT9704.textWidthMm);
  const body = { width, lineGap: lineGap(doc, 'body', TYPE_SIZE.san) };

  // 版头: 发文机关标志 in red, 发文字号, the red separator line.
  doc.font('heading').fontSize(26).fillColor(OFFICIAL_RED).text(form.office, left, doc.page.margins.top, {
    width,
    align: 'center',
  });
  doc.moveDown(0.6);
  if (form.number)
    doc.font('body').fontSize(TYPE_SIZE.san).fillColor('black').text(form.number, { width, align: 'center' });
  const ruleY = doc.y + mm(4);
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(1)
    .strokeColor(OFFICIAL_RED)
    .stroke();
  doc.y = ruleY + linePitchPt();

  // 标题, 主送.
  doc.font('heading').fontSize(TYPE_SIZE.er).fillColor('black').text(form.title, left, doc.y, {
    width,
    align: 'center',
    lineGap: 6,
  });
  doc.moveDown(0.8);
  doc.font('body').fontSize(TYPE_SIZE.san);
  if (form.addressee) doc.text(`${form.addressee}：`, left, doc.y, body);

  for (const block of form.blocks) {
    if (block.type === 'paragraph')
      doc
        .font('body')
        .fontSize(TYPE_SIZE.san)
        .text(block.text, left, doc.y, {
          ...body,
          indent: block.indent ? TYPE_SIZE.san * 2 : 0,
        });
    else if (block.type === 'heading')
      doc
        .font('heading')
        .fontSize(TYPE_SIZE.san)
        .text(block.text, left, doc.y, { ...body, indent: TYPE_SIZE.san * 2 });
    else table(doc, block.rows, left, width);
  }

  // 落款: right-aligned, four characters in from the right edge, the date below it.
  doc.moveDown(1.5);
  doc.font('body').fontSize(TYPE_SIZE.san);
  for (const line of [...form.signature.lines, form.signature.date])
    doc.text(line, left, doc.y, { width: width - TYPE_SIZE.san * 4, align: 'right' });

  await imprintAndVerification(doc, form, left, width);
  footers(doc, form);
  doc.end();
  return done;
}

/** The gap that puts 三号 lines on the 22-line grid for the face in use. */
function lineGap(doc: Doc, font: string, size: number): number {
  doc.font(font).fontSize(size);
  return Math.max(0, linePitchPt() - doc.currentLineHeight(false));
}

/** A two-column 登记表 with ruled cells; a row that does not fit starts on the next page. */
function table(doc: Doc, rows: { label: string; value: string }[], left: number, width: number) {
  doc.font('body').fontSize(TYPE_SIZE.san);
  const valueWidth = width - LABEL_WIDTH;
  const opts = (w: number) => ({ width: w - CELL_PAD * 2, lineGap: 4 });
  let y = doc.y + mm(2);
  for (const row of rows) {
    doc.font('heading');
    const hl = doc.heightOfString(row.label, opts(LABEL_WIDTH));
    doc.font('body');
    const hv = doc.heightOfString(row.value, opts(valueWidth));
    const h = Math.max(hl, hv) + CELL_PAD * 2;
    if (y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.lineWidth(0.75).strokeColor('black');
    doc.rect(left, y, LABEL_WIDTH, h).stroke();
    doc.rect(left + LABEL_WIDTH, y, valueWidth, h).stroke();
    doc
      .font('heading')
      .text(row.label, left + CELL_PAD, y + CELL_PAD, { ...opts(LABEL_WIDTH), align: 'center' });
    doc.font('body').text(row.value, left + LABEL_WIDTH + CELL_PAD, y + CELL_PAD, opts(valueWidth));
    y += h;
  }
  doc.x = left;
  doc.y = y + mm(2);
}

/** 版记 (印发 line between two rules) and the verification block with its QR code. */
async function imprintAndVerification(doc: Doc, form: FormDocument, left: number, width: number) {
  const qrSize = mm(22);
  const needed = linePitchPt() * 2 + qrSize + mm(8);
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(1);
  let y = doc.y;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(0.75)
    .strokeColor('black')
    .stroke();
  doc.font('body').fontSize(TYPE_SIZE.si).fillColor('black');
  doc.text(form.imprint.office, left + TYPE_SIZE.si, y + mm(2), { width: width / 2, lineBreak: false });
  doc.text(`${form.imprint.date}印发`, left, y + mm(2), { width: width - TYPE_SIZE.si, align: 'right' });
  y += mm(2) + doc.currentLineHeight(true) + mm(2);
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .stroke();

  const qr = await QRCode.toBuffer(form.verification.url, {
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 256,
  });
  y += mm(4);
  doc.image(qr, left, y, { width: qrSize, height: qrSize });
  doc.font('kai').fontSize(TYPE_SIZE.wu);
  const textLeft = left + qrSize + mm(4);
  const textWidth = width - qrSize - mm(4);
  for (const [i, line] of verificationLines(form).entries())
    doc.text(line, textLeft, i === 0 ? y + mm(2) : doc.y + 2, { width: textWidth });
}

/** Page numbers (— 1 —, 四号) and the code on every page, written once all pages exist. */
function footers(doc: Doc, form: FormDocument) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom + mm(7);
    doc.font('body').fontSize(TYPE_SIZE.si).fillColor('black');
    doc.text(`— ${i + 1} —`, 0, y, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.font('kai').fontSize(TYPE_SIZE.wu);
    doc.text(`核验码 ${formatVerificationCode(form.verification.code)}`, 0, y + mm(8), {
      width: doc.page.width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
