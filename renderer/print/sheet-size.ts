// Sheet sizes in millimetres, the unit of CSS @page and of the print dialog's paper. PDF sizes are in
// points; A4 is 595.28 × 841.89 pt, which must come out as exactly 210 × 297 mm.
export interface SheetSize {
  widthMm: number;
  heightMm: number;
}

const millimetresPerPoint = 25.4 / 72;

/** Rounded to 0.01 mm so that the same figure goes into @page, the sheet elements and `ready`. */
export function sheetSizeFromPoints(widthPt: number, heightPt: number): SheetSize {
  const toMm = (points: number) => Math.round(points * millimetresPerPoint * 100) / 100;
  return { widthMm: toMm(widthPt), heightMm: toMm(heightPt) };
}

/**
 * Sets the paper of the print to `size` with no margin: the drawn pages already carry the PDF's own
 * margins, and the print dialog picks this size as its default paper.
 */
export function applyPaperSize(size: SheetSize): void {
  const style = document.createElement('style');
  style.dataset.role = 'paper-size';
  style.textContent = `@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0; }`;
  document.head.append(style);
}
