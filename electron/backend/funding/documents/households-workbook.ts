// Reads a filled-in 社区户数导入模板 and checks every row against the register it was made from. It
// never stops at the first problem: the clerk gets every error at once, each with sheet, row and column
// as Excel shows them. It only parses; applying the result to the database is the service's job.
//
// Rules: a community row present must carry its total; a community absent from the sheet is simply not
// imported; courtyard rows need their community's total row; ids must match the names they were exported
// with; a file of another year is refused outright (its rows are not checked against this year's register).
import type ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { columnLetter } from '../../documents/excel/excel-style';
import { householdsColumns, householdsTemplate as layout } from './households-template.xlsx';
import type { HouseholdsTemplateData, ImportError, ParsedHouseholds } from './document-data';
import {
  cellText,
  halfWidthDigits,
  isImportError,
  loadWorkbook,
  locateHeader,
  positiveIntegerOrNull,
  sortErrors,
  valueCellErrors,
  valueText,
} from '../../documents/excel/cells';
import { headerLabels as labelsOf, type KeyOf } from '../../documents/excel/column-spec';

export type HouseholdsImportResult =
  { ok: true; parsed: ParsedHouseholds } | { ok: false; errors: ImportError[] };

type ExpectedCommunity = HouseholdsTemplateData['communities'][number];
type ParsedCommunity = ParsedHouseholds['communities'][number];
type Columns = Record<KeyOf<typeof householdsColumns>, number>;

const sheetName = layout.sheetName;

export async function parseHouseholdsWorkbook(
  bytes: Buffer | Uint8Array,
  expected: HouseholdsTemplateData,
): Promise<HouseholdsImportResult> {
  const workbook = await loadWorkbook(bytes);
  if (isImportError(workbook)) return fail([workbook]);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) {
    const message = `找不到工作表「${sheetName}」：请使用本系统导出的户数导入模板`;
    return fail([{ sheet: sheetName, row: 0, column: '', message }]);
  }
  const year = templateYear(workbook, sheet);
  if (year !== expected.year) {
    const message =
      year === null
        ? '无法确定模板的年度：请使用本系统导出的户数导入模板'
        : `模板年度为 ${year}，当前导入年度为 ${expected.year}`;
    return fail([{ sheet: sheetName, row: 1, column: 'A', message }]);
  }
  const located = locateHeader(sheet, headerLabels);
  if (!located) {
    const labels = Object.values(headerLabels).join('、');
    const message = `找不到表头（${labels}）：请使用本系统导出的户数导入模板`;
    return fail([{ sheet: sheetName, row: layout.headerRow, column: 'A', message }]);
  }
  const unreadable = valueCellErrors(sheet, located.headerRow + 1, located.columns, headerLabels);
  if (unreadable.length > 0) return fail(unreadable);
  return checkRows(sheet, located.headerRow, located.columns, expected);
}

function fail(errors: ImportError[]): HouseholdsImportResult {
  return { ok: false, errors };
}

/** The year from the hidden _meta sheet, or failing that from the title 「2026年度……」. */
function templateYear(workbook: ExcelJS.Workbook, sheet: Worksheet): number | null {
  const meta = workbook.getWorksheet(layout.metaSheetName);
  if (meta) {
    for (let row = 1; row <= meta.rowCount; row += 1) {
      if (cellText(meta.getCell(row, 1)) === '年度')
        return positiveIntegerOrNull(cellText(meta.getCell(row, 2)));
    }
  }
  const title = /(\d{4})\s*年度/.exec(cellText(sheet.getCell(1, 1)));
  return title ? Number(title[1]) : null;
}

/** Each column's header label; the columns are found by label, wherever the clerk moved them. */
const headerLabels = labelsOf(householdsColumns);

/** What one non-empty row says once its cells are checked: a community's total, or a courtyard's count. */
interface RowRecord {
  row: number;
  community: ExpectedCommunity;
  /** null on the community's own row, the one carrying its total. */
  courtyardId: number | null;
  households: number | null;
}

type Report = (row: number, column: number, message: string) => void;

function checkRows(sheet: Worksheet, headerRow: number, columns: Columns, expected: HouseholdsTemplateData) {
  const errors: ImportError[] = [];
  const report: Report = (row, column, message) =>
    errors.push({ sheet: sheetName, row, column: columnLetter(column), message });
  const byId = new Map(expected.communities.map((community) => [community.id, community]));
  const records: RowRecord[] = [];
  for (let row = headerRow + 1; row <= sheet.rowCount; row += 1) {
    const record = readRow(sheet, row, columns, byId, report);
    if (record) records.push(record);
  }
  const communities = assemble(records, columns, report);
  if (communities.length === 0 && errors.length === 0) {
    report(headerRow + 1, columns.communityId, '工作表中没有可导入的社区');
  }
  if (errors.length > 0) return fail(sortErrors(errors));
  return { ok: true as const, parsed: { year: expected.year, communities } };
}

/** Checks a row's cells: households, the ids and that the names still match them. */
function readRow(
  sheet: Worksheet,
  row: number,
  columns: Columns,
  byId: Map<number, ExpectedCommunity>,
  report: Report,
): RowRecord | null {
  const text = (column: number) => cellText(sheet.getCell(row, column));
  if (Object.values(columns).every((column) => text(column) === '')) return null;
  const parsedHouseholds = parseHouseholds(sheet.getCell(row, columns.households).value);
  if (typeof parsedHouseholds === 'string') report(row, columns.households, parsedHouseholds);
  const households = typeof parsedHouseholds === 'number' ? parsedHouseholds : null;

  const communityId = positiveIntegerOrNull(text(columns.communityId));
  if (communityId === null) {
    report(row, columns.communityId, idMessage('社区编号', text(columns.communityId)));
    return null;
  }
  const community = byId.get(communityId);
  if (!community) {
    const message = `社区编号 ${communityId} 不在当前的社区名册中（社区可能已删除或归档）`;
    report(row, columns.communityId, message);
    return null;
  }
  if (text(columns.communityName) !== community.name) {
    const message = `社区名称「${text(columns.communityName)}」与编号 ${communityId} 的社区「${community.name}」不一致`;
    report(row, columns.communityName, message);
  }
  if (text(columns.courtyardId) === '') return { row, community, courtyardId: null, households };

  const courtyardId = positiveIntegerOrNull(text(columns.courtyardId));
  if (courtyardId === null) {
    report(row, columns.courtyardId, idMessage('院落编号', text(columns.courtyardId)));
    return null;
  }
  const courtyard = community.courtyards.find((candidate) => candidate.id === courtyardId);
  if (!courtyard) {
    const message = `院落编号 ${courtyardId} 不属于社区「${community.name}」（院落可能已撤销或属于其他社区）`;
    report(row, columns.courtyardId, message);
    return null;
  }
  if (text(columns.courtyardName) !== courtyard.name) {
    const message = `院落名称「${text(columns.courtyardName)}」与编号 ${courtyardId} 的院落「${courtyard.name}」不一致`;
    report(row, columns.courtyardName, message);
  }
  return { row, community, courtyardId, households };
}

/** Groups the rows by community, refusing repeats and courtyards whose community has no total row. */
function assemble(records: RowRecord[], columns: Columns, report: Report): ParsedCommunity[] {
  const communities = new Map<number, ParsedCommunity>();
  const totalRows = new Map<number, number>();
  const courtyardRows = new Map<number, number>();
  for (const record of records) {
    const id = record.community.id;
    const entry = communities.get(id) ?? { communityId: id, totalHouseholds: 0, courtyards: [] };
    communities.set(id, entry);
    if (record.courtyardId === null) {
      const earlier = totalRows.get(id);
      if (earlier !== undefined) {
        report(
          record.row,
          columns.communityId,
          `社区「${record.community.name}」的总户数行重复（第 ${earlier} 行已有）`,
        );
      } else {
        totalRows.set(id, record.row);
        entry.totalHouseholds = record.households ?? 0;
      }
      continue;
    }
    const earlier = courtyardRows.get(record.courtyardId);
    if (earlier !== undefined) {
      report(
        record.row,
        columns.courtyardId,
        `院落编号 ${record.courtyardId} 重复出现（第 ${earlier} 行已有）`,
      );
      continue;
    }
    courtyardRows.set(record.courtyardId, record.row);
    entry.courtyards.push({ courtyardId: record.courtyardId, households: record.households ?? 0 });
  }
  for (const record of records) {
    if (record.courtyardId === null || totalRows.has(record.community.id)) continue;
    totalRows.set(record.community.id, record.row); // report once per community
    const message = `社区「${record.community.name}」缺少总户数行（院落为「${layout.communityTotalLabel}」的一行）`;
    report(record.row, columns.communityId, message);
  }
  return [...communities.values()];
}

function idMessage(label: string, text: string): string {
  return text === '' ? `${label}为空：灰底各列请勿修改` : `${label}「${text}」无效：灰底各列请勿修改`;
}

const numberPattern = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Households from a cell: a whole number ≥ 0, typed or stored as text ("3,200", full-width "３２００");
 * otherwise the reason. Nothing is rounded or clamped: 3200.5 and -1 are refused, not read as 3201 or 0.
 */
function parseHouseholds(value: CellValue): number | string {
  if (value !== null && typeof value === 'object' && 'error' in value)
    return `户数单元格是错误值 ${value.error}`;
  const raw = valueText(value);
  const text = halfWidthDigits(raw.replace(/[\s\u3000]/g, ''))
    .replace(/[，]/g, ',')
    .replace(/户$/, '');
  if (text === '') return '户数未填写';
  const match = numberPattern.exec(text);
  if (typeof value !== 'number' && !match) {
    const misgrouped = text.includes(',') && numberPattern.test(text.replaceAll(',', ''));
    return misgrouped
      ? `户数「${raw}」的千分位分隔不正确`
      : `户数「${raw}」不是数字：请填写阿拉伯数字，如 3200`;
  }
  const number = typeof value === 'number' ? value : Number(text.replaceAll(',', ''));
  if (!Number.isFinite(number)) return `户数「${raw}」不是数字：请填写阿拉伯数字，如 3200`;
  if (number < 0) return '户数不能为负数';
  if (!Number.isInteger(number)) return `户数「${raw}」有小数：户数必须是整数`;
  if (number > layout.maxHouseholds) return `户数 ${raw} 超过 1,000,000：请核对`;
  return number;
}
