/** 年度目标任务分解表: the columns of the import sheet, as the template writes them and the import reads them. */
export type TargetColumnKey =
  | 'seq'
  | 'title'
  | 'content'
  | 'source'
  | 'lead'
  | 'co'
  | 'deadline'
  | 'target'
  | 'targetUnit'
  | 'shares'
  | 'leader'
  | 'responsible';

export interface TargetColumn {
  key: TargetColumnKey;
  /** The header as the template writes it (and the import expects). */
  header: string;
  en: string;
  required: boolean;
  /** What the template's note on the header says. */
  hint: string;
  width: number;
}

export const TARGET_COLUMNS: readonly TargetColumn[] = [
  { key: 'seq', header: '序号', en: 'No.', required: false, hint: '可留空', width: 6 },
  { key: 'title', header: '事项名称', en: 'Title', required: true, hint: '必填，200字以内', width: 30 },
  {
    key: 'content',
    header: '工作内容/要求',
    en: 'Content / requirements',
    required: true,
    hint: '必填',
    width: 40,
  },
  {
    key: 'source',
    header: '来源类型',
    en: 'Source',
    required: true,
    hint: '必填，从下拉列表选择',
    width: 18,
  },
  {
    key: 'lead',
    header: '牵头单位',
    en: 'Lead unit',
    required: true,
    hint: '必填，本单位下级单位的全称',
    width: 20,
  },
  { key: 'co', header: '配合单位', en: 'Co-units', required: false, hint: '多个单位用、分隔', width: 28 },
  {
    key: 'deadline',
    header: '完成时限',
    en: 'Deadline',
    required: true,
    hint: '必填，日期，如2026-12-31或2026年12月31日',
    width: 14,
  },
  { key: 'target', header: '量化指标', en: 'Target', required: false, hint: '数字，可留空', width: 10 },
  {
    key: 'targetUnit',
    header: '计量单位',
    en: 'Target unit',
    required: false,
    hint: '如 万元、公里',
    width: 10,
  },
  {
    key: 'shares',
    header: '分解指标',
    en: 'Shares',
    required: false,
    hint: '有配合单位的量化事项必填：按牵头单位、配合单位的顺序填数字，用、分隔，合计等于量化指标',
    width: 16,
  },
  { key: 'leader', header: '分管领导', en: 'Leader in charge', required: false, hint: '', width: 12 },
  { key: 'responsible', header: '责任人', en: 'Responsible person', required: false, hint: '', width: 12 },
];
