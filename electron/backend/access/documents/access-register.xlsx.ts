// 社区工作准入申请登记簿 as a workbook: every request with its state, review, decision, revocation and, for a
// request withdrawn before its review, the withdrawal.
// Pure: plain data in, bytes out.
import type { AccessRequest } from '../../../../shared/features/access/contract';
import type { OfficeSettings } from '../../../../shared/contract/office';
import { accessStateLabels } from '../../../../shared/features/access/access-workflow';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { newReportWorkbook, workbookToBuffer } from '../../documents/excel/excel-style';
import { addTextTableSheet } from '../../documents/excel/text-table-sheet';

export const accessRegisterTitle = '社区工作准入申请登记簿';

function registerRow(request: AccessRequest): string[] {
  const { decision, revocation, withdrawal } = request;
  return [
    request.requestNo,
    request.requestingDepartment,
    request.title,
    request.communities.map((community) => community.name).join('、'),
    accessStateLabels[request.status],
    request.review?.opinion ?? '',
    decision?.decisionNo ?? '',
    decision ? formatChineseDate(decision.decisionDate) : '',
    revocation ? `${formatChineseDate(revocation.date)}：${revocation.reason}` : '',
    withdrawal ? `${formatChineseDate(withdrawal.withdrawnAt.slice(0, 10))}：${withdrawal.reason}` : '',
  ];
}

export async function buildAccessRegister(data: {
  office: OfficeSettings;
  requests: AccessRequest[];
  reportDate: string;
}): Promise<Buffer> {
  const workbook = newReportWorkbook({
    title: accessRegisterTitle,
    subject: `${data.office.officeName}${accessRegisterTitle}`,
    date: data.reportDate,
  });
  addTextTableSheet(workbook, {
    sheetName: '准入申请登记簿',
    title: accessRegisterTitle,
    info: [
      `填报单位：${data.office.officeName}`,
      `截至${formatChineseDate(data.reportDate)}`,
      `共 ${data.requests.length} 件`,
    ],
    columns: [
      { label: '编号', width: 16, align: 'center' },
      { label: '申请部门', width: 20 },
      { label: '事项', width: 24 },
      { label: '涉及社区', width: 20 },
      { label: '状态', width: 10, align: 'center' },
      { label: '审核意见', width: 22 },
      { label: '决定文号', width: 18 },
      { label: '决定日期', width: 14, align: 'center' },
      { label: '撤销', width: 22 },
      { label: '撤回', width: 22 },
    ],
    rows: data.requests.map(registerRow),
    reportDate: data.reportDate,
  });
  return workbookToBuffer(workbook);
}
