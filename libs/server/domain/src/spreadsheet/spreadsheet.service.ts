import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { QUEUES } from '@duban/contracts';
import { Bilingual, SheetIssue } from '@duban/rules';
import { badInput, notFound, RequestContext } from '@duban/platform';
import { requireTargetImportAccess } from '../access';
import { AuditService } from '../audit';
import { EvidenceService } from '../evidence';
import { SupervisionItemFilter } from '../item';
import { QueueOf } from '../jobs';
import { OrgService, orgScope } from '../org';
import { DownloadLinks, FILE_STORAGE, FileStorage, storageKey } from '../storage';
import { spreadsheetJobRepository as jobs, SpreadsheetJobRow } from './spreadsheet-job.repository';
import { SpreadsheetJobKind, SpreadsheetJobStatus } from './spreadsheet-job.entity';
import { SpreadsheetJobView, SpreadsheetLinkView } from './spreadsheet.dto';
import { stableUuid, TEMPLATE_UNIT_LIST_MAX, targetTemplate, XLSX_TYPE } from './spreadsheet-files';
import type { CreatedItem } from './target-import';

const JOB = { zh: '导入导出任务', en: 'Spreadsheet job' };
const UNIT = { zh: '单位', en: 'Unit' };
const NOT_XLSX = {
  zh: '请上传Excel工作簿（.xlsx），可先下载模板填写',
  en: 'Upload an Excel workbook (.xlsx); the template is a good start',
};

/** Where the download route serves a signed link (the evidence room's GET /files/download). */
const downloadUrl = (token: string) => `/files/download?link=${encodeURIComponent(token)}`;

/**
 * The API side of spreadsheets: a job row (audited: who exported which filter, who imported which
 * file) committed before the worker is told, so the worker always finds it; views of one's own jobs;
 * the import template.
 */
@Injectable()
export class SpreadsheetService {
  constructor(
    @InjectQueue(QUEUES.spreadsheets) private readonly queue: QueueOf<typeof QUEUES.spreadsheets>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly links: DownloadLinks,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly org: OrgService,
  ) {}

  async startLedgerExport(ctx: RequestContext, filter: SupervisionItemFilter): Promise<SpreadsheetJobView> {
    // A unit the caller cannot see is refused before anything is recorded, as if it did not exist.
    for (const field of ['issuerUnitId', 'assigneeUnitId'] as const) {
      const id = filter[field];
      if (id && !(await this.org.byId(ctx).load(id))) throw notFound(UNIT, id);
    }
    return this.start(
      ctx,
      SpreadsheetJobKind.LEDGER_EXPORT,
      { filter },
      'spreadsheet.ledger_export',
      'ledger-export',
    );
  }

  async startTargetImport(ctx: RequestContext, fileId: string): Promise<SpreadsheetJobView> {
    requireTargetImportAccess(ctx.requireActor());
    const { row, stream } = await this.evidence.openUploadedFile(ctx, fileId);
    stream.destroy();
    if (row.contentType !== XLSX_TYPE) throw badInput(NOT_XLSX, 'fileId');
    return this.start(
      ctx,
      SpreadsheetJobKind.TARGET_IMPORT,
      { fileId: String(row.id), fileName: row.name, storageKey: row.storageKey },
      'spreadsheet.target_import',
      'target-import',
    );
  }

  async job(ctx: RequestContext, id: string): Promise<SpreadsheetJobView> {
    const row = await jobs.find(ctx.db, id, ctx.requireActor().userId);
    if (!row) throw notFound(JOB, id);
    return this.view(ctx, row);
  }

  async recent(
    ctx: RequestContext,
    kind: SpreadsheetJobKind | null,
    first: number,
  ): Promise<SpreadsheetJobView[]> {
    const rows = await jobs.recent(ctx.db, ctx.requireActor().userId, kind, first);
    return rows.map((r) => this.view(ctx, r));
  }

  /**
   * 年度目标任务分解表 template, made for the caller on each request: its 牵头单位 list holds the
   * caller's own sub-units as they are now. Stored under one key per unit (each request replaces it)
   * because the download route serves stored objects only.
   */
  async template(ctx: RequestContext): Promise<SpreadsheetLinkView> {
    const actor = ctx.requireActor();
    requireTargetImportAccess(actor);
    const names = [...new Set(await orgScope.namesBelow(ctx.db, actor.unitPath, TEMPLATE_UNIT_LIST_MAX))];
    const key = storageKey(actor.tenantId, 'template', stableUuid(`target-template:${actor.orgUnitId}`));
    await this.storage.put(key, await targetTemplate(names), XLSX_TYPE);
    const fileName = '年度目标任务分解表（模板）.xlsx';
    const link = this.links.sign({
      key,
      name: fileName,
      type: XLSX_TYPE,
      tenantId: actor.tenantId,
      userId: actor.userId,
    });
    return { url: downloadUrl(link.token), fileName, expiresAt: link.expiresAt };
  }

  private async start(
    ctx: RequestContext,
    kind: SpreadsheetJobKind,
    parameters: Record<string, unknown>,
    action: string,
    name: 'ledger-export' | 'target-import',
  ): Promise<SpreadsheetJobView> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const id = await jobs.insert(em, {
      tenantId: actor.tenantId,
      unitPath: actor.unitPath,
      requestedBy: actor.userId,
      kind,
      parameters,
    });
    await this.audit.append(em, actor, {
      chainKey: `spreadsheet_job:${id}`,
      unitPath: actor.unitPath,
      action,
      after: parameters,
    });
    // The row commits first: the worker may pick the job up at once.
    await ctx.db.endTransaction(true);
    const data = {
      jobId: id,
      actor: {
        userId: actor.userId,
        tenantId: actor.tenantId,
        orgUnitId: actor.orgUnitId,
        unitPath: actor.unitPath,
      },
    };
    try {
      await this.queue.add(name, data, {
        jobId: `spreadsheet-${id}`,
        attempts: 3,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: { age: 86400 },
        removeOnFail: { age: 7 * 86400 },
      });
    } catch (err) {
      await jobs.fail(await ctx.db.manager(), id, {
        zh: '任务未能排队，请稍后重试',
        en: 'The job could not be queued; try again later',
      });
      await ctx.db.endTransaction(true);
      throw err;
    }
    return this.job(ctx, id);
  }

  private view(ctx: RequestContext, r: SpreadsheetJobRow): SpreadsheetJobView {
    const actor = ctx.requireActor();
    const pick = (t: Bilingual) => (ctx.locale === 'en' ? t.en : t.zh);
    const done = r.status === SpreadsheetJobStatus.SUCCEEDED;
    const link =
      done && r.resultKey
        ? this.links.sign({
            key: r.resultKey,
            name: r.resultName ?? 'export.xlsx',
            type: XLSX_TYPE,
            tenantId: actor.tenantId,
            userId: actor.userId,
          })
        : null;
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      done: r.done,
      total: r.total,
      percent: done ? 100 : r.total ? Math.round((r.done / r.total) * 1000) / 10 : 0,
      fileName: r.resultName ?? ((r.parameters.fileName as string | undefined) || null),
      downloadUrl: link ? downloadUrl(link.token) : null,
      error: r.errorZh ? pick({ zh: r.errorZh, en: r.errorEn ?? r.errorZh }) : null,
      rowErrors: ((r.rowErrors as SheetIssue[] | null) ?? []).map((e) => ({ ...e, reason: pick(e.reason) })),
      createdItems:
        (r.kind === SpreadsheetJobKind.TARGET_IMPORT && done ? (r.result as CreatedItem[]) : null) ?? [],
      createdAt: r.createdAt,
      finishedAt: r.finishedAt,
    };
  }
}
