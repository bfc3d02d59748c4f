// The contracts of one page of the register (the server pages and filters; sorting is within the page).
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { ContractPage, ContractRow } from '../../../../shared/features/contracts/contract';
import { tableComponents } from '../../../ui/table-header';
import { rowTestId } from '../../../ui/test-ids';
import { byText, ContractStateTag, GradeTag, yuanCell } from '../contract-format';

const columns: ColumnsType<ContractRow> = [
  {
    title: '合同编号',
    dataIndex: 'contractNo',
    width: 130,
    render: (no: string | null, row) => (
      <Link
        to={`/contracts/${row.id}`}
        onClick={(e) => e.stopPropagation()}
        data-testid={`contract-link-${row.id}`}
      >
        {no ?? '（草稿）'}
      </Link>
    ),
  },
  { title: '合同名称', dataIndex: 'title', width: 200, sorter: (a, b) => byText(a.title, b.title) },
  { title: '实施社区', dataIndex: 'communityName', width: 100 },
  { title: '承接主体', dataIndex: 'providerName', width: 170 },
  {
    title: '状态',
    dataIndex: 'state',
    width: 84,
    render: (s: ContractRow['state']) => <ContractStateTag state={s} />,
  },
  {
    title: '履行期限',
    key: 'term',
    width: 128,
    sorter: (a, b) => byText(a.startDate, b.startDate),
    render: (_v, row) => (
      <span style={{ whiteSpace: 'nowrap' }}>
        {row.startDate}
        <br />至 {row.endDate}
      </span>
    ),
  },
  {
    title: '价款（元）',
    dataIndex: 'priceFen',
    width: 118,
    align: 'right',
    sorter: (a, b) => a.priceFen - b.priceFen,
    render: yuanCell,
  },
  {
    title: '已付（元）',
    dataIndex: 'paidFen',
    width: 118,
    align: 'right',
    sorter: (a, b) => a.paidFen - b.paidFen,
    render: yuanCell,
  },
  { title: '未付（元）', dataIndex: 'remainingFen', width: 118, align: 'right', render: yuanCell },
  {
    title: '评价',
    dataIndex: 'lastGrade',
    width: 60,
    render: (g: ContractRow['lastGrade']) => <GradeTag grade={g} />,
  },
];

export interface ContractTableProps {
  page: ContractPage | undefined;
  loading: boolean;
  current: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (id: number) => void;
}

export function ContractTable({
  page,
  loading,
  current,
  pageSize,
  onPageChange,
  onOpen,
}: ContractTableProps) {
  return (
    <Table<ContractRow>
      components={tableComponents}
      data-testid="contract-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.rows ?? []}
      loading={loading}
      onRow={(row) => ({
        ...rowTestId(`contract-row-${row.id}`),
        onClick: () => onOpen(row.id),
        style: { cursor: 'pointer' },
      })}
      pagination={{
        current,
        pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 份合同`,
        onChange: onPageChange,
      }}
      locale={{ emptyText: '没有符合条件的合同' }}
    />
  );
}
