// 准入申请登记簿: one row per request, sortable, paged, filterable by community; a row opens its detail.
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { AccessRequest } from '../../../shared/features/access/contract';
import { AccessStatusTag } from './AccessStatusTag';
import { rowTestId } from '../../ui/test-ids';
import { tableComponents } from '../../ui/table-header';

export interface AccessTableProps {
  rows: AccessRequest[];
  loading: boolean;
  onOpen: (id: number) => void;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

function columns(rows: AccessRequest[]): ColumnsType<AccessRequest> {
  const communityNames = [...new Set(rows.flatMap((row) => row.communities.map((c) => c.name)))];
  return [
    {
      title: '编号',
      dataIndex: 'requestNo',
      width: 150,
      sorter: (a, b) => a.id - b.id,
      defaultSortOrder: 'descend',
      render: (requestNo: string, row) => (
        <Link
          to={`/access/${row.id}`}
          onClick={(event) => event.stopPropagation()}
          data-testid={`access-link-${row.id}`}
        >
          {requestNo}
        </Link>
      ),
    },
    {
      title: '申请部门',
      dataIndex: 'requestingDepartment',
      width: 120,
      sorter: (a, b) => byText(a.requestingDepartment, b.requestingDepartment),
    },
    // The widest column: what the request is about reads on one or two lines at 1366 px.
    { title: '事项', dataIndex: 'title', width: 220, sorter: (a, b) => byText(a.title, b.title) },
    {
      title: '涉及社区',
      key: 'communities',
      width: 140,
      filters: communityNames.map((name) => ({ text: name, value: name })),
      onFilter: (value, row) => row.communities.some((community) => community.name === value),
      render: (_value, row) =>
        row.communities.length > 3
          ? `${row.communities
              .slice(0, 3)
              .map((c) => c.name)
              .join('、')} 等 ${row.communities.length} 个`
          : row.communities.map((c) => c.name).join('、'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      render: (status: AccessRequest['status']) => <AccessStatusTag status={status} />,
    },
    {
      title: '决定文号',
      key: 'decisionNo',
      width: 130,
      render: (_value, row) => row.decision?.decisionNo ?? '—',
    },
    {
      title: '申请日期',
      dataIndex: 'submittedDate',
      width: 104,
      sorter: (a, b) => byText(a.submittedDate, b.submittedDate),
    },
    {
      title: '决定日期',
      key: 'decisionDate',
      width: 104,
      sorter: (a, b) => byText(a.decision?.decisionDate ?? '', b.decision?.decisionDate ?? ''),
      render: (_value, row) => row.decision?.decisionDate ?? '—',
    },
  ];
}

export function AccessTable({ rows, loading, onOpen }: AccessTableProps) {
  return (
    <Table<AccessRequest>
      components={tableComponents}
      data-testid="access-table"
      rowKey="id"
      size="middle"
      columns={columns(rows)}
      dataSource={rows}
      loading={loading}
      onRow={(row) => ({
        ...rowTestId(`access-row-${row.id}`),
        onClick: () => onOpen(row.id),
        style: { cursor: 'pointer' },
      })}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 件申请` }}
      locale={{ emptyText: '没有符合条件的准入申请' }}
    />
  );
}
