// How big an uploaded workbook may be, checked before it is parsed: by the renderer on the file it picked,
// by the channel schema on the base64 it sends, and by the backend on the zip itself.
//
// A sub-district's real files are far below these: a households template is one row per community and
// courtyard (a few hundred rows, under 100 KB), a list is at most 2,000 items (real ones 50–200, under
// 1 MB). 50 MB uncompressed still holds a 2,000-item list with every field at its maximum length, and
// 5,000 rows a sub-district with 100 communities of 40 courtyards each. Anything larger is a wrong file or
// a hostile one, and parsing it would take the app seconds and gigabytes.
export const importLimits = {
  /** The .xlsx file as picked. */
  fileBytes: 5 * 1024 * 1024,
  /** Every entry of the zip once inflated (sheets, shared strings, styles…). */
  uncompressedBytes: 50 * 1024 * 1024,
  /** The last row number of any worksheet. */
  rows: 5_000,
} as const;

/** The limits as the clerk reads them in a message. */
export const importLimitTexts = {
  fileBytes: `${importLimits.fileBytes / 1024 / 1024} MB`,
  uncompressedBytes: `${importLimits.uncompressedBytes / 1024 / 1024} MB`,
  rows: `${importLimits.rows.toLocaleString('en-US')} 行`,
} as const;

/** Base64 of a file of fileBytes: 4 characters per 3 bytes, padded. */
export const maxImportBase64Length = Math.ceil(importLimits.fileBytes / 3) * 4;

export const fileTooLargeMessage = `文件：文件过大（不能超过 ${importLimitTexts.fileBytes}）`;

/** Why a picked file is refused before it is read or sent (the renderer) or parsed (the backend). */
export function fileTooLargeReason(bytes: number): string {
  return `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB）：导入文件不能超过 ${importLimitTexts.fileBytes}`;
}
