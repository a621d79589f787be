import { Role } from '../identity/role';
import { lightOverrideRefusal, type Viewer } from './access';

// 1 city, 1.2 its county, 1.2.34 a township of it, 1.5 another county.
const viewer = (unitId: string, unitPath: string, ...roles: Role[]): Viewer => ({ unitId, unitPath, roles });

describe('人工调整灯色: who sets a roll-up’s light by hand', () => {
  it('a supervisor or leader, for their own unit and anything below it', () => {
    for (const v of [viewer('2', '1.2', Role.SUPERVISOR), viewer('2', '1.2', Role.LEADER)])
      for (const path of ['1.2', '1.2.34']) expect(lightOverrideRefusal(v, path)).toBeNull();
    expect(lightOverrideRefusal(viewer('1', '1', Role.LEADER), '1.2.34')).toBeNull();
  });

  it('nobody for a unit above or beside them, nor other roles', () => {
    const refused = (v: Viewer, path: string) => expect(lightOverrideRefusal(v, path)).not.toBeNull();
    refused(viewer('2', '1.2', Role.SUPERVISOR), '1');
    refused(viewer('2', '1.2', Role.SUPERVISOR), '1.5');
    // A path that only starts with the same digits is not below.
    refused(viewer('2', '1.2', Role.SUPERVISOR), '1.23');
    for (const r of [Role.LIAISON, Role.HEAD, Role.ADMIN]) refused(viewer('2', '1.2', r), '1.2.34');
  });
});
