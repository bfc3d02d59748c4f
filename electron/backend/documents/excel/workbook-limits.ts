// Measures an uploaded xlsx before exceljs sees it, so that a file that is too big, inflates to
// gigabytes (a zip bomb) or reaches row 1,048,576 is refused in milliseconds instead of costing seconds
// and gigabytes. Sizes come from the zip's central directory; each entry is then inflated under a cap of
// its declared size (a forged size is caught there), and each worksheet's last row is read off its XML.
import type { ImportError } from '../../../../shared/contract/files';
import { fileTooLargeReason, importLimits, importLimitTexts } from '../../../../shared/domain/import-limits';
import { inflateEntry, readZipDirectory, type ZipEntry } from './xlsx-zip';

export const notXlsxMessage = '文件不是有效的 Excel 工作簿（.xlsx）';
const damagedMessage = '文件已损坏（压缩内容与文件目录不符）：请用 Excel 或 WPS 打开后另存为 .xlsx 再导入';
/** A workbook has a few dozen parts; thousands means a crafted archive. */
const maxEntries = 1_000;

/** Why the file may not be parsed, or null when it is within every limit. */
export function checkWorkbookLimits(bytes: Buffer): ImportError | null {
  if (bytes.length > importLimits.fileBytes) return fileError(fileTooLargeReason(bytes.length));
  const entries = readZipDirectory(bytes);
  if (!entries || entries.length > maxEntries) return fileError(notXlsxMessage);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > importLimits.uncompressedBytes) return uncompressedError(declared);

  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    const outcome = inflateEntry(bytes, entry, importLimits.uncompressedBytes);
    if (!outcome.ok) {
      if (outcome.reason === 'too_large') return uncompressedError(entry.uncompressedSize);
      return fileError(outcome.reason === 'damaged' ? damagedMessage : notXlsxMessage);
    }
    parts.set(entry.name, outcome.data);
  }
  return checkRowCounts(parts, entries);
}

function checkRowCounts(parts: Map<string, Buffer>, entries: ZipEntry[]): ImportError | null {
  const names = sheetNames(parts);
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const row = lastRow(parts.get(entry.name)!.toString('latin1'));
    if (row > importLimits.rows) {
      const sheet = names.get(entry.name) ?? entry.name;
      const message = `工作表「${sheet}」的内容或格式延伸到第 ${row.toLocaleString('en-US')} 行：导入文件不能超过 ${importLimitTexts.rows}，请删除多余的行后再导入`;
      return { sheet, row, column: '', message };
    }
  }
  return null;
}

/**
 * The number of the last <row> in a worksheet's XML. A row without r follows the one before it. The
 * <dimension> element is not trusted: writers leave it stale or out, and it is the rows that cost time.
 */
export function lastRow(xml: string): number {
  let last = 0;
  for (const match of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>/g)) {
    const declared = /\br="(\d+)"/.exec(match[1]!);
    last = declared ? Math.max(last, Number(declared[1])) : last + 1;
  }
  return last;
}

/** Worksheet part → the name the clerk sees on its tab, from workbook.xml and its relationships. */
function sheetNames(parts: Map<string, Buffer>): Map<string, string> {
  const targets = new Map<string, string>();
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  for (const match of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attributes = attributesOf(match[1]!);
    const target = attributes.get('Target');
    if (attributes.has('Id') && target)
      targets.set(attributes.get('Id')!, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attributes = attributesOf(match[1]!);
    const id = [...attributes].find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (part && attributes.has('name')) names.set(part, unescapeXml(attributes.get('name')!));
  }
  return names;
}

function attributesOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? whole;
  });
}

function uncompressedError(bytes: number): ImportError {
  return fileError(
    `文件解压后过大（至少 ${megabytes(bytes)}）：导入文件解压后不能超过 ${importLimitTexts.uncompressedBytes}，请确认选择的是本系统导出的导入模板`,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function fileError(message: string): ImportError {
  return { sheet: '', row: 0, column: '', message };
}
