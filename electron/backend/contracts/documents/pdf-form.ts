// What the contracts' one-page forms (付款审批单, 绩效评价表) share: an A4 portrait page in the notices'
// embedded fonts, a serif title, ruled label/value tables on a four-column grid, and signature lines.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontFamilies, pdfmakeFor } from '../../documents/pdf/fonts';

const mm = 72 / 25.4;

export const formLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

export function label(text: string): TableCell {
  return { text, bold: true, alignment: 'center', verticalAlignment: 'middle' };
}

/** A label and a value across the rest of the row (the grid: label, value, label, value). */
export function wide(name: string, value: TableCell): TableCell[] {
  const cell = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : { text: value };
  return [label(name), { ...cell, colSpan: 3 } as TableCell, '', ''];
}

export function pair(a: string, aValue: TableCell, b: string, bValue: TableCell): TableCell[] {
  return [label(a), aValue, label(b), bValue];
}

/** A ruled table; `joined` draws it straight under the one before, their rules overlapping. */
export function gridTable(
  body: TableCell[][],
  widths: (number | '*')[] = [84, '*', 84, '*'],
  joined = false,
): Content {
  return {
    layout: formLayout,
    ...(joined ? { margin: [0, -0.6, 0, 0] as [number, number, number, number] } : {}),
    table: { widths, dontBreakRows: true, body },
  };
}

/** Lines to sign on, spread across the page: 「经办人：李晓梅」, or a blank line to write a name on. */
export function signatureRow(signers: { role: string; name: string }[]): Content {
  return {
    margin: [0, 28, 0, 0],
    columns: signers.map(({ role, name }) => ({
      width: '*',
      text: `${role}：${name === '' ? '＿＿＿＿＿＿' : name}`,
    })),
  };
}

export function formDefinition(
  title: string,
  subtitle: string,
  content: Content[],
  metaTitle: string,
): TDocumentDefinitions {
  return {
    info: { title: metaTitle, creator: '街道社区经费台账', producer: '街道社区经费台账' },
    language: 'zh-CN',
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [20 * mm, 18 * mm, 20 * mm, 16 * mm],
    defaultStyle: { font: fontFamilies.sans, fontSize: 10.5, lineHeight: 1.1 },
    content: [
      {
        text: title,
        font: fontFamilies.serif,
        bold: true,
        fontSize: 20,
        alignment: 'center',
        margin: [0, 0, 0, 6],
      },
      { text: subtitle, alignment: 'center', margin: [0, 0, 0, 10] },
      ...content,
    ],
  };
}

export async function renderForm(definition: TDocumentDefinitions, resourcesDir: string): Promise<Buffer> {
  return pdfmakeFor(resourcesDir).createPdf(definition).getBuffer();
}
