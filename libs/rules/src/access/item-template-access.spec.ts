import { Role } from '../identity/role';
import {
  allowedItemTemplateOperations,
  ItemTemplateOperation,
  itemTemplateRefusal,
  type Viewer,
} from './access';

// 1 city, 1.2 its county, 1.2.34 a township of it.
const viewer = (unitId: string, unitPath: string, ...roles: Role[]): Viewer => ({ unitId, unitPath, roles });

describe('模板与周期事项: who keeps and uses an office’s item templates', () => {
  it('a supervisor of that very office, as for 立项', () => {
    expect(itemTemplateRefusal(viewer('2', '1.2', Role.SUPERVISOR), '2')).toBeNull();
    expect(allowedItemTemplateOperations(viewer('2', '1.2', Role.SUPERVISOR), '2')).toEqual([
      ItemTemplateOperation.EDIT,
      ItemTemplateOperation.SET_ACTIVE,
      ItemTemplateOperation.DELETE,
      ItemTemplateOperation.REGISTER,
    ]);
  });

  it('nobody above, below or beside it, and no other role of the office', () => {
    for (const [who, v] of [
      ['the city’s supervisor, above it', viewer('1', '1', Role.SUPERVISOR)],
      ['a township’s supervisor, below it', viewer('34', '1.2.34', Role.SUPERVISOR)],
      ['its leader', viewer('2', '1.2', Role.LEADER)],
      ['its administrator', viewer('2', '1.2', Role.ADMIN)],
      ['its head and liaison', viewer('2', '1.2', Role.HEAD, Role.LIAISON)],
    ] as const)
      expect({ who, refusal: itemTemplateRefusal(v, '2')?.zh }).toEqual({
        who,
        refusal: '只有本单位督查室的督查员可以管理和使用本单位的事项模板',
      });
    expect(allowedItemTemplateOperations(viewer('1', '1', Role.SUPERVISOR), '2')).toEqual([]);
  });
});
