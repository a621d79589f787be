import ExcelJS from 'exceljs';
import { TARGET_COLUMNS } from '@duban/rules';
import { chinaTime } from './ledger-workbook';
import { plainCell, stableUuid, targetTemplate, TEMPLATE_SHEET } from './spreadsheet-files';

describe('cells as the sheet rules read them', () => {
  it('passes plain values through and reduces rich text, links and formulas to their text or result', () => {
    const day = new Date(Date.UTC(2026, 11, 31));
    expect(plainCell('睢县')).toBe('睢县');
    expect(plainCell(12.5)).toBe(12.5);
    expect(plainCell(day)).toBe(day);
    expect(plainCell(null)).toBeNull();
    expect(plainCell({ richText: [{ text: '城关' }, { text: '镇' }] })).toBe('城关镇');
    expect(plainCell({ text: '睢县财政局', hyperlink: 'https://example.org' })).toBe('睢县财政局');
    expect(plainCell({ formula: 'A1+A2', result: 30 })).toBe(30);
    expect(plainCell({ formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue)).toBeNull();
    expect(plainCell({ error: '#N/A' } as ExcelJS.CellValue)).toBeNull();
  });

  it('shows an instant as China time in a cell', () => {
    expect(chinaTime(new Date('2026-12-31T15:59:59Z'))?.toISOString()).toBe('2026-12-31T23:59:59.000Z');
    expect(chinaTime(null)).toBeNull();
  });
});

describe('stableUuid', () => {
  it('maps a seed to one UUID-shaped id, different seeds to different ids', () => {
    const a = stableUuid('spreadsheet-job:7');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('spreadsheet-job:7')).toBe(a);
    expect(stableUuid('spreadsheet-job:8')).not.toBe(a);
  });
});

describe('the import template', () => {
  it('has every column (required ones marked), the unit list and the checks', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await targetTemplate(['城关镇', '长岗镇'])) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(
      TARGET_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)),
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (key: string) => TARGET_COLUMNS.findIndex((c) => c.key === key) + 1;
    expect(ws.getRow(2).getCell(col('lead')).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['选项!$B$1:$B$2'],
    });
    expect(ws.getRow(201).getCell(col('target')).dataValidation).toMatchObject({ type: 'decimal' });
    const lists = wb.getWorksheet('选项')!;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getColumn(2).values.slice(1)).toEqual(['城关镇', '长岗镇']);
  });
});
