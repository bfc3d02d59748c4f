// One version of a public list as a workbook to file: its items, which version, since when and by whom
// approved. Pure: plain data in, bytes out.
import type { OfficeSettings } from '../../../../shared/contract/office';
import {
  listItemLabels,
  listKindLabels,
  type ListVersionDetail,
} from '../../../../shared/features/lists/contract';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { newReportWorkbook, workbookToBuffer } from '../../documents/excel/excel-style';
import { addTextTableSheet } from '../../documents/excel/text-table-sheet';

export interface ListVersionWorkbookData extends ListVersionDetail {
  office: OfficeSettings;
  reportDate: string;
}

export function listVersionLine(version: ListVersionDetail['version']): string {
  if (version.status === 'draft') return `第${version.versionNo}版（修订稿，未发布）`;
  const since = version.effectiveDate ? `，${formatChineseDate(version.effectiveDate)}起施行` : '';
  return `第${version.versionNo}版${since}，批准单位：${version.approvedBy ?? ''}`;
}

export async function buildListVersionWorkbook(data: ListVersionWorkbookData): Promise<Buffer> {
  const title = listKindLabels[data.version.kind];
  const workbook = newReportWorkbook({
    title,
    subject: `${data.office.officeName}${title}`,
    date: data.reportDate,
  });
  addTextTableSheet(workbook, {
    sheetName: title.slice(0, 31),
    title,
    info: [
      `填报单位：${data.office.officeName}`,
      listVersionLine(data.version),
      `共 ${data.items.length} 项`,
    ],
    columns: [
      { label: listItemLabels.seq, width: 6, align: 'center' },
      { label: listItemLabels.title, width: 24 },
      { label: listItemLabels.content, width: 36 },
      { label: listItemLabels.legalBasis, width: 28 },
      { label: listItemLabels.responsibleUnit, width: 16 },
      { label: listItemLabels.communityRole, width: 14 },
      { label: listItemLabels.remarks, width: 18 },
    ],
    rows: data.items.map((item) => [
      String(item.seq),
      item.title,
      item.content,
      item.legalBasis,
      item.responsibleUnit,
      item.communityRole,
      item.remarks,
    ]),
    reportDate: data.reportDate,
  });
  return workbookToBuffer(workbook);
}
