// Per-section page numbers (第 1 页 共 2 页 within one community's notice, not the whole file), since each
// section is posted on its own. pdfmake lays out all pages before it draws any footer, and it asks a
// section's background for each page as that page is added; the background records which section a page
// belongs to, and the footer then reads its position within that section.
import type { Content, DynamicBackground, DynamicContent } from 'pdfmake/interfaces';

export interface SectionPageNumbers {
  /** Background for section `index`: draws nothing, records the page. */
  background(index: number): DynamicBackground;
  footer: DynamicContent;
}

export function sectionPageNumbers(footerStyle: string): SectionPageNumbers {
  const sectionOfPage = new Map<number, number>();
  return {
    background: (index) => (page) => {
      // pdfmake may lay the document out again from page 1; start the record afresh then.
      if (page === 1) sectionOfPage.clear();
      sectionOfPage.set(page, index);
      return null;
    },
    footer: (page, pageCount): Content => {
      const index = sectionOfPage.get(page);
      if (index === undefined) return { text: `第 ${page} 页 共 ${pageCount} 页`, style: footerStyle };
      const pages = [...sectionOfPage].filter(([, section]) => section === index).map(([p]) => p);
      const first = Math.min(...pages);
      return { text: `第 ${page - first + 1} 页 共 ${pages.length} 页`, style: footerStyle };
    },
  };
}
