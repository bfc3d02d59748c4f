// The plain data a 公示 is printed from. Every notice the app posts (funding, public lists, fund
// disclosures) is built as a NoticeDocument and rendered by notice.ts; the builders never touch pdfmake.

/** A table cell: plain text, or text with its alignment and weight (amounts are right-aligned). */
export type NoticeCell =
  | string
  | {
      text: string;
      alignment?: 'left' | 'center' | 'right';
      bold?: boolean;
      /** Spans this many columns; the row still has one entry per column (the covered ones are ''). */
      colSpan?: number;
    };

export interface NoticeTable {
  headers: string[];
  /** One per column, in points, or '*' (share the rest) or 'auto' (fit the content). */
  widths: (number | '*' | 'auto')[];
  rows: NoticeCell[][];
  /** Printed bold after the rows, e.g. 合计. */
  totalRow?: NoticeCell[];
}

export interface NoticeCaptionedTable {
  caption: string;
  table: NoticeTable;
}

/** 公示 (posted for objections) or 公告 (a contract made public, 第二十三条): the period and the close say it. */
export type NoticeNoun = '公示' | '公告';

export interface NoticeSection {
  /** 公示 unless said otherwise. */
  noun?: NoticeNoun;
  /**
   * 关于世纪城社区2026年度社区工作经费核定情况的公示. A "\n" sets where a two-line title breaks; without
   * one, a long title wraps wherever the width runs out.
   */
  title: string;
  /** Body paragraphs, each with a two-character first-line indent. */
  paragraphs: string[];
  table?: NoticeTable;
  /** Further tables, each under its own caption (一、社区工作事项清单), printed after `table`. */
  tables?: NoticeCaptionedTable[];
  /** Paragraphs after the table, e.g. the total in figures and in words. */
  afterTable?: string[];
  /** ISO dates; endDate is computed by the caller (working-days.ts postingPeriodEnd). */
  posting: { startDate: string; endDate: string; workingDays: number };
  /** How to raise an objection during the posting period. */
  objection: string;
  contacts: { contactPerson: string; contactPhone: string; supervisionPhone: string };
  /** The issuing office, printed above the date. */
  issuer: string;
  /** ISO date printed under the issuer. */
  issueDate: string;
  /** 经办人 and 审核人, a line each, left of the signature; empty for records nobody signed in to keep. */
  signatories?: string[];
}

export interface NoticeDocument {
  /** PDF metadata title. */
  title?: string;
  /** One posting each; every section starts on a new page and numbers its own pages. */
  sections: NoticeSection[];
}
