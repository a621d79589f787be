/**
 * The rows an import of one region should produce: the normalised division tree plus the generated
 * departments of every unit, flattened and ordered so that every parent comes before its children.
 */
import { OrgKind } from '../org-unit.entity';
import { departmentsFor } from './department-catalog';
import { Division, regionTree, RawDivision } from './division-source';

export interface PlannedUnit {
  code: string;
  /** null for the region's root. */
  parentCode: string | null;
  name: string;
  kind: OrgKind;
  subtype: string | null;
  /** Depth below the region's root (the database computes the real depth from the parent). */
  depth: number;
  /** Administrative sub-units 1…n in source order; departments 1000 + catalog index. */
  sort: number;
}

export interface ImportPlan {
  root: Division;
  /** Parents before children: ordered by kind (PROVINCE … TOWNSHIP, then DEPARTMENT), then depth. */
  units: PlannedUnit[];
}

export const KIND_RANK: Record<OrgKind, number> = {
  [OrgKind.PROVINCE]: 0,
  [OrgKind.CITY]: 1,
  [OrgKind.COUNTY]: 2,
  [OrgKind.TOWNSHIP]: 3,
  [OrgKind.DEPARTMENT]: 4,
};

export function planRegion(region: string, data?: RawDivision[]): ImportPlan {
  const root = regionTree(region, data);
  const units: PlannedUnit[] = [];
  const walk = (d: Division, parentCode: string | null, depth: number, sort: number) => {
    units.push({ code: d.code, parentCode, name: d.name, kind: d.kind, subtype: d.subtype, depth, sort });
    d.children.forEach((child, i) => walk(child, d.code, depth + 1, i + 1));
    for (const dep of departmentsFor(d))
      units.push({
        code: dep.code,
        parentCode: d.code,
        name: dep.name,
        kind: OrgKind.DEPARTMENT,
        subtype: dep.subtype,
        depth: depth + 1,
        sort: dep.sort,
      });
  };
  walk(root, null, 0, 0);
  // A parent always has a lower kind rank than its children (departments are leaves), so sorting by
  // rank keeps parents first even where levels are skipped (济源市: a COUNTY at depth 1). The sort is
  // stable: within a rank and depth the source order is kept.
  units.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.depth - b.depth);
  return { root, units };
}
