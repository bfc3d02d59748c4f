// Counts the pages of a PDF made by pdfkit, whose page objects are written uncompressed.
export function countPdfPages(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
