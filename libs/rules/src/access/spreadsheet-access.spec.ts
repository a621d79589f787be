import { Role } from '../identity/role';
import {
  allowedSpreadsheetOperations,
  SpreadsheetOperation,
  targetImportRefusal,
  type Viewer,
} from './access';

const viewer = (...roles: Role[]): Viewer => ({ unitId: '2', unitPath: '1.2', roles });

describe('spreadsheets: who exports the ledger and who imports targets', () => {
  it('a supervisor, who registers items, may import; everyone may export the ledger they read', () => {
    expect(targetImportRefusal(viewer(Role.SUPERVISOR))).toBeNull();
    expect(allowedSpreadsheetOperations(viewer(Role.SUPERVISOR, Role.LEADER))).toEqual([
      SpreadsheetOperation.EXPORT_LEDGER,
      SpreadsheetOperation.IMPORT_TARGETS,
    ]);
    for (const role of [Role.LEADER, Role.ADMIN, Role.HEAD, Role.LIAISON]) {
      expect({ role, refusal: targetImportRefusal(viewer(role)) }).toEqual({
        role,
        refusal: {
          zh: '只有可以立项的督查员才能导入年度目标任务',
          en: 'Only a supervisor who may register items can import annual targets',
        },
      });
      expect(allowedSpreadsheetOperations(viewer(role))).toEqual([SpreadsheetOperation.EXPORT_LEDGER]);
    }
  });
});
