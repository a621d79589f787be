import { type Bilingual, num } from '../common/bilingual';
import { DAY_MS, endOfShanghaiDay, formatShanghaiDate } from '../common/time';
import { TEXT_LIMITS } from '../input/limits';
import { ITEM_SOURCE_LABELS, ITEM_SOURCES, ItemSource } from '../registration/registration-number';
import { shareBalance } from '../supervision/shares';
import { TARGET_COLUMNS, type TargetColumnKey } from './target-columns';

export * from './target-columns';

/**
 * How the cells of the 年度目标任务分解表 are read and when a row is good enough to become an item with
 * its assignments. Pure: the reader hands in plain cell values (string, number, boolean, Date, or null)
 * and the unit names are resolved by the caller.
 */

/** One problem with the sheet: its 1-based row (the header is row 1), the column header, the value. */
export interface SheetIssue {
  row: number;
  column: string | null;
  value: string | null;
  reason: Bilingual;
}

/** A plain cell value as the reader hands it over. */
export type CellValue = string | number | boolean | Date | null;

const columnOf = (key: TargetColumnKey) => TARGET_COLUMNS.find((c) => c.key === key)!;

/** A header cell as written: the template marks required columns with *, which is not part of the name. */
const headerName = (v: CellValue) => text(v).replace(/[*＊]/g, '').replace(/\s+/g, '');

/**
 * Finds each known column in the header row. Unknown, repeated and missing required columns are
 * refused, each named; optional columns may be left out.
 */
export function matchHeader(cells: readonly CellValue[]): {
  columns: Map<TargetColumnKey, number>;
  issues: SheetIssue[];
} {
  const columns = new Map<TargetColumnKey, number>();
  const issues: SheetIssue[] = [];
  const issue = (zh: string, en: string, value: string | null) =>
    issues.push({ row: 1, column: value, value, reason: { zh, en } });
  cells.forEach((cell, i) => {
    const name = headerName(cell);
    if (!name) return;
    const col = TARGET_COLUMNS.find((c) => c.header === name);
    if (!col)
      issue(
        `表头“${name}”不是模板中的列（第${i + 1}列）`,
        `Header "${name}" (column ${i + 1}) is not a column of the template`,
        name,
      );
    else if (columns.has(col.key)) issue(`表头“${name}”出现了两次`, `Header "${name}" appears twice`, name);
    else columns.set(col.key, i);
  });
  for (const c of TARGET_COLUMNS)
    if (c.required && !columns.has(c.key))
      issue(`缺少必填列“${c.header}”`, `The required column "${c.header}" (${c.en}) is missing`, c.header);
  return { columns, issues };
}

/** The text of a cell, trimmed; numbers as written, dates as China-time YYYY-MM-DD. */
export function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
// Excel's day 0 is 1899-12-30 (it counts the fictitious 1900-02-29), so serial 25569 is 1970-01-01.
const EXCEL_EPOCH_SERIAL = 25_569;

/** Days since 1970-01-01 of a calendar date, or null when there is no such date (2026-02-30). */
function calendarDay(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

const BAD_DATE: Bilingual = {
  zh: '不是有效的日期，请填写如2026-12-31或2026年12月31日',
  en: 'is not a valid date; write it like 2026-12-31 or 2026年12月31日',
};

/**
 * 完成时限: an Excel date (the reader gives its wall-clock day as a UTC midnight), an Excel serial
 * number, or text such as 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日. The day is a China
 * day and the deadline its end (23:59:59 +08:00), as in item registration; it must be after `now`.
 */
export function parseDeadlineCell(
  v: CellValue,
  now: Date,
): { ok: true; value: Date } | { ok: false; reason: Bilingual } {
  let day: number | null = null;
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime()))
      day = calendarDay(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  } else if (typeof v === 'number') {
    if (Number.isInteger(v) && v > 0 && v < 2_958_466) day = v - EXCEL_EPOCH_SERIAL;
  } else if (typeof v === 'string') {
    const m = DATE_TEXT.exec(v.trim());
    if (m) day = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (day === null) return { ok: false, reason: BAD_DATE };
  const value = endOfShanghaiDay(day);
  if (value.getTime() <= now.getTime())
    return {
      ok: false,
      reason: {
        zh: `完成时限${formatShanghaiDate(value)}已过，必须晚于今天`,
        en: `The deadline ${formatShanghaiDate(value)} has passed; it must be later than today`,
      },
    };
  return { ok: true, value };
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number cell, or a text cell holding a plain number (thousands separators allowed); null if empty. */
export function parseNumberCell(v: CellValue): { ok: true; value: number | null } | { ok: false } {
  if (v === null || v === '') return { ok: true, value: null };
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
  if (typeof v !== 'string') return { ok: false };
  const s = v.trim().replace(/[,，](?=\d{3}(\D|$))/g, '');
  if (!s) return { ok: true, value: null };
  return NUMBER_TEXT.test(s) ? { ok: true, value: Number(s) } : { ok: false };
}

/** A list cell (配合单位, 分解指标): items separated by 、 (or commas, semicolons, line breaks). */
export function splitList(v: CellValue): string[] {
  return text(v)
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A source given by its Chinese or English label or its code. */
export function parseSource(v: CellValue): ItemSource | null {
  const s = text(v);
  return (
    ITEM_SOURCES.find((k) => k === s || ITEM_SOURCE_LABELS[k].zh === s || ITEM_SOURCE_LABELS[k].en === s) ??
    null
  );
}

/** A row that passed every check, with its units still named (the caller resolves them). */
export interface TargetRow {
  row: number;
  title: string;
  content: string;
  source: ItemSource;
  leadName: string;
  coNames: string[];
  deadline: Date;
  target: number | null;
  targetUnit: string | null;
  /** One figure per unit, lead first, when the target is split; null otherwise. */
  shares: number[] | null;
  leaderName: string | null;
  responsiblePerson: string | null;
}

/** Whether a data row is empty (a 序号 alone counts as empty: templates come pre-numbered). */
export function isBlankRow(cells: ReadonlyMap<TargetColumnKey, CellValue>): boolean {
  return [...cells].every(([k, v]) => k === 'seq' || text(v) === '');
}

/** Checks one data row; every problem is reported, not only the first. */
export function validateTargetRow(
  row: number,
  cells: ReadonlyMap<TargetColumnKey, CellValue>,
  now: Date,
): { value: TargetRow | null; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  const get = (k: TargetColumnKey) => cells.get(k) ?? null;
  const fail = (k: TargetColumnKey, reason: Bilingual) =>
    issues.push({ row, column: columnOf(k).header, value: text(get(k)) || null, reason });
  const required = (k: TargetColumnKey, max: number) => {
    const s = text(get(k));
    if (!s) fail(k, { zh: '必填，不能为空', en: 'is required' });
    else if (s.length > max) fail(k, { zh: `不能超过${max}个字`, en: `must be at most ${max} characters` });
    return s;
  };
  const optional = (k: TargetColumnKey, max: number) => {
    const s = text(get(k));
    if (s.length > max) fail(k, { zh: `不能超过${max}个字`, en: `must be at most ${max} characters` });
    return s || null;
  };

  const title = required('title', TEXT_LIMITS.title);
  const content = required('content', TEXT_LIMITS.longText);
  const source = parseSource(get('source'));
  if (!source)
    fail('source', {
      zh: `请从下拉列表选择：${ITEM_SOURCES.map((s) => ITEM_SOURCE_LABELS[s].zh).join('、')}`,
      en: `choose one of: ${ITEM_SOURCES.map((s) => ITEM_SOURCE_LABELS[s].zh).join(', ')}`,
    });
  const leadName = required('lead', TEXT_LIMITS.unitName);
  const coNames = splitList(get('co'));
  if (leadName && coNames.includes(leadName))
    fail('co', { zh: '配合单位不能与牵头单位相同', en: 'must not repeat the lead unit' });
  if (new Set(coNames).size !== coNames.length)
    fail('co', { zh: '配合单位有重复', en: 'lists a unit twice' });

  let deadline: Date | null = null;
  if (!text(get('deadline'))) fail('deadline', { zh: '必填，不能为空', en: 'is required' });
  else {
    const d = parseDeadlineCell(get('deadline'), now);
    if (d.ok) deadline = d.value;
    else fail('deadline', d.reason);
  }

  const t = parseNumberCell(get('target'));
  const target = t.ok ? t.value : null;
  if (!t.ok) fail('target', { zh: '必须是数字', en: 'must be a number' });
  else if (target !== null && !(target > 0))
    fail('target', { zh: '必须大于0', en: 'must be greater than 0' });
  const targetUnit = optional('targetUnit', TEXT_LIMITS.targetUnit);
  if (targetUnit && target === null && t.ok)
    fail('targetUnit', { zh: '填写了计量单位但没有量化指标', en: 'is given without a target' });

  const shares = parseShares(get('shares'), target, coNames.length + 1, fail, t.ok);
  const leaderName = optional('leader', TEXT_LIMITS.personName);
  const responsiblePerson = optional('responsible', TEXT_LIMITS.personName);

  if (issues.length || !source || !deadline) return { value: null, issues };
  return {
    value: {
      row,
      title,
      content,
      source,
      leadName,
      coNames,
      deadline,
      target,
      targetUnit,
      shares,
      leaderName,
      responsiblePerson,
    },
    issues,
  };
}

/** 分解指标: one positive figure per unit (lead first) adding up to the target, when there are co-units. */
function parseShares(
  v: CellValue,
  target: number | null,
  units: number,
  fail: (k: TargetColumnKey, reason: Bilingual) => void,
  targetReadable: boolean,
): number[] | null {
  const parts = typeof v === 'number' ? [String(v)] : splitList(v);
  if (!parts.length) {
    if (target !== null && units > 1)
      fail('shares', {
        zh: '有配合单位的量化事项须填写分解指标（按牵头单位、配合单位的顺序，用、分隔）',
        en: 'a quantified item with co-units needs one share per unit (lead first, separated by 、)',
      });
    return null;
  }
  if (target === null) {
    if (targetReadable)
      fail('shares', { zh: '没有量化指标，不能填写分解指标', en: 'is given without a target' });
    return null;
  }
  const figures = parts.map((p) => parseNumberCell(p));
  if (figures.some((f) => !f.ok || f.value === null || !(f.value > 0))) {
    fail('shares', {
      zh: '每个分解指标都必须是大于0的数字',
      en: 'every share must be a number greater than 0',
    });
    return null;
  }
  const values = figures.map((f) => (f.ok ? f.value! : 0));
  if (values.length !== units) {
    fail('shares', {
      zh: `填写了${values.length}个分解指标，应为${units}个（牵头单位和每个配合单位各一个）`,
      en: `gives ${values.length} shares; there must be ${units} (the lead unit and each co-unit)`,
    });
    return null;
  }
  const balance = shareBalance(target, values);
  if (!balance.addsUp) {
    fail('shares', {
      zh: `分解指标合计${num(balance.assigned)}，应等于量化指标${num(target)}`,
      en: `the shares add up to ${num(balance.assigned)}; they must equal the target ${num(target)}`,
    });
    return null;
  }
  return values;
}

/** A unit the name may mean: its id and its parent's name (to tell namesakes apart). */
export interface UnitCandidate {
  id: string;
  parentName: string | null;
}

/**
 * A unit named in the sheet, by exact name within the caller's subtree: exactly one match, or why
 * not (none there, or several namesakes, listed by their parents).
 */
export function resolveUnitName(
  name: string,
  candidates: readonly UnitCandidate[],
): { ok: true; id: string } | { ok: false; reason: Bilingual } {
  if (candidates.length === 1) return { ok: true, id: candidates[0].id };
  if (!candidates.length)
    return {
      ok: false,
      reason: {
        zh: `本单位的下级单位中没有名为“${name}”的单位（须与组织架构中的全称完全一致）`,
        en: `No unit below yours is named "${name}" (use the exact full name from the org tree)`,
      },
    };
  const under = candidates.map((c) => c.parentName ?? '—').join('、');
  return {
    ok: false,
    reason: {
      zh: `有${candidates.length}个单位都叫“${name}”（上级分别为${under}），无法确定是哪一个`,
      en: `${candidates.length} units are named "${name}" (under ${under}); the name is ambiguous`,
    },
  };
}
