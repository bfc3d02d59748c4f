// 公益项目 list: one row per project, paged and sorted on the server over the whole filtered list; the
// 下次更新 date turns red once it is past. The 合计 row holds the backend's totals of every project the
// filter matches, not only the rows shown. Laid out for 1366 wide: the amounts and the number keep their
// width, the title (with the applicant beneath it) takes the rest and shows in full on hover.
import { Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { formatYuan } from '../../../../shared/domain/money';
import type { ProjectSortKey } from '../../../../shared/features/fund/projects/contract';
import { tableComponents } from '../../../ui/table-header';
import { rowTestId } from '../../../ui/test-ids';
import { ProjectStateTag } from './ProjectStateTag';

export type ProjectListPage = ChannelOutput<'fund.projects'>;
export type ProjectRow = ProjectListPage['rows'][number];
export type ProjectTotals = ProjectListPage['totals'];

export interface ProjectSort {
  sort: ProjectSortKey;
  order: 'ascend' | 'descend';
}

/** Newest number first: the order the backend answers when the clerk has asked for none. */
export const defaultProjectSort: ProjectSort = { sort: 'number', order: 'descend' };

const yuan = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));
const oneLine = { display: 'block' } as const;

function NextUpdate({ row, today }: { row: ProjectRow; today: string }) {
  if (!row.nextUpdateDue) return <>—</>;
  const late = row.nextUpdateDue < today;
  return (
    <Typography.Text type={late ? 'danger' : undefined} data-testid={`fund-project-next-update-${row.id}`}>
      {row.nextUpdateDue}
      {/* On the row's second line, as the applicant is beside it: the column stays a date wide. */}
      {late && <span style={oneLine}>已逾期</span>}
    </Typography.Text>
  );
}

function TitleCell({ row }: { row: ProjectRow }) {
  return (
    <>
      <Typography.Text ellipsis={{ tooltip: row.title }} style={oneLine}>
        {row.title}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis={{ tooltip: row.applicantName }} style={oneLine}>
        {row.applicantName}
      </Typography.Text>
    </>
  );
}

/** A column the backend sorts: its arrow shows the list's order, a click asks the backend for another. */
function sortable(key: ProjectSortKey, current: ProjectSort) {
  return {
    key,
    sorter: true,
    sortOrder: (current.sort === key ? current.order : null) as SortOrder,
  };
}

function amountColumn(title: string, key: 'approvedFen' | 'paidFen' | 'remainingFen', sort: ProjectSort) {
  return {
    title,
    dataIndex: key,
    width: 106,
    align: 'right' as const,
    ...sortable(key, sort),
    render: yuan,
  };
}

function columns(today: string, sort: ProjectSort): ColumnsType<ProjectRow> {
  return [
    {
      title: '编号',
      dataIndex: 'number',
      width: 178,
      ...sortable('number', sort),
      render: (number: string, row) => (
        <Link to={`/fund/projects/${row.id}`} data-testid={`fund-project-link-${row.id}`}>
          {number}
        </Link>
      ),
    },
    {
      title: '社区',
      dataIndex: 'communityName',
      width: 96,
      ellipsis: { showTitle: true },
      ...sortable('communityName', sort),
    },
    {
      title: '项目名称 / 申请方',
      dataIndex: 'title',
      ...sortable('title', sort),
      render: (_title: string, row) => <TitleCell row={row} />,
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 110,
      render: (state: ProjectRow['state']) => <ProjectStateTag state={state} />,
    },
    amountColumn('批准金额', 'approvedFen', sort),
    amountColumn('已拨付', 'paidFen', sort),
    amountColumn('剩余', 'remainingFen', sort),
    {
      title: '下次更新',
      width: 112,
      ...sortable('nextUpdateDue', sort),
      render: (_value, row) => <NextUpdate row={row} today={today} />,
    },
  ];
}

function TotalsRow({ totals, count }: { totals: ProjectTotals; count: number }) {
  const amount = (index: number, fen: number, testId: string) => (
    <Table.Summary.Cell index={index} align="right">
      <span data-testid={testId}>{formatYuan(fen)}</span>
    </Table.Summary.Cell>
  );
  return (
    <Table.Summary.Row data-testid="fund-project-totals">
      <Table.Summary.Cell index={0} colSpan={4}>
        <Typography.Text strong>合计（符合条件的 {count} 个项目）</Typography.Text>
      </Table.Summary.Cell>
      {amount(4, totals.approvedFen, 'fund-project-total-approved')}
      {amount(5, totals.paidFen, 'fund-project-total-paid')}
      {amount(6, totals.remainingFen, 'fund-project-total-remaining')}
      <Table.Summary.Cell index={7} />
    </Table.Summary.Row>
  );
}

export interface ProjectsTableProps {
  page: ProjectListPage | undefined;
  loading: boolean;
  today: string;
  sort: ProjectSort;
  onSort: (sort: ProjectSort) => void;
  pagination: TablePaginationConfig;
}

export function ProjectsTable({ page, loading, today, sort, onSort, pagination }: ProjectsTableProps) {
  return (
    <Table<ProjectRow>
      components={tableComponents}
      data-testid="fund-project-table"
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      columns={columns(today, sort)}
      dataSource={page?.rows ?? []}
      loading={loading}
      onRow={(row) => rowTestId(`fund-project-row-${row.id}`)}
      pagination={pagination}
      onChange={(_pagination, _filters, sorter, extra) => {
        if (extra.action !== 'sort' || Array.isArray(sorter)) return;
        // A third click clears the column's order: back to the list's own order.
        onSort(
          sorter.order
            ? { sort: sorter.columnKey as ProjectSortKey, order: sorter.order }
            : defaultProjectSort,
        );
      }}
      locale={{ emptyText: '没有符合条件的公益项目' }}
      summary={() => page && page.total > 0 && <TotalsRow totals={page.totals} count={page.total} />}
    />
  );
}
