// Page geometry and type for notices posted on a board: A4 portrait, margins a little tighter than the
// official document format (GB/T 9704: 37/35/28/26 mm) so that a community's notice with its table fits
// one page; a serif face (四号, 14 pt) for the official look and a sans face where small figures in
// tables must stay legible.
import type { Margins, StyleDictionary } from 'pdfmake/interfaces';
import { fontFamilies } from './fonts';

const mm = 72 / 25.4;

/** [left, top, right, bottom] in points. */
export const pageMargins: Margins = [26 * mm, 28 * mm, 24 * mm, 25 * mm];

export const bodyFontSize = 14;

export const noticeStyles: StyleDictionary = {
  title: {
    font: fontFamilies.serif,
    bold: true,
    fontSize: 20,
    lineHeight: 1.05,
    alignment: 'center',
    margin: [0, 0, 0, 16],
  },
  // Noto CJK's own line height is already about 1.45 em, so these factors stay close to 1.
  paragraph: {
    fontSize: bodyFontSize,
    lineHeight: 1.2,
    alignment: 'justify',
    // Two characters of first-line indent, as Chinese paragraphs are set.
    leadingIndent: 2 * bodyFontSize,
  },
  closingLine: { fontSize: bodyFontSize, lineHeight: 1.2, leadingIndent: 2 * bodyFontSize },
  signature: { fontSize: bodyFontSize, lineHeight: 1.2, alignment: 'center' },
  // Smaller than the body (it says who kept the record, not what is announced), on the same line pitch
  // as the signature beside it: 12 × 1.4 = 14 × 1.2.
  signatories: { fontSize: 12, lineHeight: 1.4 },
  tableCaption: { fontSize: bodyFontSize, bold: true, margin: [0, 6, 0, 0] },
  table: { font: fontFamilies.sans, fontSize: 10.5, lineHeight: 1, margin: [0, 8, 0, 8] },
  tableHeader: { bold: true, alignment: 'center', fillColor: '#eeeeee' },
  tableTotal: { bold: true },
  footer: { fontSize: 10.5, alignment: 'center', color: '#333333' },
};

export const defaultStyle = { font: fontFamilies.serif, fontSize: bodyFontSize };
