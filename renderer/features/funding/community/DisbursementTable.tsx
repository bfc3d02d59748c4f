// A community's disbursements of the year: each posting with its voucher number and reversal status, a
// 冲销 button on postings that can still be reversed, and the net total.
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  fundingCategoryLabels,
  type Disbursement,
  type FundingCategory,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { formatDateTime } from '../../../ui/format';
import { rowTestId } from '../../../ui/test-ids';
import { tableComponents } from '../../../ui/table-header';

export interface DisbursementTableProps {
  disbursements: Disbursement[];
  /** The category of each line id of the community's year. */
  categoryOfLine: Map<number, FundingCategory>;
  canReverse: boolean;
  onReverse: (disbursement: Disbursement) => void;
}

function statusOf(row: Disbursement) {
  if (row.reversesId !== null) return <Tag color="purple">冲销 #{row.reversesId}</Tag>;
  if (row.reversedById !== null) return <Tag color="default">已被 #{row.reversedById} 冲销</Tag>;
  return <Tag color="green">有效</Tag>;
}

export function DisbursementTable({
  disbursements,
  categoryOfLine,
  canReverse,
  onReverse,
}: DisbursementTableProps) {
  const categoryLabel = (row: Disbursement) => {
    const category = categoryOfLine.get(row.lineId);
    return category ? fundingCategoryLabels[category] : '—';
  };
  const columns: ColumnsType<Disbursement> = [
    {
      title: '编号',
      dataIndex: 'id',
      width: 70,
      sorter: (a, b) => a.id - b.id,
      render: (id: number) => `#${id}`,
    },
    {
      title: '日期',
      dataIndex: 'date',
      width: 110,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.date.localeCompare(b.date) || a.id - b.id,
    },
    {
      title: '项目',
      key: 'category',
      filters: [...new Set(categoryOfLine.values())].map((category) => ({
        text: fundingCategoryLabels[category],
        value: category,
      })),
      onFilter: (value, row) => categoryOfLine.get(row.lineId) === value,
      render: (_, row) => categoryLabel(row),
    },
    {
      title: '金额',
      dataIndex: 'amountFen',
      align: 'right',
      sorter: (a, b) => a.amountFen - b.amountFen,
      render: (fen: number) => formatYuan(fen),
    },
    { title: '凭证号', dataIndex: 'voucherNo', sorter: (a, b) => a.voucherNo.localeCompare(b.voucherNo) },
    { title: '备注', dataIndex: 'note', render: (note: string) => note || '—' },
    {
      title: '状态',
      key: 'status',
      filters: [
        { text: '有效', value: 'valid' },
        { text: '已冲销或冲销记录', value: 'reversal' },
      ],
      onFilter: (value, row) =>
        (value === 'valid') === (row.reversesId === null && row.reversedById === null),
      render: (_, row) => statusOf(row),
    },
    { title: '录入', key: 'actor', render: (_, row) => `${row.actor} ${formatDateTime(row.createdAt)}` },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, row) =>
        canReverse && row.reversesId === null && row.reversedById === null ? (
          <Button
            size="small"
            danger
            onClick={() => onReverse(row)}
            data-testid={`disbursement-reverse-${row.id}`}
          >
            冲销
          </Button>
        ) : null,
    },
  ];
  const net = disbursements.reduce((sum, row) => sum + row.amountFen, 0);
  return (
    <Table<Disbursement>
      components={tableComponents}
      data-testid="disbursement-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={disbursements}
      onRow={(row) => rowTestId(`disbursement-row-${row.id}`)}
      pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => `共 ${total} 笔` }}
      locale={{ emptyText: '尚无拨付记录' }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <Typography.Text strong>拨付净额（已扣除冲销）</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <Typography.Text strong data-testid="disbursement-total">
                {formatYuan(net)}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} colSpan={5} />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
