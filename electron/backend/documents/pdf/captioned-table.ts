// A table under its caption (一、社区工作事项清单). A caption never ends a page on its own: it starts on the
// page that holds its table's header row and first row. The table keeps those two rows together by
// itself (notice-table.ts); the caption sits outside the table, so a first layout notes every caption
// whose first row went over to the next page, and notice.ts lays the notice out again with a page break
// before those captions.
//
// Why not pdfmake's own ways: an `unbreakable` stack of caption and table cannot cross a page, and a list
// can run longer than one; a pageBreakBefore hook that answers true makes pdfmake lay the whole document
// out again for every caption it moves, which for a notice of 50 communities took 40 seconds.
import type { Content, Node, NodeQueries } from 'pdfmake/interfaces';
import type { NoticeCaptionedTable } from './notice-document';
import { noticeTable } from './notice-table';

/** Marks a caption for the layout check; the number itself means nothing to pdfmake. */
const captionLevel = 1;

/** Where a caption stands: section and table index, both from 0. Its id is unique in the document. */
export interface CaptionPlace {
  section: number;
  table: number;
}

export function captionId(place: CaptionPlace): string {
  return `notice-${place.section + 1}-caption-${place.table + 1}`;
}

function sectionOfCaption(id: string): string {
  return id.slice(0, id.indexOf('-caption-'));
}

function firstRowId(caption: string): string {
  return `${caption}-first-row`;
}

export function captionedTable(
  { caption, table }: NoticeCaptionedTable,
  place: CaptionPlace,
  startsPage: boolean,
): Content[] {
  const id = captionId(place);
  return [
    {
      text: caption,
      style: 'tableCaption',
      id,
      headlineLevel: captionLevel,
      ...(startsPage ? { pageBreak: 'before' as const } : {}),
    },
    noticeTable(table, { firstRowId: firstRowId(id) }),
  ];
}

export interface StrandedCaptions {
  /** For the document definition: notes captions and never asks pdfmake for a break itself. */
  pageBreakBefore(node: Node, nodes: NodeQueries): boolean;
  /**
   * The captions to start on a new page next time: in each section, the first caption found at the
   * foot of a page. Only the first, since moving it shifts everything after it in its section; the
   * other sections start on pages of their own and are not affected.
   */
  toMove(): string[];
}

export function strandedCaptions(): StrandedCaptions {
  const firstBySection = new Map<string, string>();
  return {
    toMove: () => [...firstBySection.values()],
    pageBreakBefore(node, nodes) {
      if (node.headlineLevel !== captionLevel || node.id === undefined) return false;
      const rowId = firstRowId(node.id);
      const rowOnNextPage = nodes.getNodesOnNextPage().some((other) => other.id === rowId);
      // A caption already at the top of a page stays: moving it would only leave a blank page.
      const section = sectionOfCaption(node.id);
      if (rowOnNextPage && !firstBySection.has(section) && nodes.getPreviousNodesOnPage().length > 0) {
        firstBySection.set(section, node.id);
      }
      return false;
    },
  };
}
