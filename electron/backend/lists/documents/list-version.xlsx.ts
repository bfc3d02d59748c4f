// One version of a public list as a workbook to file: its items, which version, since when and by whom
// approved. Pure: plain data in, bytes out.
import type { OfficeSettings } from '../../../../shared/contract/office';
import {
  listItemLabels,
  listKindLabels,
  type ListVersionDetail,
} from '../../../../shared/features/lists/contract';
import { listItemFields, type ListItemField } from '../../../../shared/features/lists/list-item-fields';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { newReportWorkbook, workbookToBuffer } from '../../documents/excel/excel-style';
import { addTextTableSheet } from '../../documents/excel/text-table-sheet';

/** Narrower than the import template's: the export is read, not typed into. */
const exportWidths: Record<ListItemField, number> = {
  seq: 6,
  title: 24,
  content: 36,
  legalBasis: 28,
  responsibleUnit: 16,
  communityRole: 14,
  remarks: 18,
};

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
    columns: listItemFields.map((field) => ({
      label: listItemLabels[field],
      width: exportWidths[field],
      ...(field === 'seq' ? { align: 'center' as const } : {}),
    })),
    rows: data.items.map((item) => listItemFields.map((field) => String(item[field]))),
    reportDate: data.reportDate,
  });
  return workbookToBuffer(workbook);
}
