// The page of a list paged on the server, and its filters: changing a filter goes back to the first page
// (the page the clerk was on may no longer exist), and the table's pager reads and sets the page.
import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';

export interface ListPage {
  page: number;
  pageSize: number;
}

export interface PagedList {
  page: ListPage;
  /** A filter's setter that also goes back to the first page. */
  filter: <T>(set: (value: T) => void) => (value: T) => void;
  /** The table's pager for `total` rows, its count said as `showTotal` says it (共 12 个项目). */
  pagination: (total: number, showTotal: (total: number) => string) => TablePaginationConfig;
}

export function usePagedList(pageSize = 20): PagedList {
  const [page, setPage] = useState<ListPage>({ page: 1, pageSize });
  return {
    page,
    filter: (set) => (value) => {
      set(value);
      setPage((current) => ({ ...current, page: 1 }));
    },
    pagination: (total, showTotal) => ({
      current: page.page,
      pageSize: page.pageSize,
      total,
      showSizeChanger: true,
      showTotal,
      onChange: (next, size) => setPage({ page: next, pageSize: size }),
    }),
  };
}
