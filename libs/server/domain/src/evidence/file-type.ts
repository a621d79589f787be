import { filetypeinfo } from 'magic-bytes.js';
import { open as openZip, type Entry, type ZipFile } from 'yauzl';
import { DOCX_MIME, EVIDENCE_TYPES, EvidenceType, PPTX_MIME, XLSX_MIME } from '@duban/rules';
import { badInput } from '@duban/platform';
import { extensionOf } from './file-name';

/** Limits of what a zip container (OOXML, OFD) may claim to unpack to. */
export const ZIP_LIMITS = { entries: 10_000, totalUncompressed: 200 * 1024 * 1024, ratio: 100 };

const byMime = new Map(EVIDENCE_TYPES.map((t) => [t.mime, t]));
const MAGIC_IMAGES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  heif: 'image/heic',
};

const unsupported = () =>
  badInput(
    {
      zh: '不支持该文件类型：仅限 JPEG、PNG、WebP、GIF、HEIC 图片，PDF，Word、Excel、PowerPoint（docx/xlsx/pptx）和 OFD 文件',
      en: 'Unsupported file type: only JPEG, PNG, WebP, GIF and HEIC images, PDF, Word, Excel and PowerPoint (docx/xlsx/pptx) and OFD files',
    },
    'file',
  );

/**
 * The content type of the file at `path`, from its bytes only (never its name): magic bytes, then
 * for zip containers the central directory (which also refuses zip bombs), for PDF its end marker.
 */
export async function detectType(path: string, head: Buffer, tail: Buffer): Promise<EvidenceType> {
  const names = filetypeinfo(new Uint8Array(head)).map((i) => i.typename);
  const image = names.map((n) => MAGIC_IMAGES[n]).find((m) => m);
  if (image) return byMime.get(image)!;
  if (names.includes('pdf') && head.subarray(0, 5).toString('latin1') === '%PDF-') {
    if (!tail.toString('latin1').includes('%%EOF'))
      throw badInput({ zh: 'PDF 文件不完整', en: 'The PDF file is incomplete' }, 'file');
    return byMime.get('application/pdf')!;
  }
  if (names.includes('zip')) return byMime.get(await zipContainerType(path))!;
  throw unsupported();
}

/** Refuses a name whose extension names another type; adds the right one to a name without any. */
export function nameForType(name: string, type: EvidenceType): string {
  const ext = extensionOf(name);
  if (!ext) return `${name}.${type.extensions[0]}`;
  if (!type.extensions.includes(ext))
    throw badInput(
      {
        zh: `文件扩展名“.${ext}”与文件内容（${type.extensions[0]}）不符`,
        en: `The extension “.${ext}” does not match the file’s content (${type.extensions[0]})`,
      },
      'file.name',
    );
  return name;
}

/** Whether a client's declared type is compatible with the detected one (a generic type is). */
export function declaredTypeAgrees(declared: string | undefined, type: EvidenceType): boolean {
  const d = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (!d || d === 'application/octet-stream' || d === 'binary/octet-stream') return true;
  if (d === type.mime) return true;
  const aliases: Record<string, string[]> = {
    'image/jpeg': ['image/jpg', 'image/pjpeg'],
    'image/heic': ['image/heif'],
    'application/ofd': ['application/x-ofd'],
  };
  return (aliases[type.mime] ?? []).includes(d);
}

const bomb = () =>
  badInput(
    {
      zh: '压缩内容异常（解压后过大或压缩比过高），已拒收',
      en: 'The archive would unpack to too much data or is compressed suspiciously well; refused',
    },
    'file',
  );

/** Which OOXML or OFD file a zip container is, from its central directory; refuses zip bombs. */
async function zipContainerType(path: string): Promise<string> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    openZip(path, { lazyEntries: true, autoClose: true, strictFileNames: false }, (err, z) =>
      err || !z ? reject(unsupported()) : resolve(z),
    ),
  );
  const entries = new Set<string>();
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (e: unknown) => {
      zip.close();
      reject(e);
    };
    zip.on('entry', (entry: Entry) => {
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (
        entries.size >= ZIP_LIMITS.entries ||
        total > ZIP_LIMITS.totalUncompressed ||
        (entry.uncompressedSize > 1024 * 1024 && ratio > ZIP_LIMITS.ratio)
      )
        return fail(bomb());
      entries.add(entry.fileName);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => fail(unsupported()));
    zip.readEntry();
  });
  if (entries.has('OFD.xml')) return 'application/ofd';
  if (!entries.has('[Content_Types].xml')) throw unsupported();
  if (entries.has('word/document.xml')) return DOCX_MIME;
  if (entries.has('xl/workbook.xml')) return XLSX_MIME;
  if (entries.has('ppt/presentation.xml')) return PPTX_MIME;
  throw unsupported();
}
