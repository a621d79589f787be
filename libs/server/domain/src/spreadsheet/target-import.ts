import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  CellValue,
  IllegalTransitionError,
  isBlankRow,
  matchHeader,
  resolveUnitName,
  RuleViolation,
  SheetIssue,
  TARGET_COLUMNS,
  TargetColumnKey,
  TargetRow,
  validateTargetRow,
} from '@duban/rules';
import { Actor, AppError, RequestContext, TenantSession } from '@duban/platform';
import { CascadeService } from '../assignment';
import { ItemService } from '../item';
import { NamedUnit, orgScope } from '../org';
import { FILE_STORAGE, FileStorage } from '../storage';
import { plainCell, TEMPLATE_SHEET } from './spreadsheet-files';

/** The sheet was refused: every issue found, nothing written. */
export class SheetRejected extends Error {
  constructor(readonly issues: SheetIssue[]) {
    super(`${issues.length} problems in the sheet`);
  }
}

/** What the import created, in sheet order. */
export interface CreatedItem {
  row: number;
  itemId: string;
  regNumber: string | null;
  title: string;
}

/** Rows one import may hold: a year's targets of an office, with room to spare. */
export const TARGET_IMPORT_MAX_ROWS = 2000;

const header = (key: TargetColumnKey) => TARGET_COLUMNS.find((c) => c.key === key)!.header;
const sheetIssue = (zh: string, en: string): SheetIssue => ({
  row: 1,
  column: null,
  value: null,
  reason: { zh, en },
});

/**
 * 导入年度目标任务分解表 in the worker: read the uploaded workbook, check every row (and every unit
 * name, within the requester's subtree), then register and assign each row through the item and
 * cascade services, all inside the caller's one transaction: every row or none.
 */
@Injectable()
export class TargetImport {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly items: ItemService,
    private readonly cascade: CascadeService,
  ) {}

  /** Reads and checks the whole sheet; throws SheetRejected with every problem. */
  async check(session: TenantSession, actor: Actor, storageKey: string, now: Date): Promise<TargetRow[]> {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.read(await this.storage.get(storageKey));
    } catch (err) {
      if (err instanceof Error && err.name === 'StorageObjectMissing') throw err;
      throw new SheetRejected([
        sheetIssue('文件无法作为Excel工作簿读取', 'The file cannot be read as an Excel workbook'),
      ]);
    }
    const ws = wb.getWorksheet(TEMPLATE_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
    if (!ws || ws.actualRowCount === 0)
      throw new SheetRejected([
        sheetIssue('文件是空的：没有表头和数据', 'The file is empty: no header and no rows'),
      ]);
    const headerCells = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(plainCell);
    const { columns, issues } = matchHeader(headerCells);
    if (issues.length) throw new SheetRejected(issues);

    const rows: TargetRow[] = [];
    const all: SheetIssue[] = [];
    let dataRows = 0;
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells = new Map<TargetColumnKey, CellValue>(
        [...columns].map(([key, i]) => [key, plainCell(row.getCell(i + 1).value)]),
      );
      if (isBlankRow(cells)) continue;
      if (++dataRows > TARGET_IMPORT_MAX_ROWS)
        throw new SheetRejected([
          sheetIssue(
            `一次最多导入${TARGET_IMPORT_MAX_ROWS}行，请分批导入`,
            `At most ${TARGET_IMPORT_MAX_ROWS} rows per import; split the sheet`,
          ),
        ]);
      const checked = validateTargetRow(r, cells, now);
      all.push(...checked.issues);
      if (checked.value) rows.push(checked.value);
    }
    if (!dataRows && !all.length)
      throw new SheetRejected([sheetIssue('表中没有数据行', 'The sheet has a header but no rows')]);

    const names = rows.flatMap((r) => [r.leadName, ...r.coNames]);
    const found = names.length ? await orgScope.byNames(session, names, actor.unitPath) : [];
    const byName = new Map<string, NamedUnit[]>();
    for (const u of found) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
    for (const r of rows)
      for (const [key, name] of [
        ['lead', r.leadName] as const,
        ...r.coNames.map((n) => ['co', n] as const),
      ]) {
        const unit = resolveUnitName(name, byName.get(name) ?? []);
        if (!unit.ok) all.push({ row: r.row, column: header(key), value: name, reason: unit.reason });
      }
    if (all.length) throw new SheetRejected(all.sort((a, b) => a.row - b.row));
    return rows;
  }

  /** Registers and assigns every checked row in the session's transaction, reporting each one done. */
  async create(
    session: TenantSession,
    actor: Actor,
    rows: readonly TargetRow[],
    progress: (done: number) => Promise<void>,
  ): Promise<CreatedItem[]> {
    const units = await orgScope.byNames(
      session,
      rows.flatMap((r) => [r.leadName, ...r.coNames]),
      actor.unitPath,
    );
    const idOf = (name: string) => units.find((u) => u.name === name)!.id;
    const created: CreatedItem[] = [];
    for (const r of rows) {
      const ctx = new RequestContext(session, actor.locale);
      ctx.actor = actor;
      const lead = idOf(r.leadName);
      const co = r.coNames.map(idOf);
      try {
        const item = await this.items.createItem(ctx, {
          title: r.title,
          content: r.content,
          source: r.source,
          deadline: r.deadline,
          leadUnitId: lead,
          coUnitIds: co,
          leaderName: r.leaderName ?? undefined,
          responsiblePerson: r.responsiblePerson ?? undefined,
          target: r.target ?? undefined,
          targetUnit: r.targetUnit ?? undefined,
        });
        const named = [lead, ...co];
        await this.cascade.assignItem(ctx, String(item.id), r.shares ? [] : named, [], {
          leadUnitId: lead,
          shares: r.shares ? named.map((unitId, i) => ({ unitId, target: r.shares![i] })) : null,
        });
        created.push({
          row: r.row,
          itemId: String(item.id),
          regNumber: item.regNumber ?? null,
          title: item.title,
        });
      } catch (err) {
        // A rule the sheet check could not foresee: name the row; the transaction undoes every row.
        if (err instanceof RuleViolation || err instanceof IllegalTransitionError || err instanceof AppError)
          throw new SheetRejected([{ row: r.row, column: null, value: null, reason: err.text }]);
        throw err;
      }
      await progress(created.length);
    }
    return created;
  }
}
