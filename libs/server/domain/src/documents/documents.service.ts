import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DocumentFormat,
  DocumentKind,
  documentIssueRefusal,
  DOCUMENT_NOT_READY,
  documentSubjectStatusLabel,
  formatVerificationCode,
  normalizeVerificationCode,
  VERIFICATION_CODE_BYTES,
  verificationCodeFrom,
} from '@duban/rules';
import { AppConfig, badInput, conflict, forbidden, RequestContext } from '@duban/platform';
import { viewerOf } from '../access';
import { AuditService } from '../audit';
import { CONFIG } from '../config.token';
import { DownloadLinks, FILE_STORAGE, FileStorage, storageKey } from '../storage';
import { documentFileName, DocumentSources } from './document-sources';
import { renderDocx } from './docx-render';
import { issuedDocumentRepository } from './issued-document.repository';
import { DocumentVerificationView, IssuedDocumentView } from './issued-document.view';
import { renderPdf } from './pdf-render';

const CONTENT_TYPE: Record<DocumentFormat, string> = {
  [DocumentFormat.PDF]: 'application/pdf',
  [DocumentFormat.DOCX]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const EXTENSION: Record<DocumentFormat, string> = {
  [DocumentFormat.PDF]: 'pdf',
  [DocumentFormat.DOCX]: 'docx',
};
const SHA256 = /^[0-9a-f]{64}$/;

/** The download route that serves signed links (evidence room's HTTP route). */
export const DOWNLOAD_PATH = '/files/download';

/** 打印文书: generates a form from its record, stores the exact bytes, records and audits the issue. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly sources: DocumentSources,
    private readonly audit: AuditService,
    private readonly links: DownloadLinks,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    ctx: RequestContext,
    kind: DocumentKind,
    subjectId: string,
    format: DocumentFormat,
  ): Promise<IssuedDocumentView> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const source = await this.sources.load(ctx, em, kind, subjectId);
    const refusal = documentIssueRefusal(kind, viewerOf(actor), source.facts);
    if (refusal) throw forbidden(refusal);
    if (!source.facts.ready) throw conflict(DOCUMENT_NOT_READY[kind]);

    const code = verificationCodeFrom(randomBytes(VERIFICATION_CODE_BYTES));
    const issuedAt = new Date();
    const form = source.build({
      issuedAt,
      verification: { code, url: `${this.config.ADMIN_PUBLIC_URL}/verify/${formatVerificationCode(code)}` },
    });
    const bytes = format === DocumentFormat.PDF ? await renderPdf(form, issuedAt) : await renderDocx(form);
    const key = storageKey(actor.tenantId, 'form', randomUUID(), issuedAt);
    const stored = await this.storage.put(key, bytes, CONTENT_TYPE[format]);
    let id: string;
    try {
      id = await issuedDocumentRepository.insert(em, {
        tenantId: actor.tenantId,
        unitPath: actor.unitPath,
        kind,
        subjectId,
        format,
        verificationCode: code,
        sha256: stored.sha256,
        size: stored.size,
        storageKey: key,
        docNumber: source.docNumber,
        title: source.title,
        officeName: source.office,
        issuedBy: actor.userId,
        issuedAt,
      });
      // One chain per record and kind; the advisory lock keeps it in order under concurrent prints.
      const chainKey = `document:${kind}:${subjectId}`;
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [chainKey]);
      await this.audit.append(em, actor, {
        chainKey,
        unitPath: actor.unitPath,
        itemId: source.itemId,
        assignmentId: source.assignmentId,
        action: 'document.issued',
        after: {
          kind,
          subjectId,
          format,
          verificationCode: formatVerificationCode(code),
          sha256: stored.sha256,
          documentNumber: source.docNumber,
        },
      });
    } catch (error) {
      // Nothing was recorded: the bytes must not outlive the refusal (a failed commit may still leave
      // an unreferenced object, which no link or code can reach).
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
    const fileName = documentFileName(kind, source.docNumber, EXTENSION[format]);
    const link = this.links.sign({
      key,
      name: fileName,
      type: CONTENT_TYPE[format],
      tenantId: actor.tenantId,
      userId: actor.userId,
    });
    return {
      id,
      kind,
      format,
      verificationCode: formatVerificationCode(code),
      sha256: stored.sha256,
      issuedAt,
      fileName,
      downloadUrl: `${DOWNLOAD_PATH}?link=${encodeURIComponent(link.token)}`,
    };
  }

  /**
   * 核验 for anyone holding a form: the record of an exact code (an unknown or malformed code is simply
   * not found) and, given the SHA-256 of a presented file, whether it is byte for byte what was issued.
   */
  async verify(
    ctx: RequestContext,
    typed: string,
    sha256?: string | null,
  ): Promise<DocumentVerificationView> {
    const digest = sha256?.trim().toLowerCase() || null;
    if (digest !== null && !SHA256.test(digest))
      throw badInput(
        { zh: 'SHA-256 应为64位十六进制数字', en: 'A SHA-256 is 64 hexadecimal digits' },
        'sha256',
      );
    const code = normalizeVerificationCode(typed);
    const record = code ? await issuedDocumentRepository.byCode(ctx.db, code) : null;
    if (!record)
      return {
        found: false,
        matches: null,
        kind: null,
        documentNumber: null,
        title: null,
        officeName: null,
        issuedAt: null,
        subjectStatus: null,
      };
    const status = documentSubjectStatusLabel(record.kind, record.subjectStatus);
    return {
      found: true,
      matches: digest === null ? null : digest === record.sha256,
      kind: record.kind,
      documentNumber: record.docNumber,
      title: record.title,
      officeName: record.officeName,
      issuedAt: record.issuedAt,
      subjectStatus: status ? (ctx.locale === 'en' ? status.en : status.zh) : null,
    };
  }
}
