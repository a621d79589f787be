import { badInput } from '@duban/platform';
import { CascadeSelector } from './assignment.dto';

/**
 * SQL selecting target org units (id, path, tenant_id) strictly below `underPath` for named ids
 * and whole-level selectors, as one set. Parameters are appended to `params`.
 */
export function targetUnitsSql(
  params: unknown[],
  underPath: string,
  unitIds: string[],
  cascade: CascadeSelector[],
): string {
  const p = (v: unknown) => `$${params.push(v)}`;
  const scope = p(underPath);
  const parts: string[] = [];
  if (unitIds.length) {
    parts.push(`SELECT o.id, o.path, o.tenant_id FROM org_unit o
      WHERE o.id = ANY(${p(unitIds)}::bigint[]) AND o.path <@ ${scope}::ltree AND o.path <> ${scope}::ltree`);
  }
  for (const s of cascade) {
    if (!/^\d+$/.test(s.underUnitId))
      throw badInput(
        { zh: '下发范围中的单位编号无效', en: 'Invalid unit in the cascade selector' },
        'cascade',
      );
    parts.push(`SELECT o.id, o.path, o.tenant_id FROM org_unit u JOIN org_unit o ON o.path <@ u.path AND o.id <> u.id
      WHERE u.id = ${p(s.underUnitId)} AND u.path <@ ${scope}::ltree AND o.kind = ${p(s.kind)}::org_kind
        AND (${p(s.subtype ?? null)}::text IS NULL OR o.subtype = ${p(s.subtype ?? null)}::text)`);
  }
  if (!parts.length)
    throw badInput(
      { zh: '请至少选择一个承办单位或下发范围', en: 'Choose at least one unit or a cascade scope' },
      'targets',
    );
  return parts.join('\nUNION\n');
}
