// 公益项目 list: one row per project, sortable, paged on the server; the 下次更新 date turns red once it is
// past. A totals row (本页合计) sums the approved, paid and remaining amounts of the rows shown.
import { Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { compareNullable } from '../../../ui/format';
import { tableComponents } from '../../../ui/table-header';
import { rowTestId } from '../../../ui/test-ids';
import { ProjectStateTag } from './ProjectStateTag';

export type ProjectListPage = ChannelOutput<'fund.projects'>;
export type ProjectRow = ProjectListPage['rows'][number];

export interface ProjectTotals {
  approvedFen: number;
  paidFen: number;
  remainingFen: number;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
const yuan = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

function NextUpdate({ row, today }: { row: ProjectRow; today: string }) {
  if (!row.nextUpdateDue) return <>—</>;
  const late = row.nextUpdateDue < today;
  return (
    <Typography.Text type={late ? 'danger' : undefined} data-testid={`fund-project-next-update-${row.id}`}>
      {row.nextUpdateDue}
      {late ? '（已逾期）' : ''}
    </Typography.Text>
  );
}

function columns(today: string): ColumnsType<ProjectRow> {
  return [
    {
      title: '编号',
      dataIndex: 'number',
      width: 170,
      sorter: (a, b) => a.id - b.id,
      render: (number: string, row) => (
        <Link to={`/fund/projects/${row.id}`} data-testid={`fund-project-link-${row.id}`}>
          {number}
        </Link>
      ),
    },
    {
      title: '社区',
      dataIndex: 'communityName',
      width: 100,
      sorter: (a, b) => byText(a.communityName, b.communityName),
    },
    {
      title: '申请方',
      dataIndex: 'applicantName',
      width: 140,
      ellipsis: true,
      sorter: (a, b) => byText(a.applicantName, b.applicantName),
    },
    { title: '项目名称', dataIndex: 'title', ellipsis: true, sorter: (a, b) => byText(a.title, b.title) },
    {
      title: '状态',
      dataIndex: 'state',
      width: 110,
      render: (state: ProjectRow['state']) => <ProjectStateTag state={state} />,
    },
    {
      title: '批准金额',
      dataIndex: 'approvedFen',
      width: 110,
      align: 'right',
      sorter: (a, b) => compareNullable(a.approvedFen, b.approvedFen),
      render: yuan,
    },
    {
      title: '已拨付',
      dataIndex: 'paidFen',
      width: 110,
      align: 'right',
      sorter: (a, b) => a.paidFen - b.paidFen,
      render: yuan,
    },
    {
      title: '剩余',
      dataIndex: 'remainingFen',
      width: 110,
      align: 'right',
      sorter: (a, b) => a.remainingFen - b.remainingFen,
      render: yuan,
    },
    {
      title: '下次更新',
      key: 'nextUpdateDue',
      width: 150,
      sorter: (a, b) => byText(a.nextUpdateDue ?? '9999', b.nextUpdateDue ?? '9999'),
      render: (_value, row) => <NextUpdate row={row} today={today} />,
    },
  ];
}

export function ProjectsTable({
  rows,
  totals,
  loading,
  today,
  pagination,
}: {
  rows: ProjectRow[];
  totals: ProjectTotals | null;
  loading: boolean;
  today: string;
  pagination: TablePaginationConfig;
}) {
  return (
    <Table<ProjectRow>
      components={tableComponents}
      data-testid="fund-project-table"
      rowKey="id"
      size="middle"
      columns={columns(today)}
      dataSource={rows}
      loading={loading}
      onRow={(row) => rowTestId(`fund-project-row-${row.id}`)}
      pagination={pagination}
      locale={{ emptyText: '没有符合条件的公益项目' }}
      summary={() =>
        totals && (
          <Table.Summary.Row data-testid="fund-project-totals">
            <Table.Summary.Cell index={0} colSpan={5}>
              <Typography.Text strong>本页合计</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <span data-testid="fund-project-total-approved">{formatYuan(totals.approvedFen)}</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              <span data-testid="fund-project-total-paid">{formatYuan(totals.paidFen)}</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} align="right">
              <span data-testid="fund-project-total-remaining">{formatYuan(totals.remainingFen)}</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={8} />
          </Table.Summary.Row>
        )
      }
    />
  );
}
