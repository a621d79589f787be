import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import DataLoader from 'dataloader';
import { Actor, AppConfig, badInput, notFound, RequestContext } from '@duban/platform';
import { CONFIG } from '../config.token';
import { Attachment, Sql } from '../shared';
import { DownloadLinks, FILE_STORAGE, FileStorage, storageKey } from '../storage';
import { CheckedFile, receiveFile, tempPath } from './file-upload';
import { AttachedKind } from './stored-file.entity';
import { StoredFileRow, storedFileRepository } from './stored-file.repository';

const FILE = { zh: '文件', en: 'File' };

/** What POST /files answers per stored file (the GraphQL `Attachment`'s fields). */
/** Files checked and locked for one record by `EvidenceService.claim`, in the caller's order. */
export interface ClaimedFiles {
  ids: string[];
  rows: Map<string, StoredFileRow>;
}

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  mimeType: string;
  sha256: string;
  downloadUrl: string;
  thumbnailUrl: string | null;
}

/**
 * 佐证材料: upload (checked, then stored, all or nothing), attaching to one record, and signed links
 * for whoever may see that record.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly links: DownloadLinks,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** The files of a multipart request: every one checked before any is stored; rows in ctx's transaction. */
  async upload(ctx: RequestContext, request: FastifyRequest): Promise<UploadedFile[]> {
    const actor = ctx.requireActor();
    if (!request.isMultipart())
      throw badInput(
        { zh: '请以 multipart/form-data 上传文件', en: 'Upload files as multipart/form-data' },
        'file',
      );
    const dir = await mkdtemp(path.join(tmpdir(), 'duban-upload-'));
    try {
      const checked: CheckedFile[] = [];
      for await (const part of request.parts())
        if (part.type === 'file')
          checked.push(await receiveFile(part, tempPath(dir, checked.length), this.config.FILE_MAX_BYTES));
      if (!checked.length)
        throw badInput({ zh: '请选择要上传的文件', en: 'Choose a file to upload' }, 'file');
      const rows = await this.store(await ctx.db.manager(), actor, checked);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        size: Number(row.size),
        mimeType: row.contentType,
        sha256: row.sha256,
        ...this.sign(actor, row),
      }));
    } catch (error) {
      throw uploadError(error, this.config.FILES_PER_RECORD);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async store(db: Sql, actor: Actor, files: CheckedFile[]): Promise<StoredFileRow[]> {
    const written: string[] = [];
    try {
      const rows: StoredFileRow[] = [];
      for (const f of files) {
        const key = storageKey(actor.tenantId, 'evidence', randomUUID());
        written.push(key);
        const stored = await this.storage.put(key, createReadStream(f.path), f.type.mime);
        if (stored.sha256 !== f.sha256 || stored.size !== f.size)
          throw new Error(`storage wrote other bytes than were received under ${key}`);
        let thumbnailKey: string | null = null;
        if (f.thumbnail) {
          thumbnailKey = storageKey(actor.tenantId, 'evidence-thumb', randomUUID());
          written.push(thumbnailKey);
          await this.storage.put(thumbnailKey, f.thumbnail, 'image/webp');
        }
        rows.push(
          await storedFileRepository.insert(db, {
            tenantId: actor.tenantId,
            unitPath: actor.unitPath,
            uploadedBy: actor.userId,
            name: f.name,
            contentType: f.type.mime,
            size: f.size,
            sha256: f.sha256,
            storageKey: key,
            thumbnailKey,
          }),
        );
      }
      return rows;
    } catch (error) {
      await Promise.all(written.map((k) => this.storage.delete(k).catch(() => undefined)));
      throw error;
    }
  }

  /**
   * Checks and locks the caller's own, still unattached files, all or nothing (one unusable id refuses
   * the lot). Mutations claim right after their access check, before any state gate, so a file id the
   * caller may not use is refused as bad input whatever state the record is in (as for an unknown id).
   */
  async claim(
    db: Sql,
    actor: Actor,
    fileIds: readonly string[] | null | undefined,
    field = 'fileIds',
  ): Promise<ClaimedFiles> {
    const ids = (fileIds ?? []).map(String);
    if (!ids.length) return { ids, rows: new Map() };
    const max = this.config.FILES_PER_RECORD;
    if (ids.length > max) throw badInput({ zh: `附件最多${max}个`, en: `At most ${max} attachments` }, field);
    const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dup >= 0)
      throw badInput(
        { zh: '同一文件只能附加一次', en: 'Each file may be attached once' },
        `${field}[${dup}]`,
      );
    const rows = new Map((await storedFileRepository.byIds(db, ids, { lock: true })).map((r) => [r.id, r]));
    ids.forEach((id, i) => {
      const row = rows.get(id);
      if (!row || row.tenantId !== actor.tenantId || row.uploadedBy !== actor.userId || row.attachedId)
        throw badInput(
          {
            zh: `文件 ${id} 不存在、不是您上传的，或已附加到其他记录`,
            en: `File ${id} does not exist, was not uploaded by you, or is attached elsewhere`,
          },
          `${field}[${i}]`,
        );
    });
    return { ids, rows };
  }

  /** Attaches claimed files to one record, in the given order, and returns what the record keeps. */
  async attachClaimed(
    db: Sql,
    claimed: ClaimedFiles,
    record: { kind: AttachedKind; id: string },
  ): Promise<Attachment[]> {
    if (!claimed.ids.length) return [];
    if ((await storedFileRepository.attach(db, claimed.ids, record.kind, record.id)) !== claimed.ids.length)
      throw new Error('attaching files changed fewer rows than were locked');
    return claimed.ids.map((id) => toAttachment(claimed.rows.get(id)!));
  }

  /** `claim` and `attachClaimed` at once, for records with no state gate before the attachment. */
  async attach(
    db: Sql,
    actor: Actor,
    fileIds: readonly string[] | null | undefined,
    record: { kind: AttachedKind; id: string },
    field = 'fileIds',
  ): Promise<Attachment[]> {
    return this.attachClaimed(db, await this.claim(db, actor, fileIds, field), record);
  }

  /** Files attached to records of one kind (reviews, escalations, items), by record id. */
  attachedTo(ctx: RequestContext, kind: AttachedKind) {
    return ctx.loader(
      `evidence.attached.${kind}`,
      () =>
        new DataLoader<string, Attachment[]>(async (ids) => {
          const rows = await storedFileRepository.attachedTo(ctx.db, kind, ids);
          return ids.map((id) => rows.filter((r) => r.attachedId === String(id)).map(toAttachment));
        }),
    );
  }

  /**
   * Signed links of a file for the caller. The record the attachment was read from has passed its
   * own access checks; the file row must be visible too (RLS), and an unattached one is its uploader's.
   */
  async linksFor(ctx: RequestContext, fileId: string | null | undefined) {
    if (!fileId) return null;
    const actor = ctx.requireActor();
    const row = await this.fileById(ctx).load(String(fileId));
    if (!row || (!row.attachedId && row.uploadedBy !== actor.userId)) return null;
    return this.sign(actor, row);
  }

  /**
   * For other rooms (the spreadsheet import): a file the caller uploaded, with its bytes. Anyone
   * else's file, or none, is NOT_FOUND.
   */
  async openUploadedFile(
    ctx: RequestContext,
    fileId: string,
  ): Promise<{ row: StoredFileRow; stream: Readable }> {
    const actor = ctx.requireActor();
    const row = await this.fileById(ctx).load(String(fileId));
    if (!row || row.tenantId !== actor.tenantId || row.uploadedBy !== actor.userId)
      throw notFound(FILE, fileId);
    return { row, stream: await this.storage.get(row.storageKey) };
  }

  private fileById(ctx: RequestContext) {
    return ctx.loader(
      'evidence.file',
      () =>
        new DataLoader<string, StoredFileRow | null>(async (ids) => {
          const rows = await storedFileRepository.byIds(ctx.db, ids);
          return ids.map((id) => rows.find((r) => r.id === id) ?? null);
        }),
    );
  }

  private sign(actor: Actor, row: StoredFileRow) {
    const grant = { tenantId: actor.tenantId, userId: actor.userId };
    const url = (key: string, name: string, type: string) =>
      `/files/download?link=${this.links.sign({ ...grant, key, name, type }).token}`;
    return {
      downloadUrl: url(row.storageKey, row.name, row.contentType),
      thumbnailUrl: row.thumbnailKey
        ? url(row.thumbnailKey, row.name.replace(/\.[^.]+$/, '') + '.webp', 'image/webp')
        : null,
    };
  }
}

export function toAttachment(row: StoredFileRow): Attachment {
  return {
    fileId: row.id,
    name: row.name,
    size: Number(row.size),
    mimeType: row.contentType,
    sha256: row.sha256,
  };
}

/** Multipart's own refusals in our words; everything else unchanged. */
function uploadError(error: unknown, maxFiles: number): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
    return badInput(
      { zh: `一次最多上传${maxFiles}个文件`, en: `At most ${maxFiles} files per upload` },
      'file',
    );
  if (
    code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' ||
    code === 'FST_PROTO_VIOLATION' ||
    code === 'FST_FIELDS_LIMIT'
  )
    return badInput({ zh: '上传请求格式不正确', en: 'Malformed upload request' }, 'file');
  if (
    error instanceof Error &&
    /Unexpected end of form|Malformed part header|Multipart: Boundary not found/.test(error.message)
  )
    return badInput({ zh: '上传请求格式不正确', en: 'Malformed upload request' }, 'file');
  return error;
}
