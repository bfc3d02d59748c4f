// 年度社区工作经费核定及拨付情况表 as an xlsx workbook: the summary sheet to sign and file, the per-line
// detail behind every figure, and what the purchase-of-services contracts made of each community's
// 政府购买服务经费. Pure: plain data in, bytes out.
import type { AnnualReportData } from './document-data';
import { addDetailSheet } from './annual-report-detail-sheet';
import { addServicesSheet } from './annual-report-services-sheet';
import { addSummarySheet } from './annual-report-summary-sheet';
import { newReportWorkbook, workbookToBuffer } from '../../documents/excel/excel-style';

export async function buildAnnualReport(data: AnnualReportData): Promise<Buffer> {
  const title = `${data.year}年度社区工作经费核定及拨付情况表`;
  const workbook = newReportWorkbook({
    title,
    subject: `${data.office.officeName}${title}`,
    date: data.reportDate,
  });
  addSummarySheet(workbook, data);
  addDetailSheet(workbook, data);
  addServicesSheet(workbook, data);
  return workbookToBuffer(workbook);
}
