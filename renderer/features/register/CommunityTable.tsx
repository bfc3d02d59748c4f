// The community register as a table: sortable columns, paging, and the households total of the rows
// passed in (the filtered rows, not only the visible page).
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { CommunitySummary } from '../../../shared/features/register/contract';
import { compareNullable, formatArea, formatCount } from '../../ui/format';
import { tableComponents } from '../../ui/table-header';

export interface CommunityTableProps {
  rows: CommunitySummary[];
  loading: boolean;
  onOpen: (id: number) => void;
}

const columns: ColumnsType<CommunitySummary> = [
  {
    title: '名称',
    dataIndex: 'name',
    sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    render: (name: string, row) => (
      <Link
        to={`/communities/${row.id}`}
        onClick={(event) => event.stopPropagation()}
        data-testid={`community-link-${row.id}`}
      >
        {name}
      </Link>
    ),
  },
  {
    title: '代码',
    dataIndex: 'code',
    sorter: (a, b) => a.code.localeCompare(b.code),
    render: (code: string) => code || '—',
  },
  {
    title: '状态',
    dataIndex: 'status',
    render: (status: CommunitySummary['status']) =>
      status === 'active' ? <Tag color="blue">在册</Tag> : <Tag>已归档</Tag>,
  },
  {
    title: '试点',
    dataIndex: 'isPilot',
    sorter: (a, b) => Number(a.isPilot) - Number(b.isPilot),
    render: (isPilot: boolean) => (isPilot ? <Tag color="gold">试点</Tag> : '否'),
  },
  {
    title: '院落数',
    dataIndex: 'courtyardCount',
    align: 'right',
    sorter: (a, b) => a.courtyardCount - b.courtyardCount,
  },
  {
    title: '最新年度',
    dataIndex: 'latestYear',
    align: 'right',
    sorter: (a, b) => compareNullable(a.latestYear, b.latestYear),
    render: (year: number | null) => (year === null ? '未填报' : `${year}`),
  },
  {
    title: '总户数',
    dataIndex: 'latestHouseholds',
    align: 'right',
    sorter: (a, b) => compareNullable(a.latestHouseholds, b.latestHouseholds),
    render: formatCount,
  },
  {
    title: '专业社工',
    dataIndex: 'latestSocialWorkers',
    align: 'right',
    sorter: (a, b) => compareNullable(a.latestSocialWorkers, b.latestSocialWorkers),
    render: formatCount,
  },
  {
    title: '合规问题数',
    dataIndex: 'complianceIssues',
    align: 'right',
    sorter: (a, b) => a.complianceIssues - b.complianceIssues,
    render: (issues: number, row) =>
      row.latestYear === null ? '—' : <Tag color={issues > 0 ? 'red' : 'green'}>{issues}</Tag>,
  },
  {
    title: '用房面积',
    dataIndex: 'floorAreaM2',
    align: 'right',
    sorter: (a, b) => a.floorAreaM2 - b.floorAreaM2,
    render: formatArea,
  },
];

const householdsColumnIndex = columns.findIndex((column) => column.title === '总户数');

export function CommunityTable({ rows, loading, onOpen }: CommunityTableProps) {
  const householdsTotal = rows.reduce((sum, row) => sum + (row.latestHouseholds ?? 0), 0);
  return (
    <Table<CommunitySummary>
      components={tableComponents}
      data-testid="community-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      onRow={(row) => ({ onClick: () => onOpen(row.id), style: { cursor: 'pointer' } })}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => `共 ${total} 个社区`,
      }}
      locale={{ emptyText: '没有符合条件的社区' }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={householdsColumnIndex}>
              <Typography.Text strong>合计户数（{rows.length} 个社区，按最新年度）</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={householdsColumnIndex} align="right">
              <Typography.Text strong data-testid="households-total">
                {formatCount(householdsTotal)}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell
              index={householdsColumnIndex + 1}
              colSpan={columns.length - householdsColumnIndex - 1}
            />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
