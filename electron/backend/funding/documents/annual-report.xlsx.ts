// 年度社区工作经费核定及拨付情况表 as an xlsx workbook: the summary sheet to sign and file, and the
// per-line detail behind every figure. Pure: plain data in, bytes out.
import type { AnnualReportData } from './document-data';
import { addDetailSheet } from './annual-report-detail-sheet';
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
  return workbookToBuffer(workbook);
}
