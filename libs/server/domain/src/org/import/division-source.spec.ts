import { OrgKind } from '../org-unit.entity';
import { countySubtype, isFunctionalZone, RawDivision, regionTree, townshipSubtype } from './division-source';

describe('subtype rules', () => {
  it('classifies county-level units by the end of the name', () => {
    expect(countySubtype('梁园区', '411402')).toBe('区');
    expect(countySubtype('睢县', '411422')).toBe('县');
    expect(countySubtype('长阳土家族自治县', '420528')).toBe('县');
    expect(countySubtype('永城市', '411481')).toBe('县级市');
    expect(countySubtype('科尔沁右翼前旗', '152221')).toBe('其他');
    expect(countySubtype('保定白沟新城', '130672')).toBe('其他');
  });

  it('treats functional zones (codes 71–79) as 其他 even when the name ends in 区', () => {
    expect(isFunctionalZone('411472')).toBe(true);
    expect(isFunctionalZone('411481')).toBe(false);
    expect(countySubtype('河南商丘经济开发区', '411472')).toBe('其他');
    expect(countySubtype('豫东综合物流产业聚集区', '411471')).toBe('其他');
  });

  it('classifies townships by the end of the name', () => {
    expect(townshipSubtype('凤城街道')).toBe('街道');
    expect(townshipSubtype('城关镇')).toBe('镇');
    expect(townshipSubtype('白庙乡')).toBe('乡');
    expect(townshipSubtype('鄂伦春民族乡')).toBe('乡');
    expect(townshipSubtype('杏花营农场')).toBe('其他');
    expect(townshipSubtype('伏羲山风景区')).toBe('其他');
  });
});

describe('regionTree on the real data', () => {
  it('returns 商丘市 as a city with 11 county-level units and 199 townships', () => {
    const city = regionTree('4114');
    expect(city).toMatchObject({ code: '4114', name: '商丘市', kind: OrgKind.CITY, subtype: null });
    expect(city.children).toHaveLength(11);
    expect(city.children.every((c) => c.kind === OrgKind.COUNTY)).toBe(true);
    expect(city.children.reduce((n, c) => n + c.children.length, 0)).toBe(199);
    const subtypes = city.children.map((c) => c.subtype);
    expect(subtypes.filter((s) => s === '区')).toHaveLength(2);
    expect(subtypes.filter((s) => s === '县')).toHaveLength(6);
    expect(subtypes.filter((s) => s === '县级市')).toHaveLength(1);
    expect(city.children.filter((c) => c.zone).map((c) => c.name)).toEqual([
      '豫东综合物流产业聚集区',
      '河南商丘经济开发区',
    ]);
  });

  it('returns 河南省 with 17 cities, 181 county-level units and 2,586 townships; 济源市 hangs under the province', () => {
    const henan = regionTree('41');
    expect(henan.kind).toBe(OrgKind.PROVINCE);
    const cities = henan.children.filter((c) => c.kind === OrgKind.CITY);
    expect(cities).toHaveLength(17);
    const counties = [
      ...henan.children.filter((c) => c.kind === OrgKind.COUNTY),
      ...cities.flatMap((c) => c.children),
    ];
    expect(counties).toHaveLength(181);
    expect(counties.reduce((n, c) => n + c.children.length, 0)).toBe(2586);
    expect(henan.children.find((c) => c.code === '419001')).toMatchObject({
      name: '济源市',
      kind: OrgKind.COUNTY,
      subtype: '县级市',
    });
    expect(henan.children.some((c) => c.name === '省直辖县级行政区划')).toBe(false);
  });

  it('returns a county-level root with its townships', () => {
    const suixian = regionTree('411422');
    expect(suixian).toMatchObject({ name: '睢县', kind: OrgKind.COUNTY, subtype: '县' });
    expect(suixian.children).toHaveLength(20);
    expect(suixian.children.every((t) => t.kind === OrgKind.TOWNSHIP && t.children.length === 0)).toBe(true);
  });

  it('collapses the placeholders of municipalities and of cities without counties', () => {
    const beijing = regionTree('11');
    expect(beijing.children.every((c) => c.kind === OrgKind.COUNTY)).toBe(true);
    expect(beijing.children.some((c) => c.name === '东城区')).toBe(true);
    const dongguan = regionTree('4419');
    expect(dongguan.children.length).toBeGreaterThan(20);
    expect(dongguan.children.every((c) => c.kind === OrgKind.TOWNSHIP)).toBe(true);
  });

  it('refuses malformed, unknown and placeholder codes with a bilingual message', () => {
    expect(() => regionTree('4')).toThrow(/无效.*invalid region code/);
    expect(() => regionTree('4199')).toThrow(/未找到.*unknown region code 4199/);
    expect(() => regionTree('4190')).toThrow(/占位.*请导入 41.*placeholder/);
    expect(() => regionTree('441900')).toThrow(/同一单位.*import 4419 instead/);
  });

  it('skips village-level placeholders and hoists a county-level 市辖区', () => {
    const data: RawDivision[] = [
      {
        code: '99',
        name: '测试省',
        children: [
          {
            code: '9901',
            name: '甲市',
            children: [
              { code: '990101', name: '市辖区', children: [{ code: '990101001', name: '东街道' }] },
              {
                code: '990102',
                name: '乙县',
                children: [
                  { code: '990102100', name: '丙镇' },
                  { code: '990102198', name: '乙县直辖村级区划' },
                ],
              },
            ],
          },
        ],
      },
    ];
    const city = regionTree('9901', data);
    expect(city.children.map((c) => [c.name, c.kind])).toEqual([
      ['东街道', OrgKind.TOWNSHIP],
      ['乙县', OrgKind.COUNTY],
    ]);
    expect(city.children[1].children.map((t) => t.name)).toEqual(['丙镇']);
  });
});
