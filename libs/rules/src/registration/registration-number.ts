import type { Bilingual } from '../common/bilingual';
import { RuleViolation } from '../common/errors';

/** Where an item comes from (立之有据). */
export enum ItemSource {
  LEADER_INSTRUCTION = 'LEADER_INSTRUCTION',
  COMMITTEE_DECISION = 'COMMITTEE_DECISION',
  ANNUAL_TARGET = 'ANNUAL_TARGET',
  HIGHER_ASSIGNMENT = 'HIGHER_ASSIGNMENT',
  HOTLINE = 'HOTLINE',
  SPECIAL_INSPECTION = 'SPECIAL_INSPECTION',
}

export const ITEM_SOURCES: readonly ItemSource[] = Object.values(ItemSource);

export const ITEM_SOURCE_LABELS: Record<ItemSource, Bilingual> = {
  [ItemSource.LEADER_INSTRUCTION]: { zh: '领导批示', en: "Leader's instruction" },
  [ItemSource.COMMITTEE_DECISION]: { zh: '常委会/常务会决定事项', en: 'Committee decision' },
  [ItemSource.ANNUAL_TARGET]: { zh: '年度目标任务', en: 'Annual target' },
  [ItemSource.HIGHER_ASSIGNMENT]: { zh: '上级交办', en: 'Assigned from above' },
  [ItemSource.HOTLINE]: { zh: '民意快线/群众来信', en: 'Hotline or citizen letter' },
  [ItemSource.SPECIAL_INSPECTION]: { zh: '专项督查', en: 'Special inspection' },
};

export interface RegistrationNumber {
  prefix: string;
  year: number;
  seq: number;
}

/** The office's own prefix (商督, 睢督办 …): no brackets or digits, which would make numbers ambiguous. */
const PREFIX = /^[^\s〔〕[\]［］\d]{1,20}$/u;

/** 商督〔2026〕17号 — unique per issuing office and year. */
export function formatRegistrationNumber(prefix: string, year: number, seq: number): string {
  if (!PREFIX.test(prefix)) {
    throw new RuleViolation(
      {
        zh: '登记编号前缀应为1至20个字符，不含括号、数字或空格',
        en: 'The number prefix must be 1–20 characters without brackets, digits or spaces',
      },
      'prefix',
    );
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year ${year} must have 4 digits`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`seq ${seq} must be a positive integer`);
  return `${prefix}〔${year}〕${seq}号`;
}

// People type the hexagonal brackets 〔〕 as [] or full-width ［］ too; searches should still match.
const NUMBER = /^([^\s〔〕[\]［］\d]{1,20})[〔[［](\d{4})[〕\]］]([1-9]\d*)号$/u;

/** The inverse of formatRegistrationNumber; null for anything malformed. */
export function parseRegistrationNumber(text: string): RegistrationNumber | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  return { prefix: m[1], year: Number(m[2]), seq: Number(m[3]) };
}
