// Renders a NoticeDocument to PDF bytes: one 公示 per section, each starting on a new A4 page with its
// own page numbers, in embedded (subset) Noto CJK fonts.
import type { Content, ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces';
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

function paragraphs(texts: readonly string[]): Content[] {
  return texts.map((text) => ({ text, style: 'paragraph' }));
}

function sectionContent(section: NoticeSection): Content[] {
  return [
    { text: section.title, style: 'title' },
    ...paragraphs(section.paragraphs),
    ...(section.table ? [noticeTable(section.table)] : []),
    ...(section.tables ?? []).flatMap(({ caption, table }) => [
      { text: caption, style: 'tableCaption' },
      noticeTable(table),
    ]),
    ...paragraphs(section.afterTable ?? []),
    ...noticeClosing(section),
  ];
}

function pdfSection(section: NoticeSection, index: number, numbers: SectionPageNumbers): ContentSection {
  // A section always opens a fresh page in pdfmake, so no explicit page break is needed.
  return { section: sectionContent(section), background: numbers.background(index) };
}

export function noticeDefinition(doc: NoticeDocument): TDocumentDefinitions {
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
    content: doc.sections.map((section, index) => pdfSection(section, index, numbers)),
    footer: (page, pageCount, pageSize) => ({
      stack: [numbers.footer(page, pageCount, pageSize) ?? ''],
      margin: [0, 22, 0, 0],
    }),
    styles: noticeStyles,
    defaultStyle,
  };
}

export async function renderNotice(doc: NoticeDocument, options: RenderNoticeOptions): Promise<Buffer> {
  const pdfmake = pdfmakeFor(options.resourcesDir);
  return pdfmake.createPdf(noticeDefinition(doc)).getBuffer();
}
