// The audit log (操作日志): one row per change, written in the change's own transaction.
import { z } from 'zod';
import { isoDate, optionalText, wholeNumber } from './fields';

export const auditActions = [
  'create',
  'update',
  'archive',
  'restore',
  'delete',
  'compute',
  'approve',
  'post',
  'reverse',
  'import',
  'publish',
  'submit',
  'review',
  'decide',
  'revoke',
  'withdraw',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'lock',
  'enable',
  'disable',
  'reset_password',
  'change_password',
  'sign',
  'start',
  'amend',
  'complete',
  'terminate',
  'evaluate',
  'reject',
  'suspend',
  'check',
  'close',
  'reopen',
  'lift',
  'conclude',
  'report',
  'issue',
  'void',
  'print',
] as const;
export type AuditAction = (typeof auditActions)[number];
export const auditActionLabels: Record<AuditAction, string> = {
  create: '新增',
  update: '修改',
  archive: '归档',
  restore: '恢复',
  delete: '删除',
  compute: '测算',
  approve: '审批',
  post: '记账',
  reverse: '冲销',
  import: '导入',
  publish: '发布',
  submit: '登记',
  review: '审核',
  decide: '决定',
  revoke: '撤销',
  withdraw: '撤回',
  sign_in: '登录',
  sign_in_failed: '登录失败',
  sign_out: '退出登录',
  lock: '锁定',
  enable: '启用',
  disable: '停用',
  reset_password: '重置密码',
  change_password: '修改密码',
  sign: '签订',
  start: '开始履行',
  amend: '变更',
  complete: '验收完成',
  terminate: '终止',
  evaluate: '绩效评价',
  reject: '退回',
  suspend: '暂停',
  check: '资格审查',
  close: '结账',
  reopen: '反结账',
  lift: '解除限制',
  conclude: '结项',
  report: '进展报告',
  issue: '出具',
  void: '作废',
  print: '打印',
};

export const auditEntities = [
  'office',
  'community',
  'courtyard',
  'profile',
  'standard',
  'allocation',
  'allocation_line',
  'adjustment',
  'disbursement',
  'calendar',
  'list_version',
  'list_item',
  'access_request',
  'user',
  'people_settings',
  'provider',
  'contract',
  'contract_evaluation',
  'contract_payment',
  'contract_settings',
  'fund_settings',
  'fund_account',
  'fund_designation',
  'fund_voucher',
  'fund_donor',
  'fund_donation',
  'fund_period',
  'fund_project',
  'fund_acknowledgement',
  'fund_disclosure',
  'backup',
] as const;
export type AuditEntity = (typeof auditEntities)[number];
export const auditEntityLabels: Record<AuditEntity, string> = {
  office: '单位设置',
  community: '社区',
  courtyard: '院落',
  profile: '年度情况',
  standard: '经费标准',
  allocation: '年度核定',
  allocation_line: '经费项目',
  adjustment: '核定调整',
  disbursement: '拨付',
  calendar: '节假日',
  list_version: '清单版本',
  list_item: '清单事项',
  access_request: '准入申请',
  user: '用户',
  people_settings: '岗位设置',
  provider: '承接主体',
  contract: '购买服务合同',
  contract_evaluation: '绩效评价',
  contract_payment: '合同付款',
  contract_settings: '合同设置',
  fund_settings: '基金设置',
  fund_account: '会计科目',
  fund_designation: '限定用途',
  fund_voucher: '记账凭证',
  fund_donor: '捐赠方',
  fund_donation: '捐赠',
  fund_period: '会计期间',
  fund_project: '公益项目',
  fund_acknowledgement: '捐赠确认书',
  fund_disclosure: '信息公开',
  backup: '备份',
};

export const auditListInput = z.object({
  entity: z.enum(auditEntities, { error: '对象：请选择有效的选项' }).optional(),
  action: z.enum(auditActions, { error: '操作：请选择有效的选项' }).optional(),
  from: isoDate('开始日期').optional(),
  to: isoDate('结束日期').optional(),
  search: optionalText('搜索', 50),
  offset: wholeNumber('起始行', { max: 10_000_000 }).default(0),
  limit: wholeNumber('每页行数', { min: 1, max: 500 }).default(50),
});

export type AuditListInput = z.input<typeof auditListInput>;

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  rows: AuditEntry[];
  total: number;
}
