// How an audit row's before / after states read to a clerk: each field under its Chinese label, amounts
// (the `*Fen` fields) in 元, yes/no for flags. A field no map names yet keeps its code name, so a state
// written by a newer feature still shows every field.
import { fundAuditFieldLabels, fundAuditValueLabels } from './fund-audit-fields';
import type { AuditEntity } from '../../../shared/contract/audit';
import { courtyardTypeLabels } from '../../../shared/features/register/contract';
import { fundingCategoryLabels } from '../../../shared/features/funding/contract';
import { calendarKindLabels } from '../../../shared/features/calendar/contract';
import { listItemLabels, listKindLabels } from '../../../shared/features/lists/contract';
import { accessStateLabels } from '../../../shared/features/access/access-workflow';
import { partBlockRuleLabels } from '../../../shared/features/funding/funding-rules';
import { formatYuan } from '../../../shared/domain/money';
import { contractAuditFieldLabels } from './contract-audit-fields';
import { fundProjectAuditFieldLabels, fundProjectAuditValueLabels } from './fund-project-audit-fields';

type Labels = Record<string, string>;

const recordLabels: Labels = { id: '编号', createdAt: '创建时间', updatedAt: '修改时间', status: '状态' };

const lineLabels: Labels = {
  year: '年度',
  communityId: '社区编号',
  category: '经费项目',
  standardId: '经费标准编号',
  householdsBasis: '计算户数',
  computedFen: '测算金额',
  amountFen: '核定金额',
  overrideReason: '手工核定理由',
  breakdown: '计算依据',
  partyOrganisations: '党组织',
  adjustmentsFen: '审批后调整',
  allocatedFen: '应拨金额',
  disbursedFen: '已拨付金额',
  remainingFen: '未拨付金额',
};

const postingLabels: Labels = {
  lineId: '经费项目编号',
  date: '日期',
  amountFen: '金额',
  voucherNo: '凭证号',
  note: '备注',
  reason: '理由',
  reversesId: '冲销的拨付编号',
  reversedById: '被冲销记录编号',
  actor: '经办人',
};

/** Labels per entity; every entity of the audit vocabulary has its map (a compile error otherwise). */
export const auditFieldLabels: Record<AuditEntity, Labels> = {
  ...contractAuditFieldLabels,
  ...fundAuditFieldLabels,
  ...fundProjectAuditFieldLabels,

  user: { login: '登录名', displayName: '姓名', role: '角色', active: '启用' },
  people_settings: { singlePersonPost: '一人岗', idleMinutes: '无操作自动退出（分钟）' },
  office: {
    officeName: '单位名称',
    district: '所属区县',
    contactPerson: '联系人',
    contactPhone: '联系电话',
    supervisionPhone: '监督电话',
  },
  community: {
    name: '社区名称',
    code: '社区代码',
    address: '地址',
    floorAreaM2: '办公及公益用房面积（平方米）',
    isPilot: '试点社区',
  },
  courtyard: { communityId: '社区编号', name: '院落名称', type: '院落类型' },
  profile: {
    communityId: '社区编号',
    year: '年度',
    totalHouseholds: '总户数',
    socialWorkers: '专业社工人数',
    committeeDirectors: '居委会主任人数',
    committeeDeputies: '居委会副主任人数',
    committeeMembers: '居委会委员人数',
    directorName: '居委会主任姓名',
    secretaryIsDirector: '书记兼任主任',
    courtyardHouseholds: '院落户数',
    courtyardId: '院落编号',
    households: '户数',
  },
  standard: {
    effectiveYear: '起始年度',
    basicMinHouseholds: '基本办公经费起算户数',
    basicBaseMaxHouseholds: '基础档上限户数',
    basicBaseFen: '基础档金额',
    basicBlockHouseholds: '超出部分每档户数',
    basicBlockFen: '每档金额',
    partBlockRule: '不足一档的计算方式',
    servicesRateFen: '公共服务经费每户标准',
    secretaryUpliftPercent: '书记兼主任绩效上浮比例（%）',
    note: '说明',
    ...courtyardTypeLabels,
  },
  allocation: {
    year: '年度',
    standardId: '经费标准编号',
    totalComputedFen: '测算合计',
    approvedBy: '审批人',
    approvedAt: '审批时间',
  },
  allocation_line: lineLabels,
  // An adjustment's audit row holds the line before and after it, not the adjustment record.
  adjustment: lineLabels,
  disbursement: { ...postingLabels, amountFen: '拨付金额' },
  calendar: { date: '日期', kind: '类型', name: '名称', source: '来源' },
  backup: { fileName: '备份文件', kind: '备份类型', verified: '校验通过', lastAuditId: '最后一条操作日志编号' },
  list_version: {
    kind: '清单',
    versionNo: '版本号',
    effectiveDate: '施行日期',
    approvedBy: '审定机关',
    publishedAt: '发布时间',
    copiedFromId: '复制自版本编号',
    itemCount: '事项数',
    sampleCount: '示例事项数',
  },
  list_item: {
    versionId: '清单版本编号',
    itemKey: '事项标识',
    isSample: '示例事项',
    ...listItemLabels,
  },
  access_request: {
    requestNo: '申请编号',
    requestingDepartment: '申请单位',
    title: '事项名称',
    content: '事项内容',
    legalBasis: '依据',
    reason: '申请理由',
    communities: '适用社区',
    name: '名称',
    fundingFen: '费随事转：经费',
    staffCount: '费随事转：人员',
    requestedStartDate: '拟开始日期',
    submittedDate: '申请日期',
    documents: '附件材料',
    submittedBy: '登记人',
    submittedAt: '登记时间',
    review: '街道审核',
    decision: '区领导小组决定',
    revocation: '撤销准入',
    actor: '经办人',
    at: '时间',
    opinion: '意见',
    reviewedBy: '审核人',
    reviewedAt: '审核时间',
    approved: '准予准入',
    decisionNo: '决定文号',
    decisionDate: '决定日期',
    decidedBy: '决定人',
    decidedAt: '决定时间',
    date: '日期',
    revokedBy: '撤销人',
    revokedAt: '撤销时间',
  },
};

const registerStatusLabels: Labels = { active: '在册', archived: '已归档' };

/** Code values shown by their Chinese names: per field, and for `status` per entity. */
const valueLabels: Record<string, Labels> = {
  type: courtyardTypeLabels,
  category: fundingCategoryLabels,
  kind: { ...listKindLabels, ...calendarKindLabels },
  partBlockRule: partBlockRuleLabels,
  source: { shipped: '随软件提供', office: '本单位录入' },
};
const statusLabels: Partial<Record<AuditEntity, Labels>> = {
  community: registerStatusLabels,
  courtyard: registerStatusLabels,
  allocation: { none: '未测算', draft: '待审批', approved: '已审批' },
  list_version: { draft: '草稿', published: '已发布' },
  access_request: accessStateLabels,
};

function codeLabel(entity: AuditEntity, key: string, code: string): string | undefined {
  const fundValueLabels = { ...fundAuditValueLabels, ...fundProjectAuditValueLabels };
  const fundLabels = (fundValueLabels as Partial<Record<AuditEntity, Record<string, Labels>>>)[entity];
  if (fundLabels) return fundLabels[key]?.[code];
  return (key === 'status' ? statusLabels[entity] : valueLabels[key])?.[code];
}

export function fieldLabel(entity: AuditEntity, key: string): string {
  return auditFieldLabels[entity][key] ?? recordLabels[key] ?? key;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One field's value as the clerk reads it; `key` says whether it is an amount in fen. */
export function formatFieldValue(entity: AuditEntity, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return key.endsWith('Fen') ? `${formatYuan(value)} 元` : String(value);
  if (typeof value === 'string') return codeLabel(entity, key, value) ?? value;
  if (Array.isArray(value)) {
    if (value.length === 0) return '（无）';
    return value.map((element) => formatFieldValue(entity, key, element)).join('；');
  }
  if (isPlainObject(value)) {
    // A nested amount map (servicesRateFen) keeps the parent's Fen suffix for its members.
    const memberKey = (inner: string) => (key.endsWith('Fen') ? `${inner}Fen` : inner);
    return Object.entries(value)
      .map(
        ([inner, member]) =>
          `${fieldLabel(entity, inner)} ${formatFieldValue(entity, memberKey(inner), member)}`,
      )
      .join('，');
  }
  return String(value);
}

export interface AuditFieldLine {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

/** The fields of a before / after pair in order of first appearance, each formatted and marked if changed. */
export function auditFieldLines(entity: AuditEntity, before: unknown, after: unknown): AuditFieldLine[] {
  const beforeFields = isPlainObject(before) ? before : {};
  const afterFields = isPlainObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])];
  return keys.map((key) => ({
    key,
    label: fieldLabel(entity, key),
    before: key in beforeFields ? formatFieldValue(entity, key, beforeFields[key]) : null,
    after: key in afterFields ? formatFieldValue(entity, key, afterFields[key]) : null,
    changed:
      isPlainObject(before) &&
      isPlainObject(after) &&
      JSON.stringify(beforeFields[key]) !== JSON.stringify(afterFields[key]),
  }));
}
