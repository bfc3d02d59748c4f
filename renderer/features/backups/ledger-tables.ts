// The ledger's tables under the names a clerk knows, for a backup's row counts: a table named as an entity
// of the audit log goes by the log's word, the others by this list. A table neither names (a newer
// migration's) keeps its own name, so every count still shows.
import { auditEntities, auditEntityLabels, type AuditEntity } from '../../../shared/contract/audit';

const tableLabels: Record<string, string> = {
  office_settings: '单位设置',
  app_user: '用户',
  audit_log: '操作日志',
  audit_action: '操作类型',
  schema_migrations: '数据库升级记录',
  community_profile: '年度情况',
  courtyard_households: '院落户数',
  funding_standard: '经费标准',
  approved_standard: '审批时的经费标准',
  approved_households: '审批时的户数',
  allocation_year: '年度核定',
  allocation_adjustment: '核定调整',
  calendar_day: '节假日',
  access_request_community: '准入申请涉及社区',
  provider_check: '承接主体核验',
  contract_version: '合同版本',
  contract_budget_year: '合同分年预算',
  contract_cost_item: '合同费用明细',
  contract_indicator: '绩效指标',
  contract_instalment: '合同分期',
  contract_evaluation_score: '绩效评分',
  fund_voucher_line: '凭证分录',
  fund_draft_line: '草稿分录',
  fund_period_total: '期间余额',
  fund_committee_member: '管委会成员',
  fund_project_agreement: '项目协议',
  fund_project_budget_line: '项目预算',
  fund_project_decision: '项目决定',
  fund_project_decision_member: '项目决定表决',
  fund_project_instalment: '项目分期',
  fund_project_payment: '项目付款',
  fund_project_report: '项目进展报告',
  fund_project_closing: '项目结项',
  closed_period: '已结账期间',
  record_approval: '审核记录',
  record_preparer: '编制记录',
};

function isAuditEntity(table: string): table is AuditEntity {
  return (auditEntities as readonly string[]).includes(table);
}

export function ledgerTableLabel(table: string): string {
  return tableLabels[table] ?? (isAuditEntity(table) ? auditEntityLabels[table] : table);
}
