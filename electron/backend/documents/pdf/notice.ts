// Renders a NoticeDocument to PDF bytes: one 公示 per section, each starting on a new A4 page with its
// own page numbers, in embedded (subset) Noto CJK fonts.
import type { Content, ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces';
import { captionedTable, captionId, strandedCaptions } from './captioned-table';
import { pdfmakeFor } from './fonts';
import { noticeClosing } from './notice-closing';
import type { NoticeDocument, NoticeSection } from './notice-document';
import { defaultStyle, noticeStyles, pageMargins } from './notice-styles';
import { noticeTable } from './notice-table';
import { sectionPageNumbers, type SectionPageNumbers } from './section-pages';

export type {
  NoticeCaptionedTable,
  NoticeCell,
  NoticeDocument,
  NoticeSection,
  NoticeTable,
} from './notice-document';

export interface RenderNoticeOptions {
  /** The app's resources folder; its fonts/ subfolder holds (or receives) the Noto fonts. */
  resourcesDir: string;
}

/** What an earlier layout of the same notice found (captioned-table.ts). */
export interface NoticeLayout {
  /** Ids of the captions that start a new page. */
  captionsOnNewPage: ReadonlySet<string>;
  pageBreakBefore?: TDocumentDefinitions['pageBreakBefore'];
}

function paragraphs(texts: readonly string[]): Content[] {
  return texts.map((text) => ({ text, style: 'paragraph' }));
}

function sectionContent(section: NoticeSection, index: number, layout: NoticeLayout): Content[] {
  return [
    { text: section.title, style: 'title' },
    ...paragraphs(section.paragraphs),
    ...(section.table ? [noticeTable(section.table)] : []),
    ...(section.tables ?? []).flatMap((captioned, table) => {
      const place = { section: index, table };
      return captionedTable(captioned, place, layout.captionsOnNewPage.has(captionId(place)));
    }),
    ...paragraphs(section.afterTable ?? []),
    ...noticeClosing(section),
  ];
}

function pdfSection(
  section: NoticeSection,
  index: number,
  numbers: SectionPageNumbers,
  layout: NoticeLayout,
): ContentSection {
  // A section always opens a fresh page in pdfmake, so no explicit page break is needed.
  return { section: sectionContent(section, index, layout), background: numbers.background(index) };
}

export function noticeDefinition(
  doc: NoticeDocument,
  layout: NoticeLayout = { captionsOnNewPage: new Set() },
): TDocumentDefinitions {
  if (doc.sections.length === 0) throw new RangeError('renderNotice: a notice needs at least one section');
  const numbers = sectionPageNumbers('footer');
  return {
    info: {
      title: doc.title ?? doc.sections[0]?.title.replaceAll('\n', ''),
      creator: '街道社区经费台账',
      producer: '街道社区经费台账',
    },
    language: 'zh-CN',
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    content: doc.sections.map((section, index) => pdfSection(section, index, numbers, layout)),
    footer: (page, pageCount, pageSize) => ({
      stack: [numbers.footer(page, pageCount, pageSize) ?? ''],
      margin: [0, 22, 0, 0],
    }),
    pageBreakBefore: layout.pageBreakBefore,
    styles: noticeStyles,
    defaultStyle,
  };
}

/**
 * Lays the notice out until no caption is left at the foot of a page without its table: once when none
 * is, twice for most notices where one is (a third time only for a section whose second caption is
 * stranded after the first one moved).
 */
export async function renderNotice(doc: NoticeDocument, options: RenderNoticeOptions): Promise<Buffer> {
  const pdfmake = pdfmakeFor(options.resourcesDir);
  const captionsOnNewPage = new Set<string>();
  for (;;) {
    const stranded = strandedCaptions();
    const definition = noticeDefinition(doc, {
      captionsOnNewPage,
      pageBreakBefore: stranded.pageBreakBefore,
    });
    const pdf = await pdfmake.createPdf(definition).getBuffer();
    const toMove = stranded.toMove().filter((id) => !captionsOnNewPage.has(id));
    if (toMove.length === 0) return pdf;
    toMove.forEach((id) => captionsOnNewPage.add(id));
  }
}
