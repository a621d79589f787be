import { createHash, randomUUID } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import sharp from 'sharp';

/** One part of a multipart upload: what the client claims (name, type) and the bytes. */
export interface UploadPart {
  name: string;
  type?: string;
  body: Buffer;
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A multipart/form-data body with one `file` part per entry (names sent raw, as a client could). */
export function multipart(parts: UploadPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----duban${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${p.name}"\r\n` +
          `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`,
        'utf8',
      ),
      p.body,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST /files as `token` (none: anonymous); the parsed JSON answer and the status. */
export async function upload(
  app: NestFastifyApplication,
  token: string | null,
  parts: UploadPart[],
  lang?: string,
): Promise<{ status: number; body: any }> {
  const { payload, headers } = multipart(parts);
  const res = await app.inject({
    method: 'POST',
    url: '/files',
    payload,
    headers: {
      ...headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(lang ? { 'accept-language': lang } : {}),
    },
  });
  return { status: res.statusCode, body: res.json() };
}

/** GET a signed link as `token`: status, headers and raw bytes. */
export async function download(app: NestFastifyApplication, token: string, url: string) {
  const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

/** A real photo-like JPEG (gradient, so it is not trivially small). */
export function jpeg(width = 640, height = 480): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) {
    const px = i / 3;
    raw[i] = (px % width) & 255;
    raw[i + 1] = Math.floor(px / width) & 255;
    raw[i + 2] = 128;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export const png = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
export const webp = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: '#0c0' } })
    .webp()
    .toBuffer();
export const gif = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: '#00c' } })
    .gif()
    .toBuffer();

/** A tiny PNG whose header claims `width`×`height` pixels (a pixel bomb), CRC corrected. */
export async function pixelBomb(width = 30_000, height = 30_000): Promise<Buffer> {
  const b = Buffer.from(await png());
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type and data.
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b.writeUInt32BE(crc32(b.subarray(12, 29)), 29);
  return b;
}

export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/**
 * A zip archive of `entries`, each deflated (written here rather than with a zip library, so a test can
 * build exactly the container it needs: an office file, an OFD, a bomb).
 */
export function zip(entries: Record<string, Buffer | string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const raw = Buffer.from(content);
    const packed = deflateRawSync(raw);
    const fileName = Buffer.from(name, 'utf8');
    const sizes = (b: Buffer, at: number) => {
      b.writeUInt32LE(crc32(raw), at);
      b.writeUInt32LE(packed.length, at + 4);
      b.writeUInt32LE(raw.length, at + 8);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    sizes(local, 14);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    sizes(central, 16);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal OOXML word document; `extra` entries are added as they are. */
export function docx(extra: Record<string, Buffer> = {}): Buffer {
  return zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    'word/document.xml': '<?xml version="1.0"?><w:document/>',
    ...extra,
  });
}

/** An OFD container (its root entry is OFD.xml). */
export const ofd = (): Buffer => zip({ 'OFD.xml': '<?xml version="1.0"?><ofd:OFD/>' });
