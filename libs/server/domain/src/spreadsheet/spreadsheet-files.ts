import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { CellValue, ITEM_SOURCE_LABELS, ITEM_SOURCES, TARGET_COLUMNS } from '@duban/rules';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A UUID-shaped id derived from `seed` (storage keys take UUIDs): the same job or unit always maps
 * to the same object, so a retried export or a regenerated template replaces its file, never adds one.
 */
export function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A cell as the sheet rules read it: rich text and hyperlinks as their text, formulas as their
 * cached result, errors as nothing.
 */
export function plainCell(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return result === undefined || (typeof result === 'object' && !(result instanceof Date))
        ? null
        : (result as CellValue);
    }
    if ('text' in v) return typeof v.text === 'string' ? v.text : plainCell(v.text as ExcelJS.CellValue);
  }
  return null;
}

export const TEMPLATE_SHEET = '年度目标任务分解表';
const LISTS_SHEET = '选项';
/** Rows the template prepares (numbered, with the lists); more may be added below them. */
const TEMPLATE_ROWS = 200;
/** Names offered in the 牵头单位 list; a larger subtree is typed by name (still checked on import). */
export const TEMPLATE_UNIT_LIST_MAX = 5000;

/**
 * 年度目标任务分解表 as a workbook: the columns of TARGET_COLUMNS (required ones marked *, each with
 * a note), drop-down lists for 来源类型 and 牵头单位 (the caller's sub-units, on a hidden sheet), a
 * date check on 完成时限 and a number check on 量化指标, header frozen.
 */
export async function targetTemplate(unitNames: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'duban';
  const ws = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  ITEM_SOURCES.forEach((s, i) => (lists.getCell(i + 1, 1).value = ITEM_SOURCE_LABELS[s].zh));
  unitNames.forEach((name, i) => (lists.getCell(i + 1, 2).value = name));

  ws.columns = TARGET_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    width: c.width,
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  TARGET_COLUMNS.forEach((c, i) => {
    if (c.hint) header.getCell(i + 1).note = c.hint;
  });
  const col = (key: string) => TARGET_COLUMNS.findIndex((c) => c.key === key) + 1;
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
    const row = ws.getRow(r);
    row.getCell(col('seq')).value = r - 1;
    row.getCell(col('source')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`${LISTS_SHEET}!$A$1:$A$${ITEM_SOURCES.length}`],
      showErrorMessage: true,
      errorTitle: '来源类型',
      error: '请从下拉列表选择来源类型',
    };
    if (unitNames.length)
      row.getCell(col('lead')).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`${LISTS_SHEET}!$B$1:$B$${unitNames.length}`],
        // A warning only: a name typed by hand is still checked on import.
        showErrorMessage: true,
        errorStyle: 'warning',
        error: '不在本单位下级单位名单中',
      };
    const deadline = row.getCell(col('deadline'));
    deadline.numFmt = 'yyyy-mm-dd';
    deadline.dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      showErrorMessage: true,
      error: '请填写日期，如2026-12-31',
    };
    row.getCell(col('target')).dataValidation = {
      type: 'decimal',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      error: '量化指标须为大于0的数字',
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
