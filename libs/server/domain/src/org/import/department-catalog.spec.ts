import { OrgKind } from '../org-unit.entity';
import {
  CITY_DEPARTMENTS,
  COUNTY_DEPARTMENTS,
  departmentCode,
  departmentsFor,
  partyCommitteeName,
  PROVINCE_DEPARTMENTS,
  supervisionOfficeCode,
  TOWNSHIP_DEPARTMENTS,
  ZONE_DEPARTMENTS,
} from './department-catalog';

const names = (entries: readonly { name: string }[]) => entries.map((e) => e.name);

describe('department catalogs', () => {
  it('have the documented sizes and no duplicate names', () => {
    expect(PROVINCE_DEPARTMENTS).toHaveLength(40);
    expect(CITY_DEPARTMENTS).toHaveLength(60);
    expect(COUNTY_DEPARTMENTS).toHaveLength(92); // "全县20个乡镇和92个县直单位" (睢县, seed article)
    expect(ZONE_DEPARTMENTS).toHaveLength(16);
    expect(TOWNSHIP_DEPARTMENTS).toHaveLength(12);
    for (const c of [
      PROVINCE_DEPARTMENTS,
      CITY_DEPARTMENTS,
      COUNTY_DEPARTMENTS,
      ZONE_DEPARTMENTS,
      TOWNSHIP_DEPARTMENTS,
    ])
      expect(new Set(names(c)).size).toBe(c.length);
  });

  it('contain the units the supervision network works with', () => {
    expect(names(CITY_DEPARTMENTS)).toEqual(
      expect.arrayContaining([
        '发展和改革委员会',
        '教育局',
        '财政局',
        '行政审批和政务信息管理局',
        '纪委监委',
        '组织部',
        '机构编制委员会办公室',
        '督查委员会办公室',
      ]),
    );
    expect(names(TOWNSHIP_DEPARTMENTS)).toEqual([
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
      '卫生院',
    ]);
  });
});

describe('departmentsFor', () => {
  const suixian = { code: '411422', name: '睢县', kind: OrgKind.COUNTY, subtype: '县' };

  it('prefixes the parent name and numbers codes by catalog position', () => {
    const deps = departmentsFor(suixian);
    expect(deps).toHaveLength(92);
    const caizheng = deps.find((d) => d.name === '睢县财政局')!;
    expect(caizheng).toMatchObject({ subtype: '县直', code: departmentCode('411422', caizheng.index) });
    expect(caizheng.code).toMatch(/^411422-D\d\d$/);
    expect(caizheng.sort).toBe(1000 + caizheng.index);
    expect(deps[0]).toMatchObject({ code: '411422-D01', name: '睢县县委办公室', index: 1 });
    expect(deps.map((d) => d.code)).toEqual(deps.map((_, i) => `411422-D${String(i + 1).padStart(2, '0')}`));
  });

  it('is stable: the same parent always gets the same codes and names', () => {
    expect(departmentsFor(suixian)).toEqual(departmentsFor({ ...suixian }));
    // Pinned codes: changing them renames existing units on the next import.
    const city = departmentsFor({ code: '4114', name: '商丘市', kind: OrgKind.CITY });
    expect(city.find((d) => d.code === '4114-D11')?.name).toBe('商丘市委督查委员会办公室');
    expect(city.find((d) => d.name === '商丘市教育局')?.code).toBe('4114-D20');
    expect(departmentsFor(suixian).find((d) => d.code === '411422-D28')?.name).toBe('睢县财政局');
  });

  it('picks the catalog and subtype by level', () => {
    expect(departmentsFor({ code: '41', name: '河南省', kind: OrgKind.PROVINCE })[0]).toMatchObject({
      name: '河南省委办公厅',
      subtype: '省直',
    });
    expect(departmentsFor({ code: '4114', name: '商丘市', kind: OrgKind.CITY })).toHaveLength(60);
    const zone = departmentsFor({
      code: '411472',
      name: '河南商丘经济开发区',
      kind: OrgKind.COUNTY,
      zone: true,
    });
    expect(zone).toHaveLength(16);
    expect(zone[4]).toMatchObject({ name: '河南商丘经济开发区经济发展局', subtype: '县直' });
    const baimiao = departmentsFor({
      code: '411422206',
      name: '白庙乡',
      kind: OrgKind.TOWNSHIP,
      subtype: '乡',
    });
    expect(baimiao[0]).toMatchObject({
      code: '411422206-D01',
      name: '白庙乡党政综合办公室',
      subtype: '乡直',
    });
    expect(baimiao[11].name).toBe('白庙乡卫生院');
    const fengcheng = departmentsFor({
      code: '411422001',
      name: '凤城街道',
      kind: OrgKind.TOWNSHIP,
      subtype: '街道',
    });
    expect(fengcheng[11]).toMatchObject({ code: '411422001-D12', name: '凤城街道社区卫生服务中心' });
    expect(departmentsFor({ code: '411422-D01', name: 'x', kind: OrgKind.DEPARTMENT })).toEqual([]);
  });

  it('names Party organs after the Party committee', () => {
    expect(partyCommitteeName('商丘市')).toBe('商丘市委');
    expect(partyCommitteeName('民权县')).toBe('民权县委');
    expect(partyCommitteeName('睢县')).toBe('睢县县委');
    expect(partyCommitteeName('郊区')).toBe('郊区区委');
    expect(partyCommitteeName('河南省')).toBe('河南省委');
    expect(partyCommitteeName('广西壮族自治区')).toBe('广西壮族自治区党委');
    expect(partyCommitteeName('阿里地区')).toBe('阿里地委');
    const names = departmentsFor({ code: '411421', name: '民权县', kind: OrgKind.COUNTY }).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['民权县委组织部', '民权县纪委监委', '民权县财政局']));
  });

  it('finds the supervision office of each level', () => {
    expect(supervisionOfficeCode({ code: '4114', name: '商丘市', kind: OrgKind.CITY })).toBe('4114-D11');
    expect(supervisionOfficeCode({ code: '411422', name: '睢县', kind: OrgKind.COUNTY })).toBe('411422-D11');
    expect(supervisionOfficeCode({ code: '411472', name: 'z', kind: OrgKind.COUNTY, zone: true })).toBe(
      '411472-D04',
    );
    expect(supervisionOfficeCode({ code: '411422206', name: '白庙乡', kind: OrgKind.TOWNSHIP })).toBe(
      '411422206-D01',
    );
    expect(supervisionOfficeCode({ code: '41', name: '河南省', kind: OrgKind.PROVINCE })).toBe('41-D11');
  });
});
