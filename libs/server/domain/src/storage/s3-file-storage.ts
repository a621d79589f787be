import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { assertStorageKey, FileStorage, StorageObjectMissing, StoredObject } from './file-storage';

export interface S3Settings {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/** S3's smallest part but the last: a stream is held in memory one part at a time, never whole. */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Objects in an S3-compatible bucket (MinIO, a cloud object store). A stream is read part by part
 * while its SHA-256 and size are measured: up to one part it is one PutObject with a known length,
 * beyond that a multipart upload (aborted if anything fails, so no partial object remains).
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(s: S3Settings) {
    this.bucket = s.bucket;
    this.client = new S3Client({
      endpoint: s.endpoint,
      region: s.region,
      forcePathStyle: s.forcePathStyle,
      credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
      // Checksums only where S3 requires them: not every compatible server knows the newer ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable | Buffer, contentType: string): Promise<StoredObject> {
    assertStorageKey(key);
    const hash = createHash('sha256');
    let size = 0;
    const parts = partsOf(Buffer.isBuffer(body) ? Readable.from([body]) : body, (chunk) => {
      hash.update(chunk);
      size += chunk.length;
    });
    const first = await parts.next();
    const second = first.done ? first : await parts.next();
    if (second.done) {
      const bytes = first.done ? Buffer.alloc(0) : first.value;
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentLength: bytes.length,
          ContentType: contentType,
        }),
      );
      return { size, sha256: hash.digest('hex') };
    }
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }),
    );
    try {
      const done: { ETag?: string; PartNumber: number }[] = [];
      const send = async (bytes: Buffer) => {
        const PartNumber = done.length + 1;
        const { ETag } = await this.client.send(
          new UploadPartCommand({
            Bucket: this.bucket,
            Key: key,
            UploadId,
            PartNumber,
            Body: bytes,
            ContentLength: bytes.length,
          }),
        );
        done.push({ ETag, PartNumber });
      };
      await send(first.value as Buffer);
      await send(second.value);
      for await (const bytes of { [Symbol.asyncIterator]: () => parts }) await send(bytes);
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId,
          MultipartUpload: { Parts: done },
        }),
      );
    } catch (error) {
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId }))
        .catch(() => undefined);
      throw error;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body as Readable;
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
        throw new StorageObjectMissing(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

/** The stream regrouped into parts of PART_BYTES (the last one shorter), each chunk seen by `measure`. */
async function* partsOf(stream: Readable, measure: (chunk: Buffer) => void): AsyncGenerator<Buffer> {
  let held: Buffer[] = [];
  let length = 0;
  for await (const raw of stream) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
    measure(chunk);
    held.push(chunk);
    length += chunk.length;
    while (length >= PART_BYTES) {
      const all = Buffer.concat(held);
      yield all.subarray(0, PART_BYTES);
      held = [all.subarray(PART_BYTES)];
      length = held[0].length;
    }
  }
  if (length > 0) yield Buffer.concat(held);
}
