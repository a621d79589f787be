import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import sharp, { type Metadata } from 'sharp';
import { EvidenceType } from '@duban/rules';
import { AppError, badInput } from '@duban/platform';
import { sanitiseFileName } from './file-name';
import { declaredTypeAgrees, detectType, nameForType } from './file-type';

/** Largest image we decode (a "pixel bomb" is a small file that unpacks to gigapixels). */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** Thumbnails fit in this many pixels each way. */
export const THUMBNAIL_PX = 320;

/** One received file that passed every check, waiting in a temporary file to be stored. */
export interface CheckedFile {
  path: string;
  name: string;
  type: EvidenceType;
  size: number;
  sha256: string;
  thumbnail: Buffer | null;
}

export const tooLarge = (maxBytes: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    {
      zh: `文件过大：单个文件不能超过${formatMb(maxBytes)}`,
      en: `File too large: at most ${formatMb(maxBytes)} per file`,
    },
    { limitBytes: maxBytes },
  );
const formatMb = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

/**
 * Streams one multipart file to `target` (never into memory) while measuring it; stops at the limit
 * (the part is then refused, nothing kept), then runs every check on what arrived.
 */
export async function receiveFile(
  part: MultipartFile,
  target: string,
  maxBytes: number,
): Promise<CheckedFile> {
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(size > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  try {
    await pipeline(part.file, measure, createWriteStream(target, { flags: 'wx' }));
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    throw error;
  }
  if (part.file.truncated) throw tooLarge(maxBytes);
  if (size === 0) throw badInput({ zh: '文件为空', en: 'The file is empty' }, 'file');
  const name = sanitiseFileName(part.filename ?? '');
  const { head, tail } = await ends(target, size);
  const type = await detectType(target, head, tail);
  if (!declaredTypeAgrees(part.mimetype, type))
    throw badInput(
      {
        zh: `声明的文件类型（${part.mimetype}）与文件内容（${type.mime}）不符`,
        en: `The declared type (${part.mimetype}) does not match the file’s content (${type.mime})`,
      },
      'file',
    );
  return {
    path: target,
    name: nameForType(name, type),
    type,
    size,
    sha256: hash.digest('hex'),
    thumbnail: type.image ? await thumbnailOf(target, type) : null,
  };
}

/** The first 4 KB (magic bytes) and last 1 KB (end markers) of the file. */
async function ends(file: string, size: number): Promise<{ head: Buffer; tail: Buffer }> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 4096));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(size, 1024));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return { head, tail };
  } finally {
    await handle.close();
  }
}

const unreadable = () =>
  badInput({ zh: '图片已损坏或无法读取', en: 'The image is damaged or cannot be read' }, 'file');

/**
 * A WebP thumbnail of about THUMBNAIL_PX, decoding no more than MAX_IMAGE_PIXELS (the header is
 * checked first, sharp's `limitInputPixels` stops a lying one). A HEIC photo that this server's image
 * library cannot decode is kept without a thumbnail; any other unreadable image is refused.
 */
async function thumbnailOf(file: string, type: EvidenceType): Promise<Buffer | null> {
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const, animated: false };
  let meta: Metadata;
  try {
    meta = await sharp(file, options).metadata();
  } catch {
    if (type.mime === 'image/heic') return null;
    throw unreadable();
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_IMAGE_PIXELS)
    throw badInput(
      {
        zh: `图片像素过多（不能超过${MAX_IMAGE_PIXELS / 1_000_000}百万像素）`,
        en: `The image has too many pixels (at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels)`,
      },
      'file',
    );
  try {
    return await sharp(file, options)
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
  } catch {
    if (type.mime === 'image/heic') return null;
    throw unreadable();
  }
}

/** Where the i-th file of a request waits (inside the request's own temporary directory). */
export const tempPath = (dir: string, i: number) => path.join(dir, `upload-${i}`);
