import { OrgKind } from '../org-unit.entity';
import { KIND_RANK, planRegion } from './import-plan';

describe('planRegion', () => {
  it('plans 商丘市: 3,519 units with departments per level', () => {
    const { units } = planRegion('4114');
    const count = (kind: OrgKind, subtype?: string) =>
      units.filter((u) => u.kind === kind && (subtype === undefined || u.subtype === subtype)).length;
    expect(count(OrgKind.CITY)).toBe(1);
    expect(count(OrgKind.COUNTY)).toBe(11);
    expect(count(OrgKind.TOWNSHIP)).toBe(199);
    expect(count(OrgKind.DEPARTMENT, '市直')).toBe(60);
    expect(count(OrgKind.DEPARTMENT, '县直')).toBe(9 * 92 + 2 * 16);
    expect(count(OrgKind.DEPARTMENT, '乡直')).toBe(199 * 12);
    expect(units).toHaveLength(3519);
  });

  it('plans 河南省 at about 50,000 units with unique codes that fit the columns', () => {
    const { units } = planRegion('41');
    expect(units).toHaveLength(49705);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    expect(Math.max(...units.map((u) => u.code.length))).toBeLessThanOrEqual(32);
    expect(Math.max(...units.map((u) => u.name.length))).toBeLessThanOrEqual(100);
    expect(Math.max(...units.map((u) => (u.subtype ?? '').length))).toBeLessThanOrEqual(16);
  });

  it('orders every parent before its children and gives the root no parent', () => {
    for (const region of ['41', '4114', '411422', '4419']) {
      const { units } = planRegion(region);
      expect(units[0]).toMatchObject({ code: region, parentCode: null, depth: 0 });
      const seen = new Map<string, number>();
      for (const u of units) {
        if (u.parentCode !== null) {
          expect(seen.has(u.parentCode)).toBe(true);
          expect(seen.get(u.parentCode)).toBe(u.depth - 1);
        }
        seen.set(u.code, u.depth);
      }
      const ranks = units.map((u) => KIND_RANK[u.kind]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('sorts administrative children in source order and departments after them', () => {
    const { units } = planRegion('411422');
    const towns = units.filter((u) => u.kind === OrgKind.TOWNSHIP);
    expect(towns.map((t) => t.sort)).toEqual(towns.map((_, i) => i + 1));
    const deps = units.filter((u) => u.parentCode === '411422' && u.kind === OrgKind.DEPARTMENT);
    expect(deps.map((d) => d.sort)).toEqual(deps.map((_, i) => 1001 + i));
  });
});
