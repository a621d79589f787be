import { Role } from '../identity/role';
import {
  allowedOrgUnitOperations,
  officePrefixRefusal,
  OrgUnitOperation,
  yearArchiveRefusal,
  type Viewer,
} from './access';

// 1 city, 1.2 its county, 1.2.34 a township of it.
const viewer = (unitId: string, unitPath: string, ...roles: Role[]): Viewer => ({ unitId, unitPath, roles });
const REFUSAL = {
  zh: '只有本单位督查室的督查员可以设置机关代字',
  en: 'Only a supervisor of the office itself can set its number prefix',
};

describe('机关代字: who sets an office’s number prefix', () => {
  it('a supervisor of that very office, and nobody else', () => {
    const own = viewer('2', '1.2', Role.SUPERVISOR);
    expect(officePrefixRefusal(own, '2')).toBeNull();
    expect(allowedOrgUnitOperations(own, '2')).toEqual([
      OrgUnitOperation.SET_OFFICE_PREFIX,
      OrgUnitOperation.MANAGE_ITEM_TEMPLATES,
      OrgUnitOperation.ARCHIVE_YEAR,
    ]);
    for (const [who, v] of [
      ['the city’s supervisor, above it', viewer('1', '1', Role.SUPERVISOR)],
      ['a township’s supervisor, below it', viewer('34', '1.2.34', Role.SUPERVISOR)],
      ['its leader', viewer('2', '1.2', Role.LEADER)],
      ['its administrator', viewer('2', '1.2', Role.ADMIN)],
      ['its head and liaison', viewer('2', '1.2', Role.HEAD, Role.LIAISON)],
    ] as const) {
      expect({ who, refusal: officePrefixRefusal(v, '2') }).toEqual({ who, refusal: REFUSAL });
      expect(yearArchiveRefusal(v, '2')).not.toBeNull();
      expect(allowedOrgUnitOperations(v, '2')).toEqual([]);
    }
  });
});

describe('年度归档: who archives an office’s concluded items of a year', () => {
  it('a supervisor of that very office, as for any change of its items', () => {
    expect(yearArchiveRefusal(viewer('2', '1.2', Role.SUPERVISOR), '2')).toBeNull();
    expect(yearArchiveRefusal(viewer('1', '1', Role.SUPERVISOR), '2')).toEqual({
      zh: expect.any(String),
      en: expect.any(String),
    });
    expect(allowedOrgUnitOperations(viewer('2', '1.2', Role.LEADER), '2')).toEqual([]);
  });
});
