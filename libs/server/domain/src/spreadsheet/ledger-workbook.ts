import ExcelJS from 'exceljs';
import {
  ASSIGNMENT_STATUS_LABELS,
  AssignmentStatus,
  HOUR_MS,
  ITEM_SOURCE_LABELS,
  ITEM_STATUS_LABELS,
  ItemSource,
  ItemStatus,
  LIGHT_LABELS,
  Light,
  SHANGHAI_OFFSET_HOURS,
} from '@duban/rules';

/** One row of the 督查事项 sheet. */
export interface LedgerItemLine {
  regNumber: string | null;
  title: string;
  source: string;
  category: string | null;
  isKey: boolean;
  issuerName: string | null;
  leadName: string | null;
  leaderName: string | null;
  responsiblePerson: string | null;
  deadline: Date;
  status: string;
  light: string;
  lightReason: string;
  /** 0..100 */
  percent: number;
  assignments: number;
  target: number | null;
  achieved: number | null;
  targetUnit: string | null;
  createdAt: Date;
}

/** One row of the 承办任务 sheet. */
export interface LedgerAssignmentLine {
  regNumber: string | null;
  title: string;
  unitName: string;
  parentName: string | null;
  level: string;
  role: 'LEAD' | 'CO';
  status: string;
  deadline: Date;
  acceptedAt: Date | null;
  reportedAt: Date | null;
  doneAt: Date | null;
  target: number | null;
  achieved: number | null;
  percent: number;
  overdue: boolean;
  light: string;
  lightReason: string;
}

const DATE = 'yyyy-mm-dd';
const DATE_TIME = 'yyyy-mm-dd hh:mm';
const NUMBER = '#,##0.####';
const PERCENT = '0.0';

type Col<T> = { header: string; width: number; fmt?: string; value: (r: T) => ExcelJS.CellValue };

/**
 * Excel dates carry no time zone: a cell shows its value's UTC fields. Shifting by eight hours makes
 * the cell read as the instant does in China.
 */
export const chinaTime = (d: Date | string | null): Date | null =>
  d === null ? null : new Date(new Date(d).getTime() + SHANGHAI_OFFSET_HOURS * HOUR_MS);

const label = (labels: Record<string, { zh: string }>, v: string) => labels[v]?.zh ?? v;
const yesNo = (b: boolean) => (b ? '是' : '否');

export const ITEM_SHEET_COLUMNS: Col<LedgerItemLine>[] = [
  { header: '登记编号', width: 22, value: (r) => r.regNumber ?? '草稿' },
  { header: '事项名称', width: 40, value: (r) => r.title },
  { header: '来源', width: 16, value: (r) => label(ITEM_SOURCE_LABELS, r.source as ItemSource) },
  { header: '类别', width: 12, value: (r) => r.category },
  { header: '重点事项', width: 10, value: (r) => yesNo(r.isKey) },
  { header: '立项单位', width: 18, value: (r) => r.issuerName },
  { header: '牵头单位', width: 18, value: (r) => r.leadName },
  { header: '分管领导', width: 12, value: (r) => r.leaderName },
  { header: '责任人', width: 12, value: (r) => r.responsiblePerson },
  { header: '办理时限', width: 12, fmt: DATE, value: (r) => chinaTime(r.deadline) },
  { header: '状态', width: 10, value: (r) => label(ITEM_STATUS_LABELS, r.status as ItemStatus) },
  { header: '灯色', width: 8, value: (r) => label(LIGHT_LABELS, r.light as Light) },
  { header: '灯色原因', width: 30, value: (r) => r.lightReason },
  { header: '进度(%)', width: 10, fmt: PERCENT, value: (r) => r.percent },
  { header: '承办单位数', width: 10, value: (r) => r.assignments },
  { header: '量化目标', width: 12, fmt: NUMBER, value: (r) => r.target },
  { header: '已完成', width: 12, fmt: NUMBER, value: (r) => r.achieved },
  { header: '计量单位', width: 10, value: (r) => r.targetUnit },
  { header: '立项时间', width: 17, fmt: DATE_TIME, value: (r) => chinaTime(r.createdAt) },
];

export const ASSIGNMENT_SHEET_COLUMNS: Col<LedgerAssignmentLine>[] = [
  { header: '登记编号', width: 22, value: (r) => r.regNumber ?? '草稿' },
  { header: '事项名称', width: 32, value: (r) => r.title },
  { header: '承办单位', width: 20, value: (r) => r.unitName },
  { header: '上级单位', width: 18, value: (r) => r.parentName },
  { header: '层级', width: 8, value: (r) => r.level },
  { header: '主办/协办', width: 10, value: (r) => (r.role === 'LEAD' ? '主办' : '协办') },
  { header: '状态', width: 10, value: (r) => label(ASSIGNMENT_STATUS_LABELS, r.status as AssignmentStatus) },
  { header: '办理时限', width: 12, fmt: DATE, value: (r) => chinaTime(r.deadline) },
  { header: '签收时间', width: 17, fmt: DATE_TIME, value: (r) => chinaTime(r.acceptedAt) },
  { header: '报送时间', width: 17, fmt: DATE_TIME, value: (r) => chinaTime(r.reportedAt) },
  { header: '办结时间', width: 17, fmt: DATE_TIME, value: (r) => chinaTime(r.doneAt) },
  { header: '分解指标', width: 12, fmt: NUMBER, value: (r) => r.target },
  { header: '已完成', width: 12, fmt: NUMBER, value: (r) => r.achieved },
  { header: '进度(%)', width: 10, fmt: PERCENT, value: (r) => r.percent },
  { header: '逾期', width: 8, value: (r) => yesNo(r.overdue) },
  { header: '灯色', width: 8, value: (r) => label(LIGHT_LABELS, r.light as Light) },
  { header: '灯色原因', width: 30, value: (r) => r.lightReason },
];

export const ITEM_SHEET = '督查事项';
export const ASSIGNMENT_SHEET = '承办任务';

/** Column letters of the last column (A…Z, AA…): for the auto-filter range. */
function lastColumn(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** A sheet of the streaming workbook: frozen bold header, widths, number formats, auto-filter. */
function sheet<T>(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, cols: Col<T>[]) {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    autoFilter: `A1:${lastColumn(cols.length)}1`,
  } as Partial<ExcelJS.AddWorksheetOptions>);
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width, style: c.fmt ? { numFmt: c.fmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  return {
    add(rows: readonly T[]) {
      for (const r of rows) ws.addRow(cols.map((c) => c.value(r))).commit();
    },
    commit: () => ws.commit(),
  };
}

/**
 * Streams the 台账 to `filename`: all of the 督查事项 sheet first, then the 承办任务 sheet (a zip entry
 * cannot be interleaved with another, so each sheet is written whole, batch by batch, never held in
 * memory). `items` and `assignments` yield batches; each sheet is walked by its own pass.
 */
export async function writeLedgerWorkbook(
  filename: string,
  items: AsyncIterable<readonly LedgerItemLine[]>,
  assignments: AsyncIterable<readonly LedgerAssignmentLine[]>,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  wb.creator = 'duban';
  const itemSheet = sheet(wb, ITEM_SHEET, ITEM_SHEET_COLUMNS);
  for await (const batch of items) itemSheet.add(batch);
  itemSheet.commit();
  const assignmentSheet = sheet(wb, ASSIGNMENT_SHEET, ASSIGNMENT_SHEET_COLUMNS);
  for await (const batch of assignments) assignmentSheet.add(batch);
  assignmentSheet.commit();
  await wb.commit();
}
