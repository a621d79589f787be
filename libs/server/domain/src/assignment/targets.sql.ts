import { badInput } from '@duban/platform';
import { OrgKind } from '../org';
import { isId, Sql } from '../shared';
import { CascadeSelector } from './assignment.dto';

/** Every kind a unit can hold (a province is always a root). */
const KINDS_BELOW = Object.values(OrgKind).filter((k) => k !== OrgKind.PROVINCE);

/**
 * Units whose selectors, without a subtype, name every kind a unit can hold: their whole subtree is
 * meant, one query instead of one per kind (and no union to deduplicate when nothing else is named).
 */
function wholeSubtrees(cascade: CascadeSelector[]): Set<string> {
  const kinds = new Map<string, Set<string>>();
  for (const s of cascade)
    if (!s.subtype) kinds.set(s.underUnitId, (kinds.get(s.underUnitId) ?? new Set()).add(s.kind));
  return new Set([...kinds].filter(([, k]) => KINDS_BELOW.every((kind) => k.has(kind))).map(([u]) => u));
}

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
  const whole = wholeSubtrees(cascade);
  for (const u of whole) {
    if (!isId(u))
      throw badInput(
        { zh: '下发范围中的单位编号无效', en: 'Invalid unit in the cascade selector' },
        'cascade',
      );
    parts.push(`SELECT o.id, o.path, o.tenant_id FROM org_unit u JOIN org_unit o ON o.path <@ u.path AND o.id <> u.id
      WHERE u.id = ${p(u)} AND u.path <@ ${scope}::ltree`);
  }
  for (const s of cascade) {
    if (whole.has(s.underUnitId)) continue; // within the whole subtree already
    if (!isId(s.underUnitId))
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

/**
 * Refuses the whole request when any named unit or level does not lie strictly below `underPath`
 * (or does not exist): a 交办 naming one foreign unit creates nothing, rather than the rest.
 */
export async function requireTargetsInScope(
  db: Sql,
  underPath: string,
  unitIds: readonly string[],
  cascade: readonly CascadeSelector[],
): Promise<void> {
  const named = [...new Set(unitIds)];
  const levels = [...new Set(cascade.map((c) => c.underUnitId))];
  const [{ units, under }] = await db.query(
    `SELECT (SELECT count(*)::int FROM org_unit o WHERE o.id = ANY($2::bigint[]) AND o.path <@ $1::ltree AND o.path <> $1::ltree) AS units,
            (SELECT count(*)::int FROM org_unit o WHERE o.id = ANY($3::bigint[]) AND o.path <@ $1::ltree) AS under`,
    [underPath, named.filter(isId), levels.filter(isId)],
  );
  if (units !== named.length)
    throw badInput(
      {
        zh: `所选单位中有${named.length - units}个不是本单位的下级单位，整个交办未执行；请移除后重试`,
        en: `${named.length - units} of the chosen units are not below your unit; nothing was assigned — remove them and try again`,
      },
      'targets',
    );
  if (under !== levels.length)
    throw badInput(
      {
        zh: `下发范围中有${levels.length - under}个单位不在本单位管辖范围内，整个交办未执行`,
        en: `${levels.length - under} of the chosen levels lie outside your organisation; nothing was assigned`,
      },
      'cascade',
    );
}
