// antd makes every sortable header cell a Tab stop, so Tab from a search field walked every header
// before it reached the first row's link. Headers leave the Tab order here (still sorted by a click, and
// by Enter when focused otherwise); Tab goes from the filters straight to the rows.
import type { ThHTMLAttributes } from 'react';

function HeaderCell(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th {...props} tabIndex={props.tabIndex === undefined ? undefined : -1} />;
}

/** The Table `components` of every table with sortable columns. */
export const tableComponents = { header: { cell: HeaderCell } };
