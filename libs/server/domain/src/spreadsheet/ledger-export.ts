import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { formatShanghaiDate } from '@duban/rules';
import { Actor, RequestContext, TenantSession } from '@duban/platform';
import { assignmentRepository } from '../assignment';
import { itemRepository, SupervisionItemEntity, SupervisionItemFilter } from '../item';
import { orgScope } from '../org';
import { columnsFor, RollupQueries } from '../rollup';
import { FILE_STORAGE, FileStorage, storageKey } from '../storage';
import { LedgerAssignmentLine, LedgerItemLine, writeLedgerWorkbook } from './ledger-workbook';
import { stableUuid, XLSX_TYPE } from './spreadsheet-files';

/** Rows read per statement, and how often progress is reported. */
const BATCH = 500;

const ROLLUP_FIELDS = columnsFor(['light', 'lightReason', 'progressPercent', 'total', 'achieved']);

const LEVELS: Record<string, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县级',
  TOWNSHIP: '乡级',
  DEPARTMENT: '部门',
};

export interface ExportResult {
  key: string;
  name: string;
  total: number;
}

/**
 * 导出台账 in the worker: the ledger query of the item room (every filter of the page), walked in
 * batches inside one session scoped as the requester, each item's roll-up as the requester's unit
 * sees it (the page's light and percent), streamed to a temporary file and stored.
 */
@Injectable()
export class LedgerExport {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly rollups: RollupQueries,
  ) {}

  async run(
    session: TenantSession,
    actor: Actor,
    job: { id: string; createdAt: Date; filter: SupervisionItemFilter },
    progress: (done: number, total: number) => Promise<void>,
  ): Promise<ExportResult> {
    const count = await itemRepository.ledgerCount(session, actor.unitPath, job.filter);
    // Each item is visited once per sheet.
    const total = count * 2;
    let done = 0;
    const step = async (n: number) => {
      done += n;
      await progress(done, total);
    };
    const file = path.join(tmpdir(), `duban-ledger-${job.id}-${process.pid}-${Date.now()}.xlsx`);
    try {
      await writeLedgerWorkbook(
        file,
        this.itemLines(session, actor, job.filter, step),
        this.assignmentLines(session, actor, job.filter, step),
      );
      const key = storageKey(
        actor.tenantId,
        'export',
        stableUuid(`spreadsheet-job:${job.id}`),
        job.createdAt,
      );
      await this.storage.put(key, createReadStream(file), XLSX_TYPE);
      return { key, name: `督查台账_${formatShanghaiDate(new Date())}.xlsx`, total };
    } finally {
      await rm(file, { force: true });
    }
  }

  private async *batches(session: TenantSession, actor: Actor, filter: SupervisionItemFilter) {
    let before: string | null = null;
    for (;;) {
      const batch = await itemRepository.ledgerBatch(session, actor.unitPath, filter, before, BATCH);
      if (!batch.length) return;
      yield batch;
      before = String(batch[batch.length - 1].id);
    }
  }

  private async *itemLines(
    session: TenantSession,
    actor: Actor,
    filter: SupervisionItemFilter,
    step: (n: number) => Promise<void>,
  ): AsyncGenerator<LedgerItemLine[]> {
    for await (const batch of this.batches(session, actor, filter)) {
      // A context per batch: the roll-up loaders batch the reads and their caches end with it.
      const ctx = new RequestContext(session, actor.locale);
      ctx.actor = actor;
      const [rollups, names] = await Promise.all([
        Promise.all(batch.map((i) => this.rollups.view(ctx, actor.orgUnitId, String(i.id), ROLLUP_FIELDS))),
        orgScope.names(
          session,
          batch.flatMap((i) => [String(i.issuerUnitId), ...(i.leadUnitId ? [String(i.leadUnitId)] : [])]),
        ),
      ]);
      yield batch.map((i, n) => itemLine(i, rollups[n], names));
      await step(batch.length);
    }
  }

  private async *assignmentLines(
    session: TenantSession,
    actor: Actor,
    filter: SupervisionItemFilter,
    step: (n: number) => Promise<void>,
  ): AsyncGenerator<LedgerAssignmentLine[]> {
    const en = actor.locale === 'en';
    for await (const batch of this.batches(session, actor, filter)) {
      const byId = new Map(batch.map((i) => [String(i.id), i]));
      const rows = await assignmentRepository.ledgerRows(session, [...byId.keys()], actor.unitPath);
      yield rows.map((a) => {
        const item = byId.get(String(a.itemId))!;
        return {
          regNumber: item.regNumber,
          title: item.title,
          unitName: a.unitName,
          parentName: a.parentName,
          level: a.subtype ?? LEVELS[a.kind] ?? a.kind,
          role: a.role,
          status: a.status,
          deadline: a.deadline,
          acceptedAt: a.acceptedAt,
          reportedAt: a.reportedAt,
          doneAt: a.doneAt,
          target: a.target,
          achieved: a.target === null ? null : a.achieved,
          percent: Number(a.progressPercent ?? 0),
          overdue: a.overdue,
          light: a.light,
          lightReason: en ? a.lightReasonEn : a.lightReasonZh,
        };
      });
      await step(batch.length);
    }
  }
}

function itemLine(
  i: SupervisionItemEntity,
  r: { light: string; lightReason: string; progressPercent: number; total: number; achieved: number },
  names: Map<string, string>,
): LedgerItemLine {
  return {
    regNumber: i.regNumber ?? null,
    title: i.title,
    source: i.source,
    category: i.category ?? null,
    isKey: i.isKey,
    issuerName: names.get(String(i.issuerUnitId)) ?? null,
    leadName: i.leadUnitId ? (names.get(String(i.leadUnitId)) ?? null) : null,
    leaderName: i.leaderName ?? null,
    responsiblePerson: i.responsiblePerson ?? null,
    deadline: i.deadline,
    status: i.status,
    light: r.light,
    lightReason: r.lightReason,
    percent: r.progressPercent,
    assignments: r.total,
    target: i.target ?? null,
    achieved: i.target == null ? null : r.achieved,
    targetUnit: i.targetUnit ?? null,
    createdAt: i.createdAt,
  };
}
