// 准入目录: the admitted (not revoked) work, each citing the decision that admitted it.
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { CatalogueEntry } from '../../../shared/features/access/contract';
import { formatYuan } from '../../../shared/domain/money';
import { rowTestId } from '../../ui/test-ids';
import { tableComponents } from '../../ui/table-header';

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

const columns: ColumnsType<CatalogueEntry> = [
  { title: '序号', key: 'index', width: 56, align: 'right', render: (_value, _row, index) => index + 1 },
  { title: '事项名称', dataIndex: 'title', width: 150, sorter: (a, b) => byText(a.title, b.title) },
  { title: '事项内容', dataIndex: 'content' },
  { title: '依据', dataIndex: 'legalBasis', render: (text: string) => text || '—' },
  {
    title: '申请部门',
    dataIndex: 'requestingDepartment',
    width: 110,
    sorter: (a, b) => byText(a.requestingDepartment, b.requestingDepartment),
  },
  {
    title: '适用社区',
    key: 'communities',
    width: 120,
    render: (_value, row) => row.communities.map((c) => c.name).join('、'),
  },
  {
    title: '费随事转',
    key: 'funding',
    width: 110,
    render: (_value, row) =>
      [
        row.fundingFen === null ? null : `${formatYuan(row.fundingFen)} 元`,
        row.staffCount === null ? null : `${row.staffCount} 人`,
      ]
        .filter(Boolean)
        .join('，') || '—',
  },
  {
    title: '准入决定',
    key: 'decision',
    width: 150,
    sorter: (a, b) => byText(a.decisionDate, b.decisionDate),
    render: (_value, row) => (
      <Link to={`/access/${row.requestId}`} data-testid={`catalogue-decision-${row.requestId}`}>
        {row.decisionNo}（{row.decisionDate}）
      </Link>
    ),
  },
];

export function CatalogueTable({ rows, loading }: { rows: CatalogueEntry[]; loading: boolean }) {
  return (
    <Table<CatalogueEntry>
      components={tableComponents}
      data-testid="catalogue-table"
      rowKey="requestId"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      onRow={(row) => rowTestId(`catalogue-row-${row.requestId}`)}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 项准入事项`,
      }}
      locale={{ emptyText: '目录中还没有准入事项' }}
    />
  );
}
