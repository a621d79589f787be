// Loaded on demand by the ledger's export button: exceljs never enters the first page or the ledger chunk.
import ExcelJS from 'exceljs';
import type { LedgerRowFragment } from '../../gql/graphql';
import { formatDate, percent } from '../../shared/domain/labels';
import { ITEM_STATUS_LABELS, LIGHT_LABELS } from '../../shared/domain/rules';
import type { Translate } from '../../shared/i18n/locale';

/** Writes the rows to an .xlsx workbook and has the browser download it. */
export async function exportLedger(rows: LedgerRowFragment[], t: Translate, unitName: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t('ledger.title'));
  sheet.columns = [
    { header: t('ledger.regNumber'), key: 'regNumber', width: 20 },
    { header: t('ledger.itemTitle'), key: 'title', width: 40 },
    { header: t('ledger.source'), key: 'source', width: 18 },
    { header: t('ledger.issuer'), key: 'issuer', width: 14 },
    { header: t('item.leadUnit'), key: 'lead', width: 16 },
    { header: t('item.leaderName'), key: 'leader', width: 12 },
    { header: t('item.responsiblePerson'), key: 'person', width: 12 },
    { header: t('common.status'), key: 'status', width: 10 },
    { header: t('common.deadline'), key: 'deadline', width: 12 },
    { header: t('ledger.assignments'), key: 'total', width: 10 },
    { header: t('detail.done'), key: 'done', width: 8 },
    { header: t('detail.overdue'), key: 'overdue', width: 8 },
    { header: t('ledger.completion'), key: 'rate', width: 10 },
    { header: t('common.light'), key: 'light', width: 8 },
    { header: t('common.reason'), key: 'reason', width: 30 },
  ];
  for (const r of rows)
    sheet.addRow({
      regNumber: r.regNumber ?? t(ITEM_STATUS_LABELS.DRAFT),
      title: r.title,
      source: t(`source.${r.source}`),
      issuer: r.issuerUnit?.name ?? '',
      lead: r.leadUnit?.name ?? '',
      leader: r.leaderName ?? '',
      person: r.responsiblePerson ?? '',
      status: t(ITEM_STATUS_LABELS[r.status]),
      deadline: formatDate(r.deadline),
      total: r.rollup.total,
      done: r.rollup.done,
      overdue: r.rollup.overdue,
      rate: percent(r.rollup.completionRate),
      light: t(LIGHT_LABELS[r.rollup.light]),
      reason: r.rollup.lightReason,
    });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await book.xlsx.writeBuffer();
  const url = URL.createObjectURL(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `${unitName}-${t('ledger.title')}-${formatDate(new Date().toISOString())}.xlsx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
