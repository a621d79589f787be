import { registerEnumType } from '@nestjs/graphql';
import {
  AssignmentOperation,
  ItemOperation,
  ItemTemplateOperation,
  OrgUnitOperation,
  ReportOperation,
  SpreadsheetOperation,
} from '@duban/rules';

registerEnumType(ItemOperation, {
  name: 'ItemOperation',
  description:
    'What the caller may do with an item now: 立项, 交办, 结果反馈, 撤销, 复查 (RECHECK), 编辑 (EDIT), 归档 (ARCHIVE), 节点计划 (SET_MILESTONES); a leader: 批示 (INSTRUCT), 阅示 (READ_FEEDBACK)',
});
registerEnumType(AssignmentOperation, {
  name: 'AssignmentOperation',
  description:
    'What the caller may do with an assignment now: 签收, 报送进展, 提交报告, 转办/分解, 申请延期, 上报协调, 催办, 审批延期, 协调答复, 转报上级协调, 不适用, 调整分解指标 (ADJUST_SHARES), 退回交办 (DECLINE), 改派 (REASSIGN), 撤回 (WITHDRAW)',
});
registerEnumType(ReportOperation, {
  name: 'ReportOperation',
  description:
    'What the caller may do with a report now: 签字, 退回（不签字）, 审核; a leader: 批示 (INSTRUCT)',
});

registerEnumType(OrgUnitOperation, {
  name: 'OrgUnitOperation',
  description:
    'What the caller may do with a unit’s own settings now: 机关代字 (SET_OFFICE_PREFIX), 模板与周期事项 (MANAGE_ITEM_TEMPLATES), 年度归档 of its concluded items (ARCHIVE_YEAR)',
});

registerEnumType(SpreadsheetOperation, {
  name: 'SpreadsheetOperation',
  description:
    'What the caller may do with spreadsheets: 导出台账 (EXPORT_LEDGER), 导入年度目标任务 (IMPORT_TARGETS)',
});

registerEnumType(ItemTemplateOperation, {
  name: 'ItemTemplateOperation',
  description:
    'What the caller may do with an item template now: 编辑, 停用/启用, 删除, 用此模板登记 (REGISTER)',
});

export {
  AssignmentOperation,
  ItemOperation,
  ItemTemplateOperation,
  OrgUnitOperation,
  ReportOperation,
  SpreadsheetOperation,
};
