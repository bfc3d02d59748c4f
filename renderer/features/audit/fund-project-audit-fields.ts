// OWNER: renderer projects and disclosure slices. The field names of the audit rows of the micro-fund's
// welfare projects, acknowledgements and disclosures, spread into audit-fields.ts's maps as the books'
// are. The keys are those the handlers put in an audit row's before / after (camelCase).
import type { AuditEntity } from '../../../shared/contract/audit';
import { projectStateLabels } from '../../../shared/features/fund/projects/project-workflow';

type ProjectEntity = Extract<AuditEntity, 'fund_project' | 'fund_acknowledgement' | 'fund_disclosure'>;
type Labels = Record<string, string>;

export const fundProjectAuditFieldLabels: Record<ProjectEntity, Labels> = {
  fund_project: {
    number: '项目编号',
    title: '项目名称',
    state: '状态',
    communityId: '社区编号',
    applicantName: '申请主体',
    budgetFen: '申请金额',
    approvedFen: '批准金额',
    designationId: '限定用途编号',
  },
  fund_acknowledgement: {
    number: '确认书编号',
    donationId: '捐赠编号',
    donorName: '捐赠人',
    amountFen: '金额',
    voidReason: '作废原因',
    printedCount: '打印次数',
  },
  fund_disclosure: {
    kind: '公示类别',
    year: '年度',
    quarter: '季度',
    projectId: '项目编号',
    publishedOn: '公示日期',
    workingDays: '公示天数（工作日）',
  },
};

export const fundProjectAuditValueLabels: Record<ProjectEntity, Record<string, Labels>> = {
  fund_project: { state: projectStateLabels },
  fund_acknowledgement: {},
  fund_disclosure: {},
};
