import { TEXT_LIMITS, type Bilingual } from '@duban/rules';
import { badInput } from '@duban/platform';

/** A required free text, trimmed; refused when empty or longer than `max` (the edge limit of long texts). */
export function requiredText(
  value: string | undefined | null,
  field: string,
  label: Bilingual,
  max: number = TEXT_LIMITS.longText,
): string {
  const v = value?.trim() ?? '';
  if (!v) throw badInput({ zh: `请填写${label.zh}`, en: `${label.en} is required` }, field);
  if (v.length > max)
    throw badInput(
      { zh: `${label.zh}不能超过${max}字`, en: `${label.en} must be at most ${max} characters` },
      field,
    );
  return v;
}

export function checkPercent(v: number, field: string): void {
  if (!(v >= 0 && v <= 100))
    throw badInput({ zh: '进度须在0到100之间', en: 'Progress must be between 0 and 100' }, field);
}

/** Ids are bigint strings; anything else can never match a row. */
export const isId = (id: string | null | undefined): id is string => !!id && /^\d+$/.test(id);
