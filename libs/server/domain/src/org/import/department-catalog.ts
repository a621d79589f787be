/**
 * Generated departments (部门/单位). The division data stops at the township; the 督查网络 also
 * reaches the departments under every level, so the importer generates a realistic, fixed set.
 *
 * Rules (this comment is the documentation; the tests pin the numbers):
 *   - Which catalog: a PROVINCE root gets the 省直 catalog (40), every CITY the 市直 catalog (60),
 *     every COUNTY-level unit the 县直 catalog (92 — the number of 县直单位 in 睢县's network as the
 *     seed article reports: "全县20个乡镇和92个县直单位"), except functional zones (开发区 …, county
 *     codes 71–79) which get the 16 offices of a 管委会, and every TOWNSHIP the 乡直 catalog (12).
 *   - kind = DEPARTMENT; subtype = '省直' / '市直' / '县直' / '乡直' by the parent's level
 *     (a zone's offices are '县直' too).
 *   - name = parent's name + catalog name: "商丘市教育局", "睢县财政局", "白庙乡党政综合办公室".
 *     Party organs (marked party()) hang under the Party committee, whose short name is the
 *     parent's name + 委: "商丘市委组织部", "民权县委宣传部", "河南省委办公厅"; a one-character
 *     stem repeats the level: "睢县县委组织部", "郊区区委组织部"; 自治区 → "…自治区党委";
 *     地区 → "…地委".
 *     One catalog entry has a variant: a 街道 has a 社区卫生服务中心 where a 乡/镇 has a 卫生院.
 *   - code = `${parentCode}-D${two-digit index}`, index = 1-based position in the catalog. The
 *     catalogs are append-only: never reorder or delete an entry (a re-import would rename the
 *     existing codes); add new entries at the end.
 *   - sort = 1000 + index, so departments list after the administrative sub-units (sort 1…n).
 *   - The supervision office of each level (督查委员会办公室; 管委会督查室; a township's
 *     党政综合办公室) is found with supervisionOfficeCode().
 */
import { OrgKind } from '../org-unit.entity';

export type DepartmentSubtype = '省直' | '市直' | '县直' | '乡直';

export interface CatalogEntry {
  /** Name after the prefix, e.g. '财政局'. */
  name: string;
  /** A Party organ: prefixed with the Party committee ("商丘市委…") instead of the unit name. */
  party?: boolean;
  /** Name used under a 街道 instead of `name`. */
  street?: string;
}

const party = (name: string): CatalogEntry => ({ name, party: true });
const plain = (names: string[]): CatalogEntry[] => names.map((name) => ({ name }));

/** 省直 (40): the provincial Party committee's organs, the government's 厅/委/局, courts. */
export const PROVINCE_DEPARTMENTS: readonly CatalogEntry[] = [
  party('办公厅'),
  ...plain(['人大常委会办公厅', '人民政府办公厅', '政协办公厅', '纪委监委']),
  party('组织部'),
  party('宣传部'),
  party('统战部'),
  party('政法委员会'),
  party('机构编制委员会办公室'),
  party('督查委员会办公室'),
  party('政策研究室'),
  party('网络安全和信息化委员会办公室'),
  party('党校'),
  ...plain([
    '发展和改革委员会',
    '教育厅',
    '科学技术厅',
    '工业和信息化厅',
    '公安厅',
    '民政厅',
    '司法厅',
    '财政厅',
    '人力资源和社会保障厅',
    '自然资源厅',
    '生态环境厅',
    '住房和城乡建设厅',
    '交通运输厅',
    '水利厅',
    '农业农村厅',
    '商务厅',
    '文化和旅游厅',
    '卫生健康委员会',
    '退役军人事务厅',
    '应急管理厅',
    '审计厅',
    '人民政府国有资产监督管理委员会',
    '市场监督管理局',
    '信访局',
    '高级人民法院',
    '人民检察院',
  ]),
];

/** 市直 (60): Party organs, the four leading bodies' offices, government bureaus, courts, mass organisations. */
export const CITY_DEPARTMENTS: readonly CatalogEntry[] = [
  party('办公室'),
  ...plain(['人大常委会办公室', '人民政府办公室', '政协办公室', '纪委监委']),
  party('组织部'),
  party('宣传部'),
  party('统战部'),
  party('政法委员会'),
  party('机构编制委员会办公室'),
  party('督查委员会办公室'),
  party('政策研究室'),
  party('网络安全和信息化委员会办公室'),
  party('老干部局'),
  party('党校'),
  party('巡察工作领导小组办公室'),
  party('社会工作部'),
  ...plain([
    '直属机关工作委员会',
    '发展和改革委员会',
    '教育局',
    '科学技术局',
    '工业和信息化局',
    '民族宗教事务局',
    '公安局',
    '民政局',
    '司法局',
    '财政局',
    '人力资源和社会保障局',
    '自然资源和规划局',
    '生态环境局',
    '住房和城乡建设局',
    '交通运输局',
    '水利局',
    '农业农村局',
    '商务局',
    '文化广电和旅游局',
    '卫生健康委员会',
    '退役军人事务局',
    '应急管理局',
    '审计局',
    '人民政府国有资产监督管理委员会',
    '市场监督管理局',
    '体育局',
    '统计局',
    '医疗保障局',
    '信访局',
    '城市管理局',
    '行政审批和政务信息管理局',
    '机关事务管理局',
    '人民防空办公室',
    '住房公积金管理中心',
    '中级人民法院',
    '人民检察院',
    '税务局',
    '总工会',
    '团委',
    '妇女联合会',
    '科学技术协会',
    '工商业联合会',
    '残疾人联合会',
  ]),
];

/**
 * 县直 (92): the county versions of the 市直 units (with the usual county merges: 教育体育局,
 * 科学技术和工业信息化局), the 乡镇-facing bureaus and stations (乡村振兴, 农技, 农机, 畜牧, 农经,
 * 水利站, 农村公路), hospitals and service centres, vertical units and mass organisations.
 */
export const COUNTY_DEPARTMENTS: readonly CatalogEntry[] = [
  party('办公室'),
  ...plain(['人大常委会办公室', '人民政府办公室', '政协办公室', '纪委监委']),
  party('组织部'),
  party('宣传部'),
  party('统战部'),
  party('政法委员会'),
  party('机构编制委员会办公室'),
  party('督查委员会办公室'),
  party('政策研究室'),
  party('网络安全和信息化委员会办公室'),
  party('老干部局'),
  party('党校'),
  party('巡察工作领导小组办公室'),
  party('社会工作部'),
  party('党史研究室'),
  ...plain([
    '直属机关工作委员会',
    '人民武装部',
    // Government (36)
    '发展和改革委员会',
    '教育体育局',
    '科学技术和工业信息化局',
    '民族宗教事务局',
    '公安局',
    '民政局',
    '司法局',
    '财政局',
    '人力资源和社会保障局',
    '自然资源局',
    '生态环境分局',
    '住房和城乡建设局',
    '交通运输局',
    '水利局',
    '农业农村局',
    '商务局',
    '文化广电和旅游局',
    '卫生健康委员会',
    '退役军人事务局',
    '应急管理局',
    '审计局',
    '市场监督管理局',
    '统计局',
    '医疗保障局',
    '信访局',
    '城市管理局',
    '行政审批和政务信息管理局',
    '林业局',
    '人民防空办公室',
    '机关事务服务中心',
    '乡村振兴局',
    '国有资产服务中心',
    '粮食和物资储备中心',
    '供销合作社',
    '畜牧局',
    '地方金融服务中心',
    // Facing the townships (10)
    '农业技术推广中心',
    '农业机械技术中心',
    '动物疫病预防控制中心',
    '农村经营管理站',
    '水利工程管理站',
    '公路管理局',
    '农村公路发展中心',
    '不动产登记中心',
    '公共资源交易中心',
    '产业集聚区管理委员会',
    // Institutions and services (10)
    '融媒体中心',
    '档案馆',
    '人民医院',
    '中医院',
    '妇幼保健院',
    '疾病预防控制中心',
    '投资促进中心',
    '城乡建设投资有限公司',
    '房产服务中心',
    '消防救援大队',
    // Courts and vertical units (6)
    '人民法院',
    '人民检察院',
    '税务局',
    '气象局',
    '烟草专卖局',
    '供电公司',
    // Mass organisations (10)
    '总工会',
    '团委',
    '妇女联合会',
    '科学技术协会',
    '文学艺术界联合会',
    '工商业联合会',
    '残疾人联合会',
    '红十字会',
    '归国华侨联合会',
    '关心下一代工作委员会',
  ]),
];

/** A functional zone's 管委会 (16 offices), e.g. "河南商丘经济开发区经济发展局". */
export const ZONE_DEPARTMENTS: readonly CatalogEntry[] = plain([
  '党政办公室',
  '党群工作部',
  '纪检监察工作委员会',
  '督查室',
  '经济发展局',
  '财政局',
  '招商局',
  '规划建设局',
  '自然资源分局',
  '生态环境分局',
  '社会事务局',
  '应急管理局',
  '市场监督管理分局',
  '公安分局',
  '综合行政执法局',
  '企业服务中心',
]);

/** 乡直 (12): the offices of a township after the 乡镇机构改革, plus the 站所 based there. */
export const TOWNSHIP_DEPARTMENTS: readonly CatalogEntry[] = [
  ...plain([
    '党政综合办公室',
    '党建工作办公室',
    '经济发展办公室',
    '社会事务办公室',
    '农业农村服务中心',
    '综合行政执法大队',
    '退役军人服务站',
    '便民服务中心',
    '财政所',
    '派出所',
    '司法所',
  ]),
  { name: '卫生院', street: '社区卫生服务中心' },
];

/** The parent a department catalog is chosen for. */
export interface CatalogParent {
  code: string;
  name: string;
  kind: OrgKind;
  subtype?: string | null;
  /** County-level functional zone (开发区 …). */
  zone?: boolean;
}

export interface GeneratedDepartment {
  code: string;
  name: string;
  subtype: DepartmentSubtype;
  /** 1-based catalog position (also in the code). */
  index: number;
  /** 1000 + index. */
  sort: number;
}

export const DEPARTMENT_SORT_BASE = 1000;

/** The catalog and the subtype for a parent; none for departments themselves. */
export function catalogFor(
  parent: CatalogParent,
): { subtype: DepartmentSubtype; entries: readonly CatalogEntry[] } | null {
  switch (parent.kind) {
    case OrgKind.PROVINCE:
      return { subtype: '省直', entries: PROVINCE_DEPARTMENTS };
    case OrgKind.CITY:
      return { subtype: '市直', entries: CITY_DEPARTMENTS };
    case OrgKind.COUNTY:
      return { subtype: '县直', entries: parent.zone ? ZONE_DEPARTMENTS : COUNTY_DEPARTMENTS };
    case OrgKind.TOWNSHIP:
      return { subtype: '乡直', entries: TOWNSHIP_DEPARTMENTS };
    default:
      return null;
  }
}

/** `${parentCode}-D${nn}`; index is 1-based. */
export function departmentCode(parentCode: string, index: number): string {
  return `${parentCode}-D${String(index).padStart(2, '0')}`;
}

/** Short name of a unit's Party committee: 商丘市 → 商丘市委, 睢县 → 睢县县委, 广西壮族自治区 → 广西壮族自治区党委. */
export function partyCommitteeName(unitName: string): string {
  if (unitName.endsWith('自治区')) return `${unitName}党委`;
  if (unitName.endsWith('地区')) return `${unitName.slice(0, -2)}地委`;
  if (unitName.length === 2 && /[县区市旗]$/.test(unitName)) return `${unitName}${unitName.slice(-1)}委`;
  return `${unitName}委`;
}

/** The generated departments of one parent, in catalog order. */
export function departmentsFor(parent: CatalogParent): GeneratedDepartment[] {
  const catalog = catalogFor(parent);
  if (!catalog) return [];
  return catalog.entries.map((entry, i) => {
    const index = i + 1;
    const base = parent.subtype === '街道' && entry.street ? entry.street : entry.name;
    const prefix = entry.party ? partyCommitteeName(parent.name) : parent.name;
    return {
      code: departmentCode(parent.code, index),
      name: `${prefix}${base}`,
      subtype: catalog.subtype,
      index,
      sort: DEPARTMENT_SORT_BASE + index,
    };
  });
}

/**
 * Code of the unit that runs 督查 work for a level: the 督查委员会办公室 of a province, city or
 * county, the 督查室 of a zone's 管委会, the 党政综合办公室 of a township.
 */
export function supervisionOfficeCode(parent: CatalogParent): string | null {
  const catalog = catalogFor(parent);
  if (!catalog) return null;
  const index = catalog.entries.findIndex(
    (e) => /^督查(委员会办公室|室)$/.test(e.name) || e.name === '党政综合办公室',
  );
  return index < 0 ? null : departmentCode(parent.code, index + 1);
}
